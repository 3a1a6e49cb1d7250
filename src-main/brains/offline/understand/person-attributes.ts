// Reads a person's age, occupation and gender from the words that describe them ("a 35-year-old detective").
import { LEXICON, ruleRegex } from './lexicon';
import { findAge, NUMBER_PATTERN, parseNumber } from '../language/quantities';
import { cleanPhrase } from './text-utils';

/** Attributes found for one person. */
export interface PersonAttributes {
  age?: number;
  occupation?: string;
  gender?: string;
}

const GENDER_NOUNS =
  /^(?:woman|man|girl|boy|lady|guy|gentleman|kid|child|teenager|teen|person|female|male|old woman|old man|young woman|young man)$/;
const AGE_PHRASE = new RegExp(
  String.raw`\b(?:${NUMBER_PATTERN})[- ]?(?:years?|yrs?|yo|y/o)[- ]?(?:old)?\b|\baged?\s+\d+\b`,
  'gi',
);
/** An afterthought after a comma ends it too ("glazier, please update it", "ferrywoman, because…"). */
const AFTERTHOUGHT =
  /\s*,\s*(?:please|pls|fix|fixed|change|update|thanks|thank|because|cause|since|so|then|if|ok|okay|not|he|she|they|it|that|this|i|we|you)\b.*$/i;
/** Words that end an occupation phrase ("a cop with a past", "a nurse who…"). */
const STOP =
  /\s+(?:(?:who|whom|that|which|i|we|you|with|from|in|at|on|and|but|named|called|living|working|for|whose|of the|of about|of around|to|by|as|when|where|she|he|they|instead|now|any\s*more|again|these days|per|going forward|from now on)\b.*|(?:first|please|asap|too|then)\s*)$/i;

/** A part in the story ("the antagonist") is not a job. */
const STORY_ROLE =
  /^(?:protagonist|antagonist|villain|hero|heroine|lead|sidekick|love interest|deuteragonist|main character)$/i;

/** True when a phrase ends in a known occupation ("private investigator", "retired ballet dancer"). */
export function isOccupation(phrase: string): boolean {
  const p = phrase.toLowerCase();
  if (LEXICON.occupations.has(p)) return true;
  const words = p.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  // "sous-chef", "co-pilot": a hyphenated compound ending in a job.
  const head = last.split('-').at(-1) ?? '';
  return (
    words.length <= 4 &&
    (LEXICON.occupations.has(last) ||
      (head !== last && LEXICON.occupations.has(head)) ||
      LEXICON.occupations.has(lastTwo) ||
      (/(?:er|or|ist|ian|ant|ent|man|woman|keeper|smith|eon)$/.test(last) &&
        words.length <= 2 &&
        !LEXICON.commonWords.has(last)))
  );
}

/** Drops leading personality adjectives ("shy", "ambitious") but keeps status words ("retired", "private"). */
function stripDescriptive(phrase: string): string {
  const words = phrase.split(/\s+/);
  while (
    words.length > 1 &&
    (LEXICON.descriptiveAdjectives.has((words[0] ?? '').toLowerCase().replace(/,$/, '')) ||
      LEXICON.moods.has((words[0] ?? '').toLowerCase()))
  )
    words.shift();
  return words.join(' ');
}

/**
 * Cleans an occupation phrase as the design wants it: no article, no age, no gender noun.
 * Returns undefined when what remains is not an occupation (unless `trusted`, e.g. after "works as").
 */
