// Requests that add a new person next to an existing one ("Add Sarah's brother John", "Give Omar a son named Kit").
import { CREATE_VERB, RELATION_WORD } from './patterns';
import { RELATION_NOUNS } from './relationships';
import { LEXICON } from './lexicon';
import { cleanOccupation } from './person-attributes';

const re = (s: string): RegExp => new RegExp(s);
const ADJ = String.raw`(?:[a-z'-]+\s+)?`;
const NEW = String.raw`(?:an?|another|new|one more|a new)`;

/** Template patterns whose first "@n" is the existing person the newcomer is related to (the anchor). */
const ANCHORED: RegExp[] = [
  // "Add Sarah's brother John, a cop", "introduce Helen's son Ollie"
  re(String.raw`^${CREATE_VERB}\s+@n's\s+${ADJ}(${RELATION_WORD})\b`),
  // "Give Sarah a sister called Ana", "get Tom a new partner"
  re(String.raw`^(?:give|get|find)\s+@n\s+${NEW}\s+${ADJ}(${RELATION_WORD})\b`),
  // "Sarah has a brother called John", "Tom has a new partner, Lee"
  re(
    String.raw`^@n\s+(?:has|had|gets|now has|needs|should have|could use|deserves|will have)\s+${NEW}\s+${ADJ}(${RELATION_WORD})\b(?=\s*(?:,|:|-|called|named|who|$))`,
  ),
  // "Add a mentor for John: Professor Hale, 60", "create a rival to Marcus"
  re(String.raw`^${CREATE_VERB}\s+${NEW}\s+${ADJ}(${RELATION_WORD})\s+(?:for|to|of)\s+@n`),
];

/** The existing person a newcomer is related to: its index in the names, and the relation word. */
export interface Anchor {
  index: number;
  relation: string;
}

/**
 * When the message adds a person related to someone already named ("Add Sarah's brother John"), that
 * existing person (context rather than the entity being created) and the relation word; else undefined.
 */
export function findAnchor(template: string): Anchor | undefined {
  for (const r of ANCHORED) {
    const m = r.exec(template);
    if (m) return { index: 0, relation: m[1] ?? '' };
  }
  return undefined;
}

/** "Add a feud between Kit and Rue", "create a rivalry between A and B". */
export function relationNounCreate(template: string): boolean {
  return re(
    String.raw`^${CREATE_VERB}\s+(?:an?|another|new|the|one)\s+${ADJ}(?:${RELATION_NOUNS})\s+(?:between|for|with)\s+@n`,
  ).test(template);
}

/** "add somebody who is employed as a nurse", "I need a person who…", "create somebody grumpy". */
export function someoneCreate(template: string): boolean {
  return re(
    String.raw`^${CREATE_VERB}\s+(?:someone|somebody|a (?:person|guy|woman|man|girl|boy|kid|lady|gentleman|teenager))\b`,
  ).test(template);
}

/** "Add a 30-year-old pilot", "create a grumpy fisherman": a create verb whose object is an occupation. */
export function occupationCreate(template: string): boolean {
  const m = re(
    String.raw`^${CREATE_VERB}\s+((?:an?|another|one)\s+[^,.;:!?\n]+?)(?=\s+(?:called|named|who|that|with|from)\b|\s*[,.;:!?\n]|$)`,
  ).exec(template);
  const occupation = m ? cleanOccupation(m[1] ?? '') : undefined;
  if (!occupation) return false;
  // Only table occupations here: the suffix guess ("-er") would take "a poster" or "a letter" for a person.
  const words = occupation.toLowerCase().split(/\s+/);
  return (
    LEXICON.occupations.has(words.slice(-2).join(' ')) ||
    LEXICON.occupations.has(words[words.length - 1] ?? '')
  );
}
