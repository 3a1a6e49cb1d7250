// Finds names in a message: project names from context, capitalised proper-name runs, and pronouns to resolve.
import { isPlaceHead, isPlacePrefix } from '../language/places';
import { isEnglishWord, opensSentenceAsWord } from '../language/everyday-words';
import { isForeignFunctionWord } from '../language/foreign-words';
import { isEnglishNotName, nameTag } from '../language/word-tables';
import { LEXICON } from './lexicon';
import { findLowerCase } from './lower-case-names';
import { isVocabulary, oneWordPhrases } from './vocabulary';
import { findKnown } from './known-names';

/** One name found in the text, with its span in the original string. */
export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** known: matched a project entity name; proper: a capitalised run of words. */
  source: 'known' | 'proper';
}

/** A recently referenced entity, newest first, for pronoun resolution. */
export interface RecentName {
  name: string;
  gender?: string;
}

/** A word in any script: letters with their combining marks (Cyrillic, Greek, Hebrew, Han, accented Latin…). */
const TOKEN = /\p{L}[\p{L}\p{M}'-]*/gu;
/** Small words inside a name, in the languages names come from: "Café des Pêcheurs", "Largo do Carmo", "Abu al Fadl". */
const CONNECTORS = new Set(
  'of de des do dos das della dei van von zu da del la le du di al bin der den ter ten'.split(' '),
);
/** Words after which the next is a name ("a nurse named Hope", "a pub called the Crown"). */
const NAMERS = new Set(['named', 'called']);
/** Header words of a forwarded or answered e-mail ("Fwd:", "Re:"). */
const EMAIL_HEADERS = new Set(['fwd', 'fw', 're', 'cc', 'bcc', 'subj']);
/** "d'Aubigny", "al-Amin", "l'Estrange": a particle joined to the capitalised rest of a surname. */
const JOINED_PARTICLE = /^(?:d|l|al|el|ad|as|an|ash|bin|ibn|ben|da|de|di|du|dell)['’-]\p{Lu}/u;
let firmEndings: ReadonlySet<string> | undefined;
/** "Pike and Sons", "Lunn & Daughters": the words that end a firm's name, over which it runs on after "and". */
const isFirmEnding = (word: string): boolean =>
  (firmEndings ??= new Set(LEXICON.rulePhrases.get('firmEndings'))).has(word.toLowerCase());
/** Words that, right after a capitalised first word, show that first word is a command verb ("Draw a …"). */
const AFTER_VERB = new Set([
  'a',
  'an',
  'the',
  'some',
  'me',
  'us',
  'my',
  'our',
  'this',
  'that',
  'these',
  'those',
  'him',
  'her',
  'them',
  'it',
  'up',
  'out',
  'down',
  'off',
  'together',
  'through',
  'back',
  'over',
  'another',
  'more',
  'several',
  'few',
  'all',
  'any',
  'each',
  'every',
  'new',
  'to',
  'on',
  'in',
  'with',
  'for',
  'about',
  'into',
  'scene',
  'character',
  'characters',
  'location',
  'locations',
  'scenes',
  'what',
  'who',
  'how',
  'if',
  'whether',
  'you',
  'i',
  'we',
]);

/**
 * Starts like a proper name: an upper-case letter in a cased script (Latin, Cyrillic, Greek), or any letter of a
 * script without case (Han, Hebrew, Arabic, Kana), where nothing marks a name and the context has to decide.
 * All-capitals words (acronyms, shouting) are not names, nor are acronyms' plurals ("PDFs", "NPCs").
 */
const isCapitalised = (w: string): boolean =>
  /^(?:\p{Lu}|\p{Lt}|\p{Lo})/u.test(w) && !/^\p{Lu}{2,}s?$/u.test(w.replace(/'s$/, ''));

/**
 * Nothing but space before, or a sentence mark, a line break, a quote or a bracket. Looks back only over the
 * space before the word, so a pasted chapter costs time in proportion to its length, not its square.
 */
function isSentenceStart(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && /\s/.test(text[k - 1] ?? '')) k--;
  return k === 0 || /[.!?:\n"(-]/.test(text[k - 1] ?? '') || text.slice(k, start).includes('\n');
}

/** A first name that is no English word ("Vesna"; not "Will" or "Mark"). */
function isFirstNameOnly(word: string): boolean {
  const lower = word.toLowerCase();
  return !isEnglishWord(lower) && !!nameTag(lower);
}

/**
 * A function word of another language opening a sentence that goes on in that language ("Wie ist …", "Fais jouer …")
 * or after a comma with a name ("Alors, Delphine …"). Before a capitalised word it may open a name ("Van Tassel"),
 * and before English it is a name ("Dez, a drummer"; "dez" is Portuguese for ten).
 */
function opensForeignSentence(
  word: { w: string; end: number },
  next: { w: string; start: number } | undefined,
  text: string,
): boolean {
  if (!next) return false;
  const gap = text.slice(word.end, next.start);
  // A foreign function word is no English word by construction, so one test covers both kinds of next word; the
  // table is looked up last, as most sentences open on a name before English.
  const goesOnForeign = isCapitalised(next.w)
    ? /^\s*,\s*$/.test(gap)
    : /^\s+$/.test(gap) && !isEnglishWord(next.w.toLowerCase());
  return goesOnForeign && isForeignFunctionWord(word.w.toLowerCase());
}

/** An English word that no first-name table holds ("Occupation", "Quirk"; not "Hope" or "Ada"). */
export function isFieldLabel(word: string): boolean {
  return isEnglishNotName(word.toLowerCase());
}

/** A word of the message and where it stands. */
interface WordToken {
  w: string;
  start: number;
  end: number;
}

/** Exactly one space between two words. */
const singleSpace = (text: string, a: { end: number }, b: { start: number }): boolean =>
  /^ $/.test(text.slice(a.end, b.start));

/** "R.J. Okafor", "Th. Berg", "J. St. Clair": an initial and its dot run on into the name. */
const afterInitial = (text: string, a: WordToken, b: WordToken): boolean =>
  /^\p{Lu}\p{Ll}?$/u.test(a.w) && /^\. ?$/.test(text.slice(a.end, b.start)) && isCapitalised(b.w);

/** The index of the last word of the name that opens at word `i`. */
function nameRunEnd(text: string, tokens: readonly WordToken[], i: number): number {
  let j = i;
  for (let step = runStep(text, tokens, i, j); step > 0; step = runStep(text, tokens, i, j)) j += step;
  return j;
}

/** How many words after word `j` carry the name that opened at word `i` on (0: it ends at `j`). */
function runStep(text: string, tokens: readonly WordToken[], i: number, j: number): number {
  const a = tokens[j];
  const b = tokens[j + 1];
  // "Block C. Marta arrives": a letter after a capitalised word mid-sentence labels it, it is no initial.
  const before = j === i ? tokens[i - 1] : undefined;
  const labelLetter = before !== undefined && isCapitalised(before.w) && !isSentenceStart(text, before.start);
  const firmAmpersand = !!a && !!b && isFirmEnding(b.w) && text.slice(a.end, b.start) === ' & ';
  if (!a || !b || !(singleSpace(text, a, b) || firmAmpersand || (!labelLetter && afterInitial(text, a, b))))
    return 0;
  const c = tokens[j + 2];
  // "Saint-Malo Old Town", "Central Park": place words carry a capitalised run on.
  const placeWord =
    isPlaceHead(b.w) ||
    (isPlacePrefix(b.w) && c !== undefined && singleSpace(text, b, c) && isCapitalised(c.w));
  if (isCapitalised(b.w) && (!isVocabulary(b.w) || placeWord)) return 1;
  if (firmAmpersand) return 1;
  if (b.w === 'and' && c && singleSpace(text, b, c) && isFirmEnding(c.w)) return 2;
  if (JOINED_PARTICLE.test(b.w)) return 1;
  // "Rocío de la Vega", "Pieter van der Berg": one or two particles before the capitalised rest.
  const d = tokens[j + 3];
  const twoParticles =
    CONNECTORS.has(c?.w ?? '') && d !== undefined && singleSpace(text, c!, d) && isCapitalised(d.w);
  if (CONNECTORS.has(b.w) && c && singleSpace(text, b, c) && (isCapitalised(c.w) || twoParticles))
    return isCapitalised(c.w) ? 2 : 3;
  return 0;
}

/** Finds capitalised runs ("John Miller", "Joe's Diner", "The Blue Moon") that are not vocabulary words. */
function findProper(text: string, afterTitle = false): NameMention[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    w: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapitalised(t.w)) {
      i++;
      continue;
    }
    const atStart = isSentenceStart(text, t.start);
    const next = tokens[i + 1];
    const gapOk = (a: { end: number }, b: { start: number }): boolean => singleSpace(text, a, b);
    // "Professor Hale", "Dr. Okafor": a title joins the proper name that follows it (and may end in a dot).
    const titled =
      next !== undefined &&
      LEXICON.nameTitles.has(t.w.toLowerCase()) &&
      /^\.? $/.test(text.slice(t.end, next.start)) &&
      isCapitalised(next.w) &&
      !isVocabulary(next.w);
    if (titled && next) {
      const rest = findProper(text.slice(next.start), true).find((p) => p.start === 0);
      if (rest) {
        out.push({
          name: text.slice(t.start, next.start + rest.end),
          start: t.start,
          end: next.start + rest.end,
          source: 'proper',
        });
        i++;
        while (i < tokens.length && (tokens[i]?.start ?? 0) < next.start + rest.end) i++;
        continue;
      }
    }
    // "The Blue Moon" mid-sentence: a capitalised article starts a title when a name follows.
    const titleArticle =
      !atStart && /^The$/.test(t.w) && next !== undefined && isCapitalised(next.w) && gapOk(t, next);
    // "New Orleans", "Port Said": an ordinary word that opens a place name when a name follows it.
    const placeStart =
      isPlacePrefix(t.w) &&
      next !== undefined &&
      gapOk(t, next) &&
      isCapitalised(next.w) &&
      !AFTER_VERB.has(next.w.toLowerCase());
    // "named Dawn Okoro", "a girl called Will": after "named" or "called" a word is a name, whatever else it is.
    const before = tokens[i - 1];
    const afterNamer = before !== undefined && NAMERS.has(before.w.toLowerCase()) && gapOk(before, t);
    let startsName = titleArticle || placeStart || afterNamer || !isVocabulary(t.w);
    if (
      startsName &&
      atStart &&
      !(afterTitle && t.start === 0) &&
      !titleArticle &&
      !placeStart &&
      opensSentenceAsWord(
        t.w,
        text.slice(t.end, t.end + 40),
        next !== undefined && gapOk(t, next) && isCapitalised(next.w),
      )
    )
      startsName = false;
    // A possessive ("Sarah's the lead") is never a command verb, whatever follows it; nor is a first name that is
    // no English word ("Vesna the forger").
    if (
      startsName &&
      atStart &&
      !titleArticle &&
      !/'s$/i.test(t.w) &&
      next &&
      gapOk(t, next) &&
      AFTER_VERB.has(next.w.toLowerCase()) &&
      !isFirstNameOnly(t.w)
    )
      startsName = false;
    // "Draw Friedrich's portrait": a request verb opening the sentence is not the first word of the name after it.
    if (startsName && atStart && next && gapOk(t, next) && isCapitalised(next.w) && requestVerb(t.w))
      startsName = false;
    // "Alors, Delphine…", "Wie ist …": a function word of another language opening a sentence is no name.
    if (startsName && atStart && opensForeignSentence(t, next, text)) startsName = false;
    // "…, Occupation: welder": an English word labelling a field is no name ("Ada: a nurse" still is one).
    // "Fwd: notes from Ada": an e-mail's header word neither.
    // Asked only before a colon: the first-name table is compromise's, whose loading a plain request should not pay.
    if (startsName && text[t.end] === ':' && (isFieldLabel(t.w) || EMAIL_HEADERS.has(t.w.toLowerCase())))
      startsName = false;
    if (!startsName) {
      i++;
      continue;
    }
    const j = nameRunEnd(text, tokens, i);
    const first = tokens[i];
    const last = tokens[j];
    if (first && last) {
      let name = text.slice(first.start, last.end);
      let end = last.end;
      if (/'s$/i.test(name)) {
        name = name.slice(0, -2);
        end -= 2;
      }
      out.push({ name, start: first.start, end, source: 'proper' });
    }
    i = j + 1;
  }
  return out;
}

let verbs: Set<string> | undefined;

/** A one-word request verb of the lexicon ("draw", "make", "delete") or a command verb ("select", "patch"). */
function requestVerb(word: string): boolean {
  // Every verb class, not only the intents' (`isVocabulary`): opening a sentence before a name, "Draw" is a verb.
  verbs ??= oneWordPhrases([...LEXICON.verbs.values(), LEXICON.rulePhrases.get('commandVerbs') ?? []]);
  return verbs.has(word.toLowerCase());
}

/**
 * "Where is ODALRIC in act two?": a screenwriter writes a character's name in capitals. A word of four or more
 * capitals with a vowel that is no English word is that name, in a message otherwise written in lower case too
 * (acronyms are shorter, English or in the lexicon: "PDF", "INT", "NIGHT", "NASA").
 */
function findScriptCapitals(text: string): NameMention[] {
  if (!/\p{Ll}/u.test(text)) return [];
  const out: NameMention[] = [];
  for (const m of text.matchAll(/(?<![\p{L}.])\p{Lu}{4,}(?![\p{L}.])/gu)) {
    const lower = m[0].toLowerCase();
    if (!/[aeiouy]/.test(lower) || isEnglishWord(lower) || isVocabulary(lower) || LEXICON.acronyms.has(lower))
      continue;
    const start = m.index ?? 0;
    out.push({ name: m[0].charAt(0) + lower.slice(1), start, end: start + m[0].length, source: 'proper' });
  }
  return out;
}

/** All names in the text, in order of appearance; known project names take precedence over guesses. */
export function findNames(text: string, knownNames: readonly string[] = []): NameMention[] {
  const known = findKnown(text, knownNames);
  const overlapsKnown = (p: NameMention): boolean => known.some((k) => p.start < k.end && p.end > k.start);
  const proper = [...findProper(text), ...findLowerCase(text), ...findScriptCapitals(text)].filter(
    (p) => !overlapsKnown(p),
  );
  return [...known, ...proper].sort((a, b) => a.start - b.start);
}

/** Unique names (case-insensitive), in order. */
export function uniqueNames(mentions: readonly { name: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of mentions) {
    const k = m.name.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(m.name);
    }
  }
  // "Odile — add her, Odile Serrat": a first name or surname said beside the full name is the same person.
  return out.filter((name) => !out.some((other) => isPartOfName(name, other)));
}

/** Whether `part` is the first or last word(s) of the longer name `full` ("Odile" of "Odile Serrat"). */
function isPartOfName(part: string, full: string): boolean {
  const p = part.toLowerCase();
  const f = full.toLowerCase();
  return f.length > p.length && (f.startsWith(`${p} `) || f.endsWith(` ${p}`));
}

/**
 * Resolves the first third-person pronoun of the text against recently referenced entities:
 * "she/her" → newest female, "he/him/his" → newest male, "they/them" → newest; unknown genders are a fallback.
 */
export function resolvePronoun(lower: string, recent: readonly RecentName[] = []): string | undefined {
  const m = /\b(she|her|hers|herself|he|him|his|himself|they|them|their)\b/.exec(lower);
  if (!m || recent.length === 0) return undefined;
  const gender = LEXICON.genderWords.get(m[1] ?? '');
  if (gender === 'female' || gender === 'male') {
    const exact = recent.find((r) => r.gender === gender);
    if (exact) return exact.name;
    return recent.find((r) => r.gender === undefined || r.gender === 'unspecified')?.name;
  }
  return recent[0]?.name;
}
