// Dictated messages: punctuation spoken as words ("… named Ida comma she's 40 period") written as the marks, and
// formats spelled letter by letter ("p d f") written as their names.
import { NUMBER_PATTERN } from '../language/quantities';
import { LEXICON, phraseAlternation } from './lexicon';

/** Words before which a mark's name is a noun, not a mark ("a comma", "the colon", "that period"). */
const DETERMINER = /\b(?:a|an|the|this|that|his|her|my|your|one)\s+$/i;

let spoken: { marks: RegExp; alsoWords: RegExp; afterNumber: RegExp } | undefined;

function patterns(): NonNullable<typeof spoken> {
  const { marks, alsoWords } = LEXICON.dictatedMarks;
  const around = (words: Iterable<string>) => `\\s*\\b(${phraseAlternation([...words])})\\b[ \\t]*`;
  spoken ??= {
    marks: new RegExp(around(marks.keys()), 'gi'),
    alsoWords: new RegExp(around(alsoWords.keys()), 'gi'),
    afterNumber: new RegExp(`\\b${NUMBER_PATTERN}\\s+$`, 'i'),
  };
  return spoken;
}

/** Replaces each spoken mark that `keep` accepts by its mark ("," for "comma"), closing up the space before it. */
function writeMarks(
  text: string,
  re: RegExp,
  table: ReadonlyMap<string, string>,
  keep: (before: string) => boolean,
) {
  let count = 0;
  const out = text.replace(re, (all, word: string, offset: number) => {
    const before = text.slice(0, offset + all.indexOf(word));
    if (DETERMINER.test(before) || !keep(before)) return all;
    count++;
    const mark = table.get(word.toLowerCase()) ?? all;
    return mark === '\n' ? '\n' : `${mark} `;
  });
  return { text: out, count };
}

let spelled: RegExp | undefined;

/** "export it as c s v": a format's letters spelled one by one, written as its name ("csv"). */
function joinSpelledFormats(text: string): string {
  spelled ??= new RegExp(
    `\\b(${[...LEXICON.formats.keys()]
      .filter((k) => /^[a-z]{2,4}$/.test(k))
      .map((k) => k.split('').join('[ .]+'))
      .join('|')})\\b`,
    'gi',
  );
  return text.replace(spelled, (letters) => letters.replace(/[ .]+/g, '').toLowerCase());
}

/**
 * Writes the punctuation a dictated message spells out: "comma", "colon", "new line" wherever they stand after no
 * determiner; "period", also an ordinary word, only beside other spoken marks or after a number ("age thirty six
 * period"). Formats spelled letter by letter are joined ("c s v" → "csv").
 */
export function writeDictatedPunctuation(text: string): string {
  const p = patterns();
  const { marks, alsoWords } = LEXICON.dictatedMarks;
  const first = writeMarks(text, p.marks, marks, () => true);
  const second = writeMarks(first.text, p.alsoWords, alsoWords, (before) =>
    first.count > 0 ? true : p.afterNumber.test(before),
  );
  const written = first.count + second.count === 0 ? text : second.text.replace(/[ \t]+$/gm, '').trim();
  return joinSpelledFormats(written);
}
