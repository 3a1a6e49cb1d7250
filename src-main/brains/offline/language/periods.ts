// Dates and periods in free text: decades ("1950s"), years ("1944"), eras ("Victorian", "the near future").
import { escapeRegex } from '../understand/text-utils';
import { PERIOD_WORDS } from './brief-words';

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
  const decade = /\b(1[0-9]|20)([0-9])0s\b/.exec(text);
  const century = /\b(1[0-9]|2[01])(?:st|nd|rd|th)[\s-]century\b/i.exec(text);
  const year = /(?<![\d-])(1[0-9]{3}|20[0-9]{2})(?![\d-]|s\b)/.exec(text);
  const hits: { index: number; period: Period }[] = [];
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
  hits.sort((a, b) => a.index - b.index);
  // "Cold War thriller, Berlin 1961", "Victorian gothic, 1880s": a number dates the story more exactly than a past
  // era's name; "present-day Osaka … in 2003" stays the present, the year being backstory.
  const first = hits[0];
  const pastEra = first && !/\d/.test(first.period.text) && !NOW_OR_LATER.test(first.period.text);
  return (pastEra ? hits.find((h) => /\d/.test(h.period.text)) : undefined)?.period ?? first?.period;
}
