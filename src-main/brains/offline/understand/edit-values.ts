// The new age or job of an edit that also names the old one or words it loosely ("not 45 but 47", "no longer a nurse but a doctor", "bump him up to 70").
import { LEXICON } from './lexicon';
import { NUMBER_PATTERN, parseNumber } from '../language/quantities';
import { isOccupation } from './person-attributes';
import { isVocabulary } from './vocabulary';

/** Words that make a message an age edit even without "age": "older", "bump her up", "years", "not 45". */
const AGE_CUE = /\b(?:age|aged|ages|older|younger|years?|yrs|yo|birthday|bump|born|not \d{1,3})\b/;
/** A person set to a number: "@n to be 39", "can @n be 21", "@n turns 60", "make him seventy-four". */
const PERSON_NUMBER = new RegExp(
  String.raw`(?:(?:@n|\b(?:him|her|them|she|he))\s+(?:to\s+|should\s+|could\s+|can\s+|will\s+|must\s+)?(?:be|turns?)|\bmake\s+(?:@n|him|her|them)(?:\s+and\s+@n)?)\s+(?:${NUMBER_PATTERN})\b`,
);
/** Words that make a message a job edit: the job slot, or a change of value. */
const JOB_CUE =
  /\b(?:job|work|works|profession|occupation|career|trade|line of work|no longer|any ?more|not more|rather than|instead of|now|actually)\b/;
/** Words that mark the value after them as the old one: "not 45", "from 30", "had @n as a baker". */
const OLD_MARKER = String.raw`not|no longer|no more|not more|from|isn't|wasn't|instead of|had\s+(?:@n|her|him|them)\s+as`;
/** Before a value that is the old one: an old-value marker, or "than", "was", "can't be". */
const OLD_BEFORE = new RegExp(
  String.raw`(?:\b(?:${OLD_MARKER}|than|aren't|was|used to be|can't\s+(?:\w+\s+)?be|cannot\s+(?:\w+\s+)?be)\s+(?:an?\s+|the\s+)?(?:[a-z'-]+\s+)?)$`,
);
/** Before a number that counts something else: "chapter 2", "scene 5", "#3". */
const NOT_AGE_BEFORE =
  /\b(?:chapter|scene|shot|act|page|episode|part|season|beat|take|no\.?|number|#|in|since|of)\s*$/;
const NOT_AGE_AFTER =
  /^\s*(?:%|percent|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|scenes?|shots?|characters?|people|pages?|chapters?|times|more|new|other|am|pm)\b/;

const NUMBER = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'g');

const WAS_BEFORE = /\bwas\s+$/;
const NOT_NUMBER_LATER = new RegExp(String.raw`^[^.;!?]*\bnot\s+(?:${NUMBER_PATTERN})\b`);

/** "@n was 61 at the wedding, not 58": a value after "was" is the new one when the same sentence then names the old one with "not". */
function correctedByNotLater(before: string, after: string): boolean {
  return WAS_BEFORE.test(before) && NOT_NUMBER_LATER.test(after);
}

/** The last plausible age in an age edit that is not marked as the old value. */
export function newAgeOfEdit(t: string, cued = false): number | undefined {
  if (!cued && !AGE_CUE.test(t) && !PERSON_NUMBER.test(t)) return undefined;
  let found: number | undefined;
  for (const m of t.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const before = t.slice(Math.max(0, start - 40), start);
    const n = parseNumber(m[0]);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 120) continue;
    if (NOT_AGE_BEFORE.test(before) || NOT_AGE_AFTER.test(t.slice(start + m[0].length))) continue;
    if (OLD_BEFORE.test(before) && !correctedByNotLater(before, t.slice(start + m[0].length))) continue;
    found = n;
  }
  return found;
}

/** A word that may qualify the job after it ("ship's engineer", "theatre critic"): not a common or describing word. */
function qualifier(word: string | undefined): boolean {
  if (!word || !/^[a-z][a-z'-]*$/.test(word) || word === 'than') return false;
  return (
    /'s$/.test(word) ||
    !(
      isVocabulary(word) ||
      LEXICON.descriptiveAdjectives.has(word) ||
      LEXICON.numberWords.has(word) ||
      word.startsWith('@')
    )
  );
}

/** Every job phrase of the text with where it starts: "a theatre critic" → "theatre critic". */
function jobMentions(t: string): Array<{ job: string; start: number }> {
  const words = [...t.matchAll(/@n|[a-z][a-z'-]*/g)].map((m) => ({ w: m[0], start: m.index ?? 0 }));
  const out: Array<{ job: string; start: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]?.w} ${words[i + 1]?.w ?? ''}`;
    const two = LEXICON.occupations.has(pair);
    const head = words[i]?.w ?? '';
    if (!two && !LEXICON.occupations.has(head)) continue;
    const first = qualifier(words[i - 1]?.w) && !two ? i - 1 : i;
    const last = two ? i + 1 : i;
    const job = words
      .slice(first, last + 1)
      .map((w) => w.w)
      .join(' ');
    if (isOccupation(job)) out.push({ job, start: words[first]?.start ?? 0 });
    i = last;
  }
  return out;
}

/** The last job of a job edit that is not marked as the old one ("isn't a teacher any more… a ship's engineer"). */
export function newJobOfEdit(t: string): string | undefined {
  if (!JOB_CUE.test(t)) return undefined;
  const fresh = jobMentions(t).filter((m) => !OLD_BEFORE.test(t.slice(Math.max(0, m.start - 40), m.start)));
  return fresh.at(-1)?.job;
}

/** True when the edit names an old value too, so the last fresh value beats the first one a pattern finds. */
export function namesOldValue(t: string): boolean {
  return OLD_VALUE_NAMED.test(t);
}

const OLD_VALUE_NAMED = new RegExp(String.raw`\b(?:${OLD_MARKER}|rather than|any ?more)\b`);
