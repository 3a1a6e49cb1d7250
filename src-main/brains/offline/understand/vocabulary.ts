// Word-class look-ups over a lower-cased message: genre, mood, style, workflow step, export format, entity nouns.
import type { ExportFormat, IntentEntityType } from '../../../../src-preload/contract/intent';
import type { WorkflowStepId } from '../../../../src-preload/contract/project';
import { parseNumber } from '../language/quantities';
import { isDemonym } from '../language/word-tables';
import { LEXICON } from './lexicon';
import { cleanPhrase, findPhrase } from './text-utils';

/** A character range to ignore (e.g. the theme phrase, whose words are content, not settings). */
export interface Span {
  start: number;
  end: number;
}

const outside = (index: number, skip?: Span): boolean => !skip || index < skip.start || index >= skip.end;

/** Blanks out a span (same length) so look-ups skip it. */
export function maskSpan(lower: string, skip?: Span): string {
  if (!skip) return lower;
  return lower.slice(0, skip.start) + ' '.repeat(skip.end - skip.start) + lower.slice(skip.end);
}

let genreModifiers: ReadonlySet<string> | undefined;

/** The genre word as written ("heist", "sci-fi", "romantic comedy"), outside the skipped span. */
export function findGenre(lower: string, skip?: Span): string | undefined {
  const text = maskSpan(lower, skip);
  const found = findPhrase(text, LEXICON.genres);
  // Genre words that more often describe the genre after them ("family drama", "spy thriller") than stand alone.
  genreModifiers ??= new Set(LEXICON.rulePhrases.get('genreModifiers'));
  if (!found || !genreModifiers.has(found.phrase)) return found?.phrase;
  // "a family comedy", "a gothic horror": a genre word that mostly describes another is not the kind when one follows.
  const next = findPhrase(text.slice(found.index + found.phrase.length + 1), LEXICON.genres);
  return next?.index === 0 ? next.phrase : found.phrase;
}

/** The mood: "upbeat mood", "tone: tense", "with a dark feel"; else a mood adjective outside the skipped span. */
export function findMood(lower: string, skip?: Span): string | undefined {
  const text = maskSpan(lower, skip);
  for (const m of text.matchAll(
    /([a-z][a-z-]*)\s+(mood|tone|vibe|vibes|feel|feeling|atmosphere|energy)\b/g,
  )) {
    if (LEXICON.moods.has(m[1] ?? '')) return m[1];
  }
  const after =
    /\b(?:mood|tone|vibe|feel|atmosphere)\s*(?::|=|is|of|should be|should feel|feels)?\s*(?:very\s+|really\s+)?([a-z][a-z-]*)/.exec(
      text,
    );
  if (after && LEXICON.moods.has(after[1] ?? '')) return after[1];
  for (const m of text.matchAll(/[a-z][a-z-]*/g)) {
    if (LEXICON.moods.has(m[0]) && outside(m.index ?? 0, skip)) return m[0];
  }
  return undefined;
}

/** The visual style: "in the style of Wes Anderson" → "Wes Anderson", "anime style" → "anime", "in black and white". */
export function findStyle(text: string, lower: string, skip?: Span): string | undefined {
  const masked = maskSpan(lower, skip);
  const of =
    /\b(?:in the style of|styled (?:like|after)|style of|inspired by|look(?:s)? like)\s+([^,.;!?\n]+)/.exec(
      masked,
    );
  if (of)
    return cleanPhrase(text.slice(of.index + of[0].length - (of[1] ?? '').length, of.index + of[0].length));
  const colon = /\bstyle\s*(?::|=|should be|is)\s*([^,.;!?\n]+)/.exec(masked);
  if (colon) return cleanPhrase(colon[1] ?? '');
  const before =
    /\b(?:an?\s+|the\s+|in\s+)?([a-z0-9][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*)?)[- ](?:style|aesthetic|look)\b/.exec(
      masked,
    );
  if (before) {
    const words = (before[1] ?? '')
      .split(/\s+/)
      .filter((w) => !['a', 'an', 'the', 'in', 'with', 'visual'].includes(w));
    const phrase = words.join(' ');
    const known = LEXICON.styles.find((s) => phrase.endsWith(s));
    if (known) return known;
    if (words.length === 1 && phrase) return phrase;
  }
  const table = findPhrase(masked, LEXICON.styles);
  if (table && !LEXICON.genres.includes(table.phrase)) return table.phrase;
  return undefined;
}

/** The first workflow step named in the text ("scene breakdown" → scene_breakdown). */
export function findStep(lower: string): { step: WorkflowStepId; index: number; phrase: string } | undefined {
  const hit = findPhrase(lower, LEXICON.steps.keys());
  if (!hit) return undefined;
  const step = LEXICON.steps.get(hit.phrase);
  return step ? { step, index: hit.index, phrase: hit.phrase } : undefined;
}

const WEAK_FORMAT_WORDS = new Set(['print', 'printable', 'zip', 'archive', 'bundle', 'backup', 'back up']);