export function cleanOccupation(raw: string, trusted = false): string | undefined {
  let p = cleanPhrase(raw).replace(AFTERTHOUGHT, '').replace(STOP, '');
  p = p.replace(AGE_PHRASE, ' ').replace(/\s+/g, ' ').trim();
  p = p.replace(/^(?:(?:she|he|they)(?:'s| is| are| was)|(?:who\s+)?(?:is|was))\s+/i, '');
  // A field label typed before the value: "job harbour pilot", "occupation bookmaker".
  p = p.replace(/^(?:now|also|actually|really|job|occupation|profession)\s+/i, '');
  // "something like a cooper": a hedge before the job.
  p = p.replace(ruleRegex('approximators', '^(?:', ')\\s+'), '');
  p = p.replace(/\s+-\s.*$/, '').replace(/^(?:our|my|your|their|his|her)\s+/i, '');
  p = p.replace(/^(?:an?|the|one|some)\s+/i, '').replace(/^[,\s-]+|[,\s-]+$/g, '');
  p = p.replace(/^(?:an?|the)\s+/i, '');
  p = stripDescriptive(p);
  if (!p || GENDER_NOUNS.test(p.toLowerCase()) || STORY_ROLE.test(p)) return undefined;
  // Kin words ("a sister called Ana") say who someone is to another person, not what they do.
  if (LEXICON.relations.has(p.toLowerCase()) && !LEXICON.occupations.has(p.toLowerCase())) return undefined;
  if (/\d/.test(p)) return undefined;
  if (trusted) return p.split(/\s+/).length <= 6 ? p : undefined;
  return isOccupation(p) ? p : undefined;
}

/** Gender implied by the description words: subject pronouns, gender nouns, kin words. */
export function genderFrom(window: string): string | undefined {
  const m =
    /\b(she|he)(?:'s|\s+is|\s+was|\s+has)\b|\b(?:an?|the|old|young)\s+(woman|man|girl|boy|lady|guy|gentleman|female|male)\b|\b(?:she|he)\b/i.exec(
      window,
    );
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? m[0]).toLowerCase();
  return LEXICON.genderWords.get(w);
}

/** Where an occupation can sit after a name, most specific first; the table check filters out non-jobs. */
const DESCRIPTIONS: RegExp[] = [
  /^\s*\(\s*\d{1,3}\s*\)\s*,?\s*([^,.;!?\n()]+)/i,
  // "kofi 34 mechanic", typed without commas
  /^\s+\d{1,3}\s+([a-z][a-z -]*)$/i,
  new RegExp(String.raw`^\s*,\s*${NUMBER_PATTERN}\s*,\s*([a-z][a-z -]*)`, 'i'),
  new RegExp(
    String.raw`^\s*(?:,|-|\(|:)\s*(?:(?:age[sd]?\s+|aged\s+)?${NUMBER_PATTERN}\s*,\s*)?(?:(?:she|he|they)(?:'s|\s+is|\s+are|\s+was)\s+)?([^,.;!?\n()]+)`,
    'i',
  ),
  /(?:^|,)\s*(?:(?:she|he|they)(?:'s|\s+is|\s+are|\s+was)\s+)((?:an?|the)\s+[^,.;!?\n()]+)/i,
  // "Taddeo the cooper": an epithet right after the name (the table check keeps only jobs)
  /^\s+the\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)/i,
  /\b(?:who|that|and)?\s*(?:is|was|'s|becomes)\s+(?:now\s+|also\s+)?((?:an?|the)\s+[^,.;!?\n]+)/i,
];

const BARE_AGES: RegExp[] = [
  // ", 28, journalist", " (40)", ": 61", ", twenty-four, a barista"
  new RegExp(String.raw`^\s*(?:,|\(|-|:)\s*(${NUMBER_PATTERN})\s*(?:\)|,|$)`, 'i'),
  /^\s*(?:,|\(|-|:)?\s*(\d{1,3})\s/,
  // "…, a retired gamekeeper, 58"
  /,\s*(\d{1,3})\s*$/,
  // "who's twelve", "she is 40"
  new RegExp(
    String.raw`\b(?:who|which|that|she|he|they|shes|hes)(?:'s|\s+is|\s+are|\s+was)?\s+(?:now\s+|only\s+|just\s+|like\s+|about\s+|around\s+)?(${NUMBER_PATTERN})\s*(?:,|$|and\b|years?\b|yrs?\b)`,
    'i',
  ),
];

/** An age written as a bare number next to the name (", 28,", "(40)", "who's twelve"). */
function bareAge(window: string): { age: number } | undefined {
  for (const re of BARE_AGES) {
    const m = re.exec(window);
    const n = m ? parseNumber(m[1] ?? '') : undefined;
    if (n !== undefined && Number.isInteger(n) && n > 0 && n < 130) return { age: n };
  }
  return undefined;
}

/**
 * "…, she's 27 and a paramedic", "used to be a ferryman", "he work as tailor": a job after "and", a copula or "as"
 * ("Ada greets a baker" gives Ada no job: the baker is someone else).
 */
const JOB_AFTER =
  /(?:^|,|\b(?:and|is|was|be|became|become|works?|working|him|her))\s*(?:'s\s+)?(?:an?|as(?:\s+an?)?)\s+(?:\d{1,3}[- ]years?[- ]old\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/gi;

/** The first phrase of the description that is a known job, wherever it sits (the last resort of describePerson). */
function jobAnywhere(window: string): string | undefined {
  const sentence = window.split(/[.;!?\n]/)[0] ?? '';
  for (const m of sentence.matchAll(JOB_AFTER)) {
    const words = (m[1] ?? '').split(/\s+/);
    // Longest first: "a court stenographer" before "a court".
    for (let n = words.length; n > 0; n--) {
      const job = cleanOccupation(words.slice(0, n).join(' '));
      if (job) return job;
    }
  }
  return undefined;
}

/**
 * Reads attributes from the description that follows a name: ", 28, journalist", ", a 35-year-old detective",
 * ", she's a 51 year old pharmacist", " (40)", ", the bartender", " is a nurse", " who works as a pilot".
 */
export function describePerson(window: string): PersonAttributes {
  const out: PersonAttributes = {};
  const age = findAge(window.toLowerCase()) ?? bareAge(window);
  if (age) out.age = age.age;
  const works =
    /\b(?:works as|work as|working as|works like|work like|serves as|serving as|job as|employed as|occupation(?:\s+is|:)?|job(?:\s+is|:)|profession(?:\s+is|:)?)\s+(?:an?\s+|the\s+)?([^,.;!?\n]+)/i.exec(
      window,
    );
  let occupation = works ? cleanOccupation(works[1] ?? '', true) : undefined;
  for (const re of DESCRIPTIONS) {
    if (occupation) break;
    const m = re.exec(window);
    if (m) occupation = cleanOccupation(m[1] ?? '');
  }
  // "Gemma, late twenties, primary school teacher": any comma-separated part may be the job.
  for (const part of occupation ? [] : window.split(/\s*,\s*/).slice(1, 4)) {
    occupation = cleanOccupation(part);
    if (occupation) break;
  }
  occupation ??= jobAnywhere(window);
  if (occupation) out.occupation = occupation;
  const gender = genderFrom(window);
  if (gender) out.gender = gender;
  return out;
}
