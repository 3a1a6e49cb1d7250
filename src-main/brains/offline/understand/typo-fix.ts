// Typo tolerance: a lower-case word one edit away from a request word of the lexicon ("exprot", "charachter") is read as it.
import { LEXICON, phraseAlternation } from './lexicon';
import { textBefore } from './text-utils';
import { isEnglishWord } from '../language/everyday-words';

/**
 * Words a request is built from (single words of the tables, at least 4 letters): nouns are corrected anywhere,
 * verbs and question words only where a request opens, so a premise's words ("paint", "white") stay as written.
 */
interface TypoTables {
  nouns: string[];
  openers: string[];
  known: Set<string>;
}

let tables: TypoTables | undefined;

/** Built on first use (start-up stays fast): the correction targets and every word the tables already know. */
function typoTables(): TypoTables {
  if (tables) return tables;
  const single = (xs: Iterable<string>): string[] => [...xs].filter((w) => /^[a-z]+$/.test(w));
  const nouns = new Set<string>([
    ...single(LEXICON.entityNouns.keys()),
    ...single(LEXICON.formats.keys()),
    ...single(LEXICON.steps.keys()),
    ...single(LEXICON.productionNouns),
    ...single(LEXICON.textNouns),
    ...single(LEXICON.relations.keys()),
    ...['scenes', 'characters', 'locations', 'people', 'relationship', 'about'],
    ...['occupation', 'profession', 'description', 'personality', 'backstory'],
  ]);
  const openers = new Set<string>([
    ...[...LEXICON.verbs.values()].flatMap(single),
    ...['which', 'where', 'what', 'please'],
  ]);
  const targets = new Set([...nouns, ...openers]);
  const known = new Set<string>([
    ...targets,
    ...LEXICON.commonWords,
    ...LEXICON.notTypos,
    ...LEXICON.occupations,
    ...LEXICON.relations.keys(),
    ...LEXICON.numberWords.keys(),
    ...LEXICON.genres,
    ...LEXICON.moods,
    ...LEXICON.moodNouns,
    ...LEXICON.styles,
    ...LEXICON.descriptiveAdjectives,
    ...LEXICON.genderWords.keys(),
    ...LEXICON.productNouns,
    ...LEXICON.capabilityVerbs,
    ...LEXICON.featureNouns,
  ]);
  const usable = (xs: Set<string>): string[] => [...xs].filter((w) => w.length >= 4).sort();
  tables = { nouns: usable(nouns), openers: usable(openers), known };
  return tables;
}

/**
 * How one word becomes the other in a single edit, if it can: 1 two neighbours swapped, 2 a letter inserted
 * or dropped, 3 a letter changed (the likelier slips first); undefined when more than one edit apart.
 */
export function singleEdit(a: string, b: string): 1 | 2 | 3 | undefined {
  if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length)
    return (a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1))
      ? 2
      : undefined;
  if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
  return a.slice(i + 1) === b.slice(i + 1) ? 3 : undefined;
}

const inflected = (a: string, b: string): boolean => a === `${b}s` || a === `${b}d` || a.startsWith(`${b}e`);

/** The lexicon word a misspelt word stands for; plain inflections ("makes", "added") are not typos. */
function correction(word: string, targets: readonly string[], strict: boolean): string | undefined {
  let best: { target: string; edit: number } | undefined;
  for (const target of targets) {
    if (Math.max(word.length, target.length) < 5) continue;
    if (inflected(word, target) || inflected(target, word)) continue;
    const edit = singleEdit(word, target);
    // Mid-sentence, a word one letter away is often another real word ("paint", "band", "waiting"): only swaps,
    // and dropped or doubled letters in longer words.
    if (edit === undefined || (strict && (edit === 3 || (edit === 2 && word.length < 6)))) continue;
    // Between equally likely slips, one that keeps the first letter wins: a first letter is rarely mistyped.
    const keepsFirst = target[0] === word[0] && best?.target[0] !== word[0];
    if (!best || edit < best.edit || (edit === best.edit && keepsFirst)) best = { target, edit };
  }
  return best?.target;
}