/** The export format named in the text ("Final Draft" → fdx, "spreadsheet" → csv). */
export function findFormat(lower: string): ExportFormat | undefined {
  // A named format ("to Fountain") beats a loose word for one ("print", "archive").
  const strong = STRONG_FORMAT_WORDS();
  const hit = findPhrase(lower, strong) ?? findPhrase(lower, LEXICON.formats.keys());
  // "no PDF for them, Fountain instead", "not as PDF but as Final Draft": a refused format gives way to the next one.
  if (hit && REFUSED.test(lower.slice(Math.max(0, hit.index - 30), hit.index))) {
    const from = hit.index + hit.phrase.length;
    const next = findPhrase(lower.slice(from), strong);
    if (next) return LEXICON.formats.get(next.phrase);
  }
  return hit ? LEXICON.formats.get(hit.phrase) : undefined;
}

let strongFormatWords: string[] | undefined;
/** The format words that name a format, longest first, listed once (findFormat runs on every message). */
const STRONG_FORMAT_WORDS = (): string[] =>
  (strongFormatWords ??= [...LEXICON.formats.keys()].filter((k) => !WEAK_FORMAT_WORDS.has(k)));

const REFUSED =
  /\b(?:not|no|don't|do not|doesn't|won't|never|instead of|rather than)\s+(?:want\s+|need\s+|like\s+)?(?:an?\s+|the\s+|as\s+|in\s+)?$/;

/** An entity noun occurrence: its type, the word, where it is and whether it is plural. */
export interface EntityNoun {
  type: IntentEntityType;
  word: string;
  index: number;
  plural: boolean;
}

const PLURAL_IRREGULAR = new Set(['people', 'heroes', 'npcs', 'extras', 'sets']);

/** Film jargon "a new set", "three more sets": a location, but only after an article or count ("set the age" is a verb). */
function setNoun(lower: string, word: string, index: number): IntentEntityType | undefined {
  if (word !== 'set' && word !== 'sets') return undefined;
  return /\b(?:a|an|new|more|extra|another|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|few|some|of)\s+(?:[a-z-]+\s+)?$/.test(
    lower.slice(Math.max(0, index - 30), index),
  )
    ? 'location'
    : undefined;
}

/** True when an entity noun of the lexicon is a plural ("goons", "people", "extras"). */
export function isPluralEntityNoun(word: string): boolean {
  if (PLURAL_IRREGULAR.has(word) || !word.endsWith('s')) return PLURAL_IRREGULAR.has(word);
  // "places" and "scenes" drop an -s, "witnesses" an -es.
  return (
    LEXICON.entityNouns.has(word.slice(0, -1)) ||
    (word.endsWith('es') && LEXICON.entityNouns.has(word.slice(0, -2)))
  );
}

/** Every entity noun in order ("characters", "scene", "locations"…). */
export function findEntityNouns(lower: string): EntityNoun[] {
  const out: EntityNoun[] = [];
  for (const m of lower.matchAll(/[a-z]+/g)) {
    const type = LEXICON.entityNouns.get(m[0]) ?? setNoun(lower, m[0], m.index ?? 0);
    if (!type) continue;
    out.push({ type, word: m[0], index: m.index ?? 0, plural: isPluralEntityNoun(m[0]) });
  }
  return out;
}

/** The first production noun ("short film", "commercial", "video") and its index. */
export function findProductionNoun(lower: string): { phrase: string; index: number } | undefined {
  return findPhrase(lower, LEXICON.productionNouns);
}

/** Any word the tables know as vocabulary cannot be a name on its own (e.g. "Fountain", "Storyboard"). */
export function isVocabulary(word: string): boolean {
  const w = word.toLowerCase().replace(/'s$/, '');
  return (
    LEXICON.commonWords.has(w) ||
    LEXICON.demonyms.has(w) ||
    parseNumber(w) !== undefined ||
    LEXICON.entityNouns.has(w) ||
    LEXICON.steps.has(w) ||
    LEXICON.formats.has(w) ||
    LEXICON.relations.has(w) ||
    LEXICON.genderWords.has(w) ||
    LEXICON.moods.has(w) ||
    LEXICON.occupations.has(w) ||
    LEXICON.politeOpeners.includes(w) ||
    LEXICON.openingExclamations.includes(w) ||
    LEXICON.closingCourtesies.includes(w) ||
    LEXICON.productionNouns.includes(w) ||
    LEXICON.genres.includes(w) ||
    isDemonym(w) ||
    WEEKDAYS_PLURAL.test(w) ||
    requestVerbs().has(w)
  );
}

let verbWords: Set<string> | undefined;

/**
 * The one-word phrases of the lexicon's intent verb classes: "Retcon: …" or "Rehearse …" opens a request, "Thx"
 * thanks, neither is a name.
 */
function requestVerbs(): Set<string> {
  verbWords ??= oneWordPhrases(
    [...LEXICON.intentVerbClasses.values()].flat().map((cls) => LEXICON.verbs.get(cls) ?? []),
  );
  return verbWords;
}

/** The one-word phrases of some phrase lists, lower case as the lexicon writes them. */
export function oneWordPhrases(lists: readonly (readonly string[])[]): Set<string> {
  return new Set(lists.flat().filter((p) => !p.includes(' ')));
}

/** "on Tuesdays": the days of the week in the plural (the lexicon's common words hold the singular). */
const WEEKDAYS_PLURAL = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/;
