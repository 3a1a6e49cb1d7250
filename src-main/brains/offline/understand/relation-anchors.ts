// Names said only to place the person being described ("Otto, Greta's uncle, 67"; "Lina, a cousin of Marek").
import type { CandidateEntity } from './extract-entities';
import type { NameMention } from './names';
import type { CandidateRelationship } from './relationships';
import { LEXICON } from './lexicon';
import { RELATION_WORD } from './patterns';

/** A name that is said only as the other end of a tie of the person described before it. */
export interface RelationAnchor {
  /** The anchor's index in the mentions. */
  index: number;
  /** The relation word ("uncle", "best friend"): what the described person is to the anchor. */
  relation: string;
  /** The span of the whole phrase ("Greta's uncle", "the younger sister of Odile") in the text. */
  start: number;
  end: number;
}

// Greedy, so the relation ends the phrase ("twin brother" is a brother); see `relationOf` for "best friend".
const ADJECTIVES = String.raw`((?:[a-z-]+\s+){0,2})`;
let possessive: RegExp | undefined;
let ofPhrase: RegExp | undefined;

/** "'s older brother" right after the name. */
function possessiveAfter(rest: string): RegExpExecArray | null {
  possessive ??= new RegExp(String.raw`^['’]s\s+${ADJECTIVES}(${RELATION_WORD})\b`, 'i');
  return possessive.exec(rest);
}

/** "the younger sister of " right before the name. */
function ofPhraseBefore(before: string): RegExpExecArray | null {
  ofPhrase ??= new RegExp(
    String.raw`(?:\b(?:the|an?|his|her|their)\s+)?${ADJECTIVES}\b(${RELATION_WORD})\s+(?:of|to)\s+$`,
    'i',
  );
  return ofPhrase.exec(before);
}

/** The longest relation the phrase ends with: "best friend" rather than "friend", "brother" for "twin brother". */
function relationOf(adjectives: string, relation: string): string {
  const words = `${adjectives}${relation}`.toLowerCase().trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(' ');
    if (LEXICON.relations.has(phrase)) return phrase;
  }
  return relation.toLowerCase();
}

/**
 * The mentions that only anchor a tie of the person named before them: "Add Otto Brandt, Greta's uncle, 67" is
 * about Otto, and 67 is his age, not Greta's. The first name of a message is never one ("Sarah's brother John"
 * adds John next to Sarah: see `findAnchor`).
 */
export function relationAnchors(text: string, mentions: readonly NameMention[]): RelationAnchor[] {
  const out: RelationAnchor[] = [];
  mentions.forEach((m, index) => {
    if (index === 0) return;
    const after = possessiveAfter(text.slice(m.end));
    if (after) {
      out.push({
        index,
        relation: relationOf(after[1] ?? '', after[2] ?? ''),
        start: m.start,
        end: m.end + after[0].length,
      });
      return;
    }
    const previousEnd = mentions[index - 1]?.end ?? 0;
    const before = ofPhraseBefore(text.slice(previousEnd, m.start));
    if (before)
      out.push({
        index,
        relation: relationOf(before[1] ?? '', before[2] ?? ''),
        start: previousEnd + before.index,
        end: m.end,
      });
  });
  return out;
}

/**
 * The text without the anchors' phrases, so they neither describe nor end a description: "Otto, Greta's uncle,
 * 67" reads "Otto, 67"; "he's Femke's godfather and a clockmaker" reads "he's a clockmaker".
 */
export function withoutAnchors(text: string, anchors: readonly RelationAnchor[], offset = 0): string {
  let out = text;
  for (const a of [...anchors].sort((x, y) => y.start - x.start)) {
    const start = a.start - offset;
    const end = a.end - offset;
    if (start < 0 || end > text.length) continue;
    const before = out.slice(0, start);
    let rest = out.slice(end).replace(/^\s+and\s+/i, ' ');
    // "He's Kavya's partner, 44" → "He's 44": the copula now governs what followed the phrase.
    if (/(?:'s|\bis|\bwas)\s*$/i.test(before)) rest = rest.replace(/^\s*,\s*/, '');
    out = `${before}${rest}`;
  }
  return out.replace(/\(\s*\)/g, ' ').replace(/,(?:\s*,)+/g, ',');
}

/** A person named only as the other end of someone's tie: nothing said around the name describes them. */
export function anchorEntity(m: NameMention, anchorOf: CandidateEntity['anchorOf']): CandidateEntity {
  return {
    type: 'character',
    name: m.name,
    attributes: {},
    confidence: 0.6,
    span: { start: m.start, end: m.end },
    anchorOf,
  };
}

/** "Otto, Greta's uncle": the tie between the described person and the anchor, unless the message states it. */
export function addAnchorTie(
  relationships: CandidateRelationship[],
  anchor: string,
  { person, relation }: NonNullable<CandidateEntity['anchorOf']>,
): void {
  const word = LEXICON.relations.get(relation);
  const pair = new Set([person, anchor]);
  if (!word || relationships.some((r) => pair.has(r.source) && pair.has(r.target))) return;
  relationships.push({ source: person, target: anchor, kind: word.kind, label: relation });
}
