// Extracts candidate entities (characters, locations, scenes) and relationships from a create/modify message.
import type { AttributeValue } from '../../../../src-preload/contract/intent';
import { buildTemplate, type ParseContext } from './features';
import { LEXICON, rulePhraseAlternation } from './lexicon';
import { findNames, type NameMention } from './names';
import { cleanOccupation, describePerson, genderFrom, isOccupation } from './person-attributes';
import {
  findSetting,
  findSlugline,
  leadingSettingCue,
  placeTitle,
  splitSettingCue,
  timeOfDay,
} from './place-names';
import { addAnchorTie, anchorEntity, relationAnchors, withoutAnchors } from './relation-anchors';
import { findRelationships, type CandidateRelationship } from './relationships';
import { cleanPhrase, normalizeText, titleCase } from './text-utils';
import { findAge } from '../language/quantities';

/** One entity the message describes, with where its name sits in the message. */
export interface CandidateEntity {
  type: 'character' | 'location' | 'scene';
  name: string;
  attributes: Record<string, AttributeValue>;
  confidence: number;
  span: { start: number; end: number };
  /** Said only as the other end of a described person's tie ("Otto, Greta's uncle"): that person and the tie. */
  anchorOf?: { person: string; relation: string };
}

/** Everything extracted from one message. */
export interface EntityExtraction {
  entities: CandidateEntity[];
  relationships: CandidateRelationship[];
}

/** "…, and her brother" / "Sarah's sister" before a name: a kin word tied to someone by "and" or a possessive. */
const KIN_PREFIX = new RegExp(
  String.raw`(?:,?\s*(?:and|with|plus)\s+(?:(?:her|his|their|[A-Z][a-z]+'s)\s+)?|(?:^|\s)(?:her|his|their|[A-Z][a-z]+'s)\s+|^'s\s+)(?:(?:older|younger|little|big|elder|twin|best|old|new|estranged|late)\s+)?([a-z-]+)\s*,?\s*$`,
);
/** "Give Tom a daughter called": a kin word with an article that introduces the next name. */
const ARTICLE_KIN =
  /(?:^|\s)(?:an?|another|new)\s+(?:(?:older|younger|little|big|elder|twin|best|old|new|estranged|late)\s+)?([a-z-]+)\s+(?:called|named)\s*$/;
const PLACE_NOUN = /\b(?:location|place|setting|venue|set)\b/i;

/** A describing phrase without the words that say only "a person" ("a new female character" → "a"). */
const withoutPersonWords = (phrase: string): string =>
  phrase
    .replace(/\b(?:character|person|new|female|male|woman|man|main|lead|side|minor|supporting)\b/gi, ' ')
    .replace(/\s+/g, ' ');

/** What the text before a name says about it: "her brother" → male, "a female detective named" → detective. */
function describePrefix(prefix: string): { attrs: Record<string, AttributeValue>; relation?: string } {
  const attrs: Record<string, AttributeValue> = {};
  const kin = KIN_PREFIX.exec(prefix) ?? ARTICLE_KIN.exec(prefix);
  const word = kin?.[1]?.toLowerCase() ?? '';
  const relation = LEXICON.relations.get(word);
  if (relation?.gender) attrs.gender = relation.gender;
  // "a mechanic named", "a night nurse, her name's", "a young welder, [Dagny]": the words before describe the name.
  const named =
    /^(.*?)\s*(?:\s(?:named|called|name)|,\s*(?:(?:his|her|their)\s+name(?:'s|\s+is)|name\s+is)?|\s(?:his|her|their)\s+name(?:'s|\s+is))\s*$/is.exec(
      prefix,
    );
  if (named) {
    // The words after the last article describe this person ("Introduce a mechanic named" → "mechanic"); a job or
    // an age may sit one or two article phrases earlier ("a glazier, a man of 58, called").
    const phrases = (named[1] ?? '')
      .split(/\b(?:an?|the|one)\s+/i)
      .slice(-3)
      .reverse();
    const age = phrases.map((p) => findAge(p.toLowerCase())).find(Boolean);
    if (age) attrs.age = age.age;
    const occupation = phrases.map((p) => cleanOccupation(withoutPersonWords(p))).find(Boolean);
    if (occupation) attrs.occupation = occupation;
    const phrase = phrases[0] ?? '';
    const gender =
      genderFrom(`a ${phrase}`) ??
      (/\bfemale\b/i.test(phrase) ? 'female' : /\bmale\b/i.test(phrase) ? 'male' : undefined);
    if (gender) attrs.gender = gender;
  }
  return { attrs, relation: relation ? word : undefined };
}

/** Cuts the next person's kin prefix ("…, and her brother") off the end of a description window. */
function trimKinTail(window: string): string {
  const kin = KIN_PREFIX.exec(window) ?? ARTICLE_KIN.exec(window);
  if (kin && LEXICON.relations.has(kin[1]?.toLowerCase() ?? '')) return window.slice(0, kin.index);
  return window.replace(/,?\s*(?:and|with|plus)\s*$/i, '');
}

/** A short request about the person just named: "Please add him", "put her in too". */
const PRONOUN_REQUEST =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:add|create|make|put|include|save)\s+(?:him|her|them)(?:\s+(?:in|too|as well|please|now))*$/i;

