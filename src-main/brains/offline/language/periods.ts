// Dates and periods in free text: decades ("1950s"), years ("1944"), eras ("Victorian", "the near future").
import { escapeRegex } from '../understand/text-utils';
import { PERIOD_WORDS } from './brief-words';
import { parseNumber } from './quantities';

/** A period named in a text, as written, with the year it points at (for anachronism checks). */
export interface Period {
  text: string;
  /** Representative year, when the period has one (1950s → 1955, Victorian → 1870). */
  year?: number;
}

const ERA_YEARS: Record<string, number> = {
  victorian: 1870,
  edwardian: 1905,
  elizabethan: 1585,
  tudor: 1530,
  regency: 1815,
  georgian: 1780,
  medieval: 1250,
  renaissance: 1500,
  viking: 900,
  feudal: 1300,
  ancient: 100,
  prehistoric: -10000,
  'prohibition-era': 1925,
  prohibition: 1925,
  'roaring twenties': 1925,
  'jazz age': 1925,
  'gilded age': 1885,
  'belle époque': 1900,
  'belle epoque': 1900,
  'world war i': 1916,
  'world war one': 1916,
  wwi: 1916,
  'world war ii': 1942,
  'world war two': 1942,
  wwii: 1942,
  'cold war': 1965,
  'post-war': 1948,
  postwar: 1948,
  wartime: 1942,
  colonial: 1750,
};

/** Era words for the present or the future, which a year in the idea does not replace. */
const NOW_OR_LATER = /present|contemporary|modern|today|current|future|futur|apocalyp/i;

/** The first period the text names (a year or decade before a past era's name), or undefined. */
export function findPeriod(text: string): Period | undefined {
  const decade = /\b(1[0-9]|2[0-9])([0-9])0s\b/.exec(text);
  const century = /\b(1[0-9]|2[01])(?:st|nd|rd|th)[\s-]century\b/i.exec(text);
  const year = /(?<![\d-])(1[0-9]{3}|20[0-9]{2})(?![\d-]|s\b)/.exec(text);
  const hits: PeriodHit[] = writtenOtherwise(text);
  if (decade)
    hits.push({ index: decade.index, period: { text: decade[0], year: Number(decade[0].slice(0, 4)) + 5 } });
  if (century)
    hits.push({
      index: century.index,
      period: { text: century[0], year: (Number(century[1]) - 1) * 100 + 50 },
    });
  if (year) hits.push({ index: year.index, period: { text: year[1]!, year: Number(year[1]) } });
  for (const word of PERIOD_WORDS) {
    const m = new RegExp(`(?:^|[^\\p{L}])(${escapeRegex(word)})(?![\\p{L}])`, 'iu').exec(text);
    if (m) {
      const future = /future|futuristic|apocalyptic/.test(word);
      hits.push({
        index: m.index,
        period: {
          text: m[1]!,
          ...(future ? { year: 2080 } : ERA_YEARS[word] ? { year: ERA_YEARS[word] } : {}),
        },
      });
    }
  }
  // "has sold fish here since 1958", "who they thought had drowned in '51": a year the story looks back to is not when it is set.
  const backstory = (h: PeriodHit) => BACKSTORY.test(/[^.;!?]{0,50}$/.exec(text.slice(0, h.index))![0]);
  const dated = hits.filter((h) => !backstory(h)).sort((a, b) => a.index - b.index);
  // "Cold War thriller, Berlin 1961", "Victorian gothic, 1880s": a number dates the story more exactly than a past
  // era's name; "present-day Osaka … in 2003" stays the present, the year being backstory.
  const first = dated[0];
  const pastEra = first && !/\d/.test(first.period.text) && !NOW_OR_LATER.test(first.period.text);
  return (pastEra ? dated.find((h) => /\d/.test(h.period.text)) : undefined)?.period ?? first?.period;
}

