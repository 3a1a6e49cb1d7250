// Quantities in messages: numbers in digits and words ("a dozen", "twenty-five"), counts in any position, durations ("ninety seconds", "1h30") and ages ("35-year-old", "a nurse who is 40").
import { LEXICON } from '../understand/lexicon';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A number word or compound ("twenty-five", "twenty five") as a regex fragment. */
const BELOW_HUNDRED = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).join('|')}))?|${[
  ...LEXICON.numberWords.keys(),
]
  .filter((w) => /^[a-z]+$/.test(w) && w !== 'a' && w !== 'an')
  .join('|')})`;
/** "a hundred and twenty", "two hundred": hundreds before the smaller words. */
const WORD_NUMBER = `(?:(?:a|one|${Object.keys(UNITS).join('|')})[- ]hundred(?:[- ](?:and[- ])?${BELOW_HUNDRED})?\\b|${BELOW_HUNDRED})`;

/** Matches a number written as digits or words. */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;

/** Parses digits, number words and "twenty-five"; undefined when it is not a number. */
export function parseNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const direct = LEXICON.numberWords.get(t);
  if (direct !== undefined) return direct;
  const hundreds = /^(a|[a-z]+)[- ]hundred(?:[- ](?:and[- ])?(.+))?$/.exec(t);
  if (hundreds) {
    const h = hundreds[1] === 'a' ? 1 : UNITS[hundreds[1] ?? ''];
    const rest = hundreds[2] === undefined ? 0 : parseNumber(hundreds[2]);
    return h === undefined || rest === undefined ? undefined : h * 100 + rest;
  }
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (m && TENS[m[1] ?? ''] !== undefined && UNITS[m[2] ?? ''] !== undefined)
    return (TENS[m[1] ?? ''] ?? 0) + (UNITS[m[2] ?? ''] ?? 0);
  return undefined;
}

let leadingNumber: RegExp | undefined;

/** The number a phrase opens with, written in digits or words ("thirty six, I think" → 36). */
export function parseLeadingNumber(phrase: string): number | undefined {
  leadingNumber ??= new RegExp(`^${NUMBER_PATTERN}\\b`, 'i');
  const m = leadingNumber.exec(phrase.trim());
  return m ? parseNumber(m[0]) : undefined;
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** Matches an ordinal written as a word ("second") or digits with a suffix ("2nd", "21st"). */
export const ORDINAL_PATTERN = `(?:${ORDINALS.join('|')}|\\d+(?:st|nd|rd|th))`;

/** Parses "second" → 2, "3rd" → 3; undefined when it is not an ordinal. */
export function parseOrdinal(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  const i = ORDINALS.indexOf(t);
  return i < 0 ? undefined : i + 1;
}

const UNIT_SECONDS: Array<[RegExp, number]> = [
  [/^(?:seconds?|secs?)$/, 1],
  [/^(?:minutes?|mins?)$/, 60],
  [/^(?:hours?|hrs?)$/, 3600],
];

function unitSeconds(unit: string): number | undefined {
  for (const [re, s] of UNIT_SECONDS) if (re.test(unit)) return s;
  return undefined;
}

const DURATION = new RegExp(
  `\\b(${NUMBER_PATTERN}|an?|half an?)((?:\\s+and\\s+a\\s+half)?)[- ]?(seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b(?:[- ]long)?(?:\\s+and\\s+(?:a\\s+)?half)?`,
  'i',
);

/** A duration phrase (for cutting it out of a premise): "about forty-five seconds", "two and a half minutes". */
export const DURATION_PATTERN = `(?:${NUMBER_PATTERN}|an?|half an?)(?:\\s+and\\s+a\\s+half)?[- ]?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b`;

const SHORT_SECONDS =
  /(?<!\bthe\s)\b(\d{1,3})s\s+(?:cut|spot|promo|ad|advert|version|edit|teaser|trailer|video|clip|film|short|commercial|reel|piece|bumper|sting)\b/;

/** Finds a duration in seconds: "2-minute" → 120, "30 second" → 30, "an hour and a half" → 5400, "half-hour" → 1800. */
export function findDurationSec(lower: string): number | undefined {
  if (/\bhalf[- ]hour\b/.test(lower)) return 1800;
  // Compact forms: "1h30", "1 h 30 min", "2hr 15m", "3m30s", "1:30:00" is left to the words around it.
  const hm =
    /\b(\d{1,2})\s*h(?:rs?|ours?)?\s*(?:and\s+)?(\d{1,2})\s*(?:m(?:ins?|inutes?)?)?(?![a-z0-9])/.exec(lower);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2]) * 60;
  const ms = /\b(\d{1,3})\s*m(?:ins?)?\s*(\d{1,2})\s*s(?:ecs?)?\b/.exec(lower);
  if (ms) return Number(ms[1]) * 60 + Number(ms[2]);
  const h = /\b(\d{1,2}(?:\.\d+)?)\s*h\b/.exec(lower);
  if (h) return Math.round(Number(h[1]) * 3600);
  // "a 45s cut", "60s promo": seconds written short before a piece (not "the 60s", a decade).
  const s = SHORT_SECONDS.exec(lower);
  if (s) return Number(s[1]);
  const m = DURATION.exec(lower);
  if (!m) return undefined;
  const unit = unitSeconds(m[3] ?? '');
  if (unit === undefined) return undefined;
  const q = (m[1] ?? '').toLowerCase();
  let n = q === 'a' || q === 'an' ? 1 : q.startsWith('half') ? 0.5 : parseNumber(q);
  if (n === undefined) return undefined;
  // "two and a half minutes", "an hour and a half"
  if (m[2] || /and\s+(?:a\s+)?half$/.test(m[0])) n += 0.5;
  return Math.round(n * unit);
}

const DECADES: Record<string, number> = {
  teens: 15,
  twenties: 25,
  thirties: 35,
  forties: 45,
  fifties: 55,
  sixties: 65,
  seventies: 75,
  eighties: 85,
  nineties: 95,
};

const AGE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(${NUMBER_PATTERN})[- ]?(?:years?|yrs?|yo)[- ]?(?:old)?\\b`, 'i'),
  new RegExp(`\\b(?:aged?|age of|age to|age is|age:)\\s*(${NUMBER_PATTERN})\\b`, 'i'),
  // "a girl of nine", "a man of about 60"
  new RegExp(
    `\\b(?:girl|boy|kid|child|woman|man|lady|gentleman|son|daughter|teen|teenager|widow|widower|person|fellow)\\s+of\\s+(?:about\\s+|around\\s+|only\\s+|just\\s+)?(${NUMBER_PATTERN})\\b(?!\\s*(?:minutes?|seconds?|hours?|%|\\w+s\\b))`,
    'i',
  ),
  // Relative clauses and appositions: "a nurse who is 40", "who's just turned nineteen", "a woman who is 64,"
  new RegExp(
    `\\b(?:who|that|she|he)(?:'s|\\s+is|\\s+was|'d be|\\s+would be|\\s+will be|'ll be)\\s+(?:now\\s+|only\\s+|just\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|barely\\s+)?(?!one\\b)(${NUMBER_PATTERN})\\b(?=\\s*(?:$|[,.;!?)]|and\\b|but\\b|with\\b|years?\\b|called\\b|named\\b|now\\b))`,
    'i',
  ),
  // Hedged appositions: "…, a retired seamstress, roughly 75", "a cartographer of about 40"
  new RegExp(
    `(?:[,(]\\s*|\\bof\\s+)(?:about|around|roughly|approximately|maybe|probably|say)\\s+(${NUMBER_PATTERN})\\s*(?=$|[,.;!?)]|and\\b|years?\\b)`,
    'i',
  ),
  new RegExp(
    `\\b(?:(?:has|have|had|who's|who has)\\s+)?(?:just\\s+)?turned\\s+(${NUMBER_PATTERN})\\b(?!\\s*(?:minutes?|seconds?|hours?|%))`,
    'i',
  ),
  // "age Sarah up to 55", "de-age him down to 20"
  new RegExp(
    `\\b(?:de-?)?age\\s+(?:[a-z'@]+\\s+){0,2}?(?:up|down|back)\\s+to\\s+(${NUMBER_PATTERN})\\b`,
    'i',
  ),
];