let pronounSentence: RegExp | undefined;

/** A sentence about the person just named: "She's a nurse.", "Perhaps he's 44, a tuner.", "Maybe they are twins". */
function aboutThemNext(sentence: string): boolean {
  pronounSentence ??= new RegExp(
    `^(?:(?:${rulePhraseAlternation('hedges')}),?\\s+)?(?:she|he|they)(?:'s|'re|\\s+is|\\s+are|\\s+was|\\s+works)\\b`,
    'i',
  );
  return pronounSentence.test(sentence);
}

/** The words after a name up to the end of its sentence, plus following sentences about it ("She's a nurse."). */
function descriptionWindow(after: string): string {
  const parts = after.split(/[.!?\n](?:\s+|$)/);
  let out = parts[0] ?? '';
  for (const p of parts.slice(1)) {
    // "…called Olaf. Please add him. He's a welder.": the request between does not end the description.
    if (PRONOUN_REQUEST.test(p.trim())) continue;
    // "Ines Okoro. detective. 50.": a fragment that is only an age or a job still describes the name.
    const fragment = /^\d{1,3}$/.test(p.trim()) || isOccupation(p.trim().replace(/^an?\s+/i, ''));
    if (!fragment && !aboutThemNext(p)) break;
    out += `, ${p}`;
  }
  return out;
}

const SOMEONE =
  /\b(?:character|person|someone|somebody|protagonist|antagonist|villain|hero|heroine|sidekick|suspect)\b/i;

/**
 * Attributes of a person described without a name: "a character who is a 30-year-old pilot",
 * "new character: a grumpy 70-year-old fisherman", "someone who works as a nurse", "a 30-year-old pilot".
 */