/** Words after which a request verb opens a clause ("please exprot…", "can you delte…", "then chnage…"). */
const BEFORE_VERB = /(?:^|[.!?;,:]\s*|\b(?:please|pls|you|then|also|i|we|just|now|lets|let's)\s+)$/i;

/**
 * Replaces misspelt request words in lower-case text ("exprot the script" → "export the script"). Capitalised
 * words are left alone (they may be names), as are words of three letters or fewer (too many near neighbours).
 */
export function fixTypos(text: string): string {
  const t = typoTables();
  const full = repairSlips(expandShorthand(text));
  return full.replace(/\b[a-z]{4,}\b/g, (word, offset: number) => {
    if (t.known.has(word)) return word;
    if (BEFORE_VERB.test(textBefore(full, offset)))
      return correction(word, [...t.openers, ...t.nouns], false) ?? word;
    return word.length >= 5 ? (midSentenceCorrection(word, t.nouns) ?? word) : word;
  });
}

/**
 * Mid-sentence, a word one letter away from a request noun is often another real word ("paint"): only swaps and
 * dropped or doubled letters are read as slips, unless the word is no English word at all ("lokation").
 */
function midSentenceCorrection(word: string, nouns: readonly string[]): string | undefined {
  // Most words are no slip at all: one pass finds that; the strict reading is looked for only when there is one.
  const loose = correction(word, nouns, false);
  if (!loose) return undefined;
  const strict = correction(word, nouns, true);
  if (strict) return strict;
  // The English-word tables are read only here, when a loose reading is all there is.
  return isEnglishWord(word) ? undefined : loose;
}

/**
 * Writes chat shorthand out ("plz add a char" → "please add a char", "whats" → "what's"), so an opening
 * "Plz" is not taken for a name. Words the lexicon lists under "shorthand" only; a capitalised word inside a
 * sentence is left alone (it may be a name).
 */
export function expandShorthand(text: string): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word, offset: number) => {
    const full = LEXICON.shorthand.get(word.toLowerCase());
    if (full === undefined) return word;
    if (word === word.toLowerCase()) return full;
    const opens = /(?:^|[.!?]\s+)$/.test(text.slice(0, offset));
    if (!opens) return word;
    return word === word.toUpperCase() && word.length > 1
      ? full.toUpperCase()
      : full.charAt(0).toUpperCase() + full.slice(1);
  });
}

let slips: { nouns: RegExp; openers: RegExp } | undefined;

/**
 * Puts back the request words a phone's autocorrect replaced with real words ("add a new seen" → "add a new
 * scene", "expert the script" → "export the script"): nouns after a determiner or before a number, openers
 * where a request opens. Capitalised words are left alone.
 */
export function repairSlips(text: string): string {
  const { nouns, openers } = LEXICON.autocorrectSlips;
  slips ??= {
    nouns: new RegExp(
      `(\\b(?:a|an|the|this|that|new|another|next|last|first|each|every|my|our|more|all|any|which|what|some|no|those|these|\\d+)\\s+)(${phraseAlternation([...nouns.keys()])})\\b|\\b(${phraseAlternation([...nouns.keys()])})(?=\\s+\\d)`,
      'g',
    ),
    openers: new RegExp(
      `(^|[.!?;]\\s+|\\b(?:please|pls|you|then|and|now)\\s+)(${phraseAlternation([...openers.keys()])})\\b`,
      'g',
    ),
  };
  return text
    .replace(
      slips.nouns,
      (all, lead: string | undefined, word: string | undefined, bare: string | undefined) =>
        lead !== undefined ? lead + (nouns.get(word ?? '') ?? word) : (nouns.get(bare ?? '') ?? all),
    )
    .replace(slips.openers, (_all, lead: string, word: string) => lead + (openers.get(word) ?? word));
}