/** Finds an explicit age: "35-year-old", "42 year old", "aged 30", "age to 40", "in her late thirties" (→ 38). */
export function findAge(lower: string): { age: number; index: number; length: number } | undefined {
  for (const re of AGE_PATTERNS) {
    const m = re.exec(lower);
    if (!m) continue;
    const n = parseNumber(m[1] ?? '');
    // "a 2 year old" style counts are ages too, but reject silly values.
    if (n !== undefined && Number.isInteger(n) && n > 0 && n < 130)
      return { age: n, index: m.index, length: m[0].length };
  }
  const d =
    /\bin (?:his|her|their|the) (early|mid|mid-|late)?\s*-?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b(early|mid|late)[- ](teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/.exec(
      lower,
    );
  if (d) {
    const base = DECADES[d[2] ?? d[4] ?? ''] ?? 0;
    const part = d[1] ?? d[3];
    const shift = part === 'early' ? -3 : part === 'late' ? 3 : 0;
    return { age: base + shift, index: d.index, length: d[0].length };
  }
  return undefined;
}

/** What may follow a number that is not a count: units of time and age, ordinals, percentages. */
const NOT_COUNT_AFTER =
  /^(?:[- ]?(?:years?|yrs?|yo|seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|s|%|percent|am|pm|o'clock|st|nd|rd|th|and a half)\b|\.\d|:\d)/;
/** What may come before a number that is not a count: a scene number, an age, a hedge on a duration. */
const NOT_COUNT_BEFORE =
  /\b(?:scene|shot|beat|act|number|no\.?|episode|chapter|page|step|aged?|age of|age to|turned|turns|is|was|be|are|now|\d+h|half)\s*#?$|#\s*$/;

let countRe: RegExp | undefined;

/**
 * A count anywhere in a request, for when it is not next to its noun: "twelve of them", "a dozen please",
 * "I need seven for the trip", "eight would be good". Ages, durations, scene numbers and "one" are not counts.
 */
export function findCount(lower: string): number | undefined {
  // "scenes x8", "chars ×6": a count written as a multiplication.
  const times = /(?:^|\s)[x×]\s*(\d{1,3})\b/.exec(lower);
  if (times) return Number(times[1]);
  countRe ??= new RegExp(`\\b(half a dozen|a dozen|dozens?|${NUMBER_PATTERN})\\b`, 'gi');
  countRe.lastIndex = 0;
  for (let m = countRe.exec(lower); m; m = countRe.exec(lower)) {
    const word = (m[1] ?? '').toLowerCase();
    if (/^(?:one|a|an|single|dozens)$/.test(word)) continue;
    const after = lower.slice(m.index + m[0].length);
    const before = lower.slice(0, m.index);
    if (NOT_COUNT_AFTER.test(after) || NOT_COUNT_BEFORE.test(before)) continue;
    const n = parseNumber(word);
    if (n !== undefined && Number.isInteger(n) && n > 1 && n <= 500) return n;
  }
  return undefined;
}