export function describeUnnamed(raw: string): Record<string, AttributeValue> {
  const text = normalizeText(raw);
  const noun = SOMEONE.exec(text);
  const window = noun
    ? text.slice(noun.index + noun[0].length)
    : text.replace(/^\s*(?:[a-z']+\s+){1,3}?(?=(?:an?|one|another)\s)/i, ', ');
  const own = describePerson(window.split(/[.!?\n](?:\s|$)/)[0] ?? '');
  const attrs: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(own)) if (v !== undefined) attrs[k] = v;
  return attrs;
}

/** Names right after a place preposition are places ("left Dublin", "in Galway"), not people. */
function afterPlacePreposition(prefix: string): boolean {
  return (
    /\b(?:in|at|to|from|near|into|across|toward|towards|left|leaves|visits|of)\s+$/i.test(prefix) &&
    !/\b(?:named|called)\s+$/i.test(prefix)
  );
}

function characters(text: string, mentions: readonly NameMention[]): CandidateEntity[] {
  const out: CandidateEntity[] = [];
  const anchors = relationAnchors(text, mentions);
  const anchorAt = new Map(anchors.map((a) => [a.index, a]));
  mentions.forEach((m, i) => {
    const previous = anchorAt.get(i - 1);
    const prevEnd = i > 0 ? (previous?.end ?? mentions[i - 1]?.end ?? 0) : 0;
    const prefix = text.slice(prevEnd, m.start);
    if (afterPlacePreposition(prefix)) return;
    const anchor = anchorAt.get(i);
    if (anchor) {
      const person = out.findLast((e) => !e.anchorOf);
      if (person) {
        // "Ruud, Inge's uncle": the relation tells the described person's gender.
        const gender = LEXICON.relations.get(anchor.relation)?.gender;
        if (gender && person.attributes.gender === undefined) person.attributes.gender = gender;
        out.push(anchorEntity(m, { person: person.name, relation: anchor.relation }));
        return;
      }
    }
    // A place named inside the description ("an impresario from Thessaloniki, 58") does not end it, nor does a
    // person it is tied to ("a welder, Greta's uncle, 67").
    const next = mentions
      .slice(i + 1)
      .find(
        (n, k) =>
          !anchorAt.has(i + 1 + k) && !afterPlacePreposition(text.slice(mentions[i + k]?.end ?? 0, n.start)),
      );
    const after = withoutAnchors(text.slice(m.end, next ? next.start : text.length), anchors, m.end);
    const window = trimKinTail(descriptionWindow(after));
    const pre = describePrefix(prefix);
    const own = describePerson(window);
    const attributes: Record<string, AttributeValue> = { ...pre.attrs };
    for (const [k, v] of Object.entries(own)) if (v !== undefined) attributes[k] = v;
    const explicit = /\b(?:named|called|introduce|character)\b[^.]*$/i.test(prefix);
    const confidence = explicit ? 0.9 : Object.keys(attributes).length > 0 ? 0.8 : 0.6;
    out.push({
      type: 'character',
      name: m.name,
      attributes,
      confidence,
      span: { start: m.start, end: m.end },
    });
  });
  return out;
}

/** The interior/exterior cue before the place noun: "add an exterior location called…". */
function cueBeforeNoun(before: string): 'interior' | 'exterior' | undefined {
  const m = /\b(?:(interior|indoor)|(exterior|outdoor))\s+$/i.exec(before);
  return m ? (m[1] ? 'interior' : 'exterior') : undefined;
}

/** A location: "location called Joe's Diner", "location: a derelict mill by the river, exterior". */
/** "Checkpoint Nine", "Platform 9", "Studio Nine Soundstage": a number (and more capitalised words) ending a place name. */
const NAME_NUMBER =
  /^\s+(?:\d{1,4}[a-z]?|[A-Z][a-z]+)(?:\s+[A-Z][\w'-]*)*(?=\s*(?:[,.;:!?]|$)|\s+(?:at|in|on|near|by|with|where|that|which|and|up|down)\b)/;
/** A phrase of capitalised words and numbers only ("Warehouse 9", "Studio Nine Soundstage"): the whole is the name. */
const WHOLE_TITLE = /^\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}[\p{L}'-]*|\d{1,4}[a-z]?|&))+$/u;

/** A run of capitalised words, numbers and the small words inside titles: "The Pilot's Rest Inn", "Bay of Pigs". */
const TITLE_RUN = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|on|&)\s+)?(?:\p{Lu}[\p{L}'’-]*|\d{1,4}[a-z]?))*/u;

function location(text: string, mentions: readonly NameMention[]): CandidateEntity | undefined {
  const noun = PLACE_NOUN.exec(text);
  if (!noun) return undefined;
  const before = cueBeforeNoun(text.slice(0, noun.index));
  const after = text.slice(noun.index + noun[0].length);
  const named = /^\s*(?:named|called|titled)\s+/i.exec(after);
  if (named) {
    const start = noun.index + noun[0].length + named[0].length;
    const mention = mentions.find((m) => m.start === start);
    const sentence = text.slice(start).split(/[;!?\n]|\.(?:\s|$)/)[0] ?? '';
    const byMention = mention
      ? mention.name.length + (NAME_NUMBER.exec(sentence.slice(mention.name.length))?.[0].length ?? 0)
      : sentence.search(/,|$/);
    // "called The Pilot's Rest Inn": capitalised words run on through words a name finder would stop at.
    const cut = Math.max(byMention, TITLE_RUN.exec(sentence)?.[0].length ?? 0);
    const head = splitSettingCue(cleanPhrase(sentence.slice(0, cut)));
    const tail = splitSettingCue(cleanPhrase(sentence.slice(cut)));
    const name = head.phrase;
    const rest = tail.phrase;
    const setting = head.setting ?? tail.setting ?? before;
    const attributes: Record<string, AttributeValue> = {
      ...(rest ? { description: rest } : {}),
      ...(setting ? { setting } : {}),
    };
    return {
      type: 'location',
      name: titleCase(name),
      attributes,
      confidence: 0.9,
      span: { start, end: start + name.length },
    };
  }
  const lead = leadingSettingCue(after.replace(/^\s*(?::|-|,)?\s*/, ''));
  const phraseMatch = /^\s*(?::|-|,)?\s*((?:an?|the|some)?\s*[^.;!?\n]+)/i.exec(lead.text);
  const beforeNoun = /\b(?:add|create|make|new)\s+(.+?)\s+as\s+an?\s*$/i.exec(text.slice(0, noun.index));
  const cue = splitSettingCue(cleanPhrase(beforeNoun?.[1] ?? phraseMatch?.[1] ?? ''));
  const phrase = cue.phrase;
  if (!phrase || /^(?:for|to|in|of|with|where|that|scene)\b/i.test(phrase)) return undefined;
  const start = text.indexOf(phrase);
  const proper = mentions.find((m) => m.start >= start && m.end <= start + phrase.length);
  const titled = phrase.split(',')[0]?.trim() ?? '';
  const name = proper
    ? proper.start === start && WHOLE_TITLE.test(titled)
      ? titled
      : proper.name
    : placeTitle(phrase);
  const setting = lead.setting ?? cue.setting ?? before;
  return {
    type: 'location',
    name,
    attributes: { description: phrase, ...(setting ? { setting } : {}) },
    confidence: proper ? 0.85 : 0.75,
    span: { start, end: start + phrase.length },
  };
}

/**
 * A scene named by its slugline: "a scene INT. DINER - NIGHT where Sarah meets Tom" → that heading, the place
 * "Diner" (interior), NIGHT, and Sarah and Tom as its cast. People the message introduces ("a waitress named
 * Sarah", "Tom, a trucker") are marked so the chat may create them; the others must already exist.
 */
function sluglineScene(text: string, mentions: readonly NameMention[]): CandidateEntity | undefined {
  const slug = findSlugline(text);
  if (!slug) return undefined;
  const rest = text.slice(slug.end);
  const description = cleanPhrase(
    rest.replace(/^\s*(?:-|:|,)?\s*(?:where|in which|when|as|while|about)?\s*/i, ''),
  );
  const people = characters(text, mentions).filter((c) => c.span.start >= slug.end);
  const attributes: Record<string, AttributeValue> = {
    heading: slug.heading,
    location: slug.place,
    setting: slug.setting,
    ...(slug.time ? { timeOfDay: slug.time } : {}),
    ...(description ? { description } : {}),
  };
  if (people.length) attributes.characters = people.map((p) => p.name);
  const introduced = people.filter((p) => p.confidence >= 0.8).map((p) => p.name);
  if (introduced.length) attributes.introduced = introduced;
  return {
    type: 'scene',
    name: slug.heading,
    attributes,
    confidence: 0.9,
    span: { start: slug.start, end: slug.end },
  };
}

const list = (v: AttributeValue | undefined): string[] => (Array.isArray(v) ? v : []);

/** A scene: "a scene where Maya finds Omar at the bar after dark". */
function scene(text: string, mentions: readonly NameMention[]): CandidateEntity | undefined {
  const m = /\bscene\b\s*(?:where|in which|when|:|-|about|with|of)?\s*([^.!?\n]+)/i.exec(text);
  if (!m || !m[1]) return undefined;
  const description = cleanPhrase(m[1]);
  if (!description || /^\d+\b/.test(description)) return undefined;
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  const attributes: Record<string, AttributeValue> = { description };
  const inside = mentions.filter((n) => n.start >= start);
  if (inside.length) attributes.characters = inside.map((n) => n.name);
  const setting = findSetting(description);
  if (setting) attributes.location = setting.setting;
  const time = timeOfDay(description);
  if (time) attributes.timeOfDay = time;
  const title = titleCase(
    description
      .replace(/\s+(?:at|in|on|during|because|while|when|after|before)\b.*$/i, '')
      .split(/\s+/)
      .slice(0, 6)
      .join(' '),
  );
  return {
    type: 'scene',
    name: title,
    attributes,
    confidence: 0.75,
    span: { start, end: start + description.length },
  };
}

/**
 * Extracts candidate entities and relationships from a create/modify message. Handles several people in one
 * message ("Sarah, a journalist, and her brother John, a cop") and places/scenes described in words.
 */
export function extractEntities(raw: string, context: ParseContext = {}): EntityExtraction {
  const text = normalizeText(raw);
  const mentions = findNames(text, context.knownNames ?? []);
  const lower = text.toLowerCase();
  const entities: CandidateEntity[] = [];
  const sceneMode = /\bscene\b/.test(lower) && !/\bscene\s+\d/.test(lower);
  const placeMode =
    PLACE_NOUN.test(lower) &&
    !/\b(?:characters?|person|people)\b/.test(lower.slice(0, lower.search(PLACE_NOUN)));
  if (sceneMode) {
    const s = sluglineScene(text, mentions) ?? scene(text, mentions);
    if (s) entities.push(s);
    // People the slugline scene introduces are created with it, with what the message says about them.
    const introduced = s ? list(s.attributes.introduced) : [];
    if (introduced.length)
      entities.push(...characters(text, mentions).filter((c) => introduced.includes(c.name)));
  } else if (placeMode) {
    const l = location(text, mentions);
    if (l) entities.push(l);
  } else {
    entities.push(...characters(text, mentions));
  }
  const relationships = findRelationships(
    buildTemplate(text, mentions),
    mentions.map((m) => m.name),
  );
  for (const e of entities) if (e.anchorOf) addAnchorTie(relationships, e.name, e.anchorOf);
  // A possessive kin word also tells the possessor's gender ("her brother John" → the person before is female).
  for (const m of buildTemplate(text, mentions).matchAll(/\b(her|his)\s+(?:[a-z'-]+\s+)?[a-z-]+,?\s+@n/g)) {
    const before = buildTemplate(text, mentions).slice(0, m.index).match(/@n/g)?.length ?? 0;
    const owner = entities.find((e) => e.type === 'character' && e.name === mentions[before - 1]?.name);
    if (owner && owner.attributes.gender === undefined)
      owner.attributes.gender = m[1] === 'her' ? 'female' : 'male';
  }
  return { entities, relationships };
}