/** What opens a year the story looks back to: "since", "had died in". */
const BACKSTORY = /\b(?:since|had\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:in|back in))\s+(?:the\s+)?$/iu;

/** A period found at a place in the text. */
interface PeriodHit {
  index: number;
  period: Period;
}

/**
 * Years and decades not written as four digits: "winter of '79", "the '90s", "nineteen ninety-seven", "the
 * nineteen-seventies", "431 BC", "AD 64", "Year 2240". The period's text is the year in digits, as a package
 * writes it.
 */
function writtenOtherwise(text: string): PeriodHit[] {
  return [spelledYear(text), shortYear(text), eraYear(text), farYear(text)].filter(
    (h): h is PeriodHit => h !== undefined,
  );
}

const CENTURIES: Record<string, number> = {
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const SPELLED_YEAR = new RegExp(
  String.raw`\b(${Object.keys(CENTURIES).join('|')})[\s-]+(?:(${Object.keys(DECADE_WORDS).join('|')})|oh[\s-]+([a-z]+)|([a-z]+(?:-[a-z]+)?))\b`,
  'i',
);

/** "nineteen ninety-seven" → 1997, "nineteen-seventies" → 1970s, "nineteen oh five" → 1905. */
function spelledYear(text: string): PeriodHit | undefined {
  const m = SPELLED_YEAR.exec(text);
  const century = m ? CENTURIES[m[1]!.toLowerCase()] : undefined;
  if (!m || century === undefined) return undefined;
  const decade = m[2] ? DECADE_WORDS[m[2].toLowerCase()] : undefined;
  if (decade !== undefined) return at(m.index, `${century}${decade}0s`, century * 100 + decade * 10 + 5);
  const rest = parseNumber(m[3] ?? m[4] ?? '');
  // "twenty two people" counts; a year's second half is "oh five" or ten to ninety-nine.
  const ok = rest !== undefined && (m[3] ? rest < 10 : rest >= 10 && rest <= 99);
  return ok ? at(m.index, String(century * 100 + rest), century * 100 + rest) : undefined;
}

/** "winter of '79", "back in '03", "the '90s": a year or decade by its last two digits. */
function shortYear(text: string): PeriodHit | undefined {
  const m =
    /\b(?:of|in|since|summer|winter|spring|autumn|fall|circa|around|the|late|early|mid)\s+['’‘](\d)(\d)(s?)(?![\w'’])/i.exec(
      text,
    );
  if (!m) return undefined;
  const index = m.index + m[0].search(/['’‘]/);
  const two = Number(`${m[1]}${m[2]}`);
  // Two digits past this century's are last century's ("'79"); the rest are this one's ("'05").
  const year = (two > new Date().getFullYear() % 100 ? 1900 : 2000) + two;
  if (m[3]) return m[2] === '0' ? at(index, `${year}s`, year + 5) : undefined;
  return at(index, String(year), year);
}

/** "431 BC", "AD 64", "300 BCE": a year of an era. */
function eraYear(text: string): PeriodHit | undefined {
  const m = /\b(\d{1,4})\s*(BCE?|B\.C\.|AD|A\.D\.|CE)(?![\p{L}])|\b(AD|A\.D\.)\s*(\d{1,4})\b/u.exec(text);
  if (!m) return undefined;
  const n = Number(m[1] ?? m[4]);
  const before = /^B/.test(m[2] ?? '');
  return at(m.index, m[0].trim(), before ? -n : n);
}

/** "Year 2240", "in 2350": a year past this century, said as a year. */
function farYear(text: string): PeriodHit | undefined {
  const m = /\b(?:year|in|by|until|since|circa|of)\s+(2[1-9]\d\d)(?![\d-]|s\b)/i.exec(text);
  return m ? at(m.index + m[0].length - 4, m[1]!, Number(m[1])) : undefined;
}

const at = (index: number, text: string, year: number): PeriodHit => ({ index, period: { text, year } });
