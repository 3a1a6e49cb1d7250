// Fast linear tokenizer for prose: words and punctuation with offsets, sentence and paragraph ids.
import { isEnglishWord } from './everyday-words';
import { isPlaceHead } from './places';
import { ABBREVIATIONS } from './word-tables';

/** One token of the manuscript. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation and quotes. */
  word: boolean;
  /** First letter upper-case and the word is not ALL CAPS (headings, shouting). */
  cap: boolean;
  /** First word of a sentence (or of a quotation), where capitalisation says little. */
  sentStart: boolean;
  /** First token of its line (pre-tokenised texts put each sentence on a line: a quote there opens). */
  lineStart: boolean;
  sent: number;
  para: number;
}

// Words keep inner apostrophes/hyphens ("O'Brien", "don't", "chimney-pots"); a trailing possessive
// 's is split off below so "Walter's" and pre-tokenised "Walter 's" give the same tokens.
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|``|''|--+|['’]s\b|\S/gu;
const SENT_END = new Set(['.', '!', '?']);
const OPEN_QUOTES = new Set(['``', '“', '‘', '"', "'", '(', '[']);
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LOWER_COMPOUND_END = /-(\p{Ll}\p{L}*)$/u;
const NAME_SYLLABLE = /^\p{Ll}{2,4}$/u;

/** "Min-jun", "Seo-yeon", "Ji-woo": a given name ending in a short lower-case syllable that is no English word. */
export function isSyllableName(raw: string): boolean {
  const end = LOWER_COMPOUND_END.exec(raw)?.[1];
  if (end === undefined || !NAME_SYLLABLE.test(end)) return false;
  // "Ji-woo", "Da-eun", "Seung-ho": after a syllable that is no English word, the last may be one ("woo").
  const head = /^\p{Lu}\p{Ll}{1,4}-/u.exec(raw)?.[0].slice(0, -1).toLowerCase();
  // A longer last syllable only after a two-letter first ("Ji-hoon", not "Leeds-born").
  const short = head !== undefined && (end.length <= 3 || (head.length <= 2 && end.length <= 4));
  return !isEnglishWord(end) || (short && !isEnglishWord(head));
}

/** "God-fearing", "London-born": a compound ending in a lower-case word is an adjective ("Newgate-street" a street). */
function adjectiveCompound(raw: string): boolean {
  const end = LOWER_COMPOUND_END.exec(raw)?.[1];
  return end !== undefined && !isPlaceHead(end) && !isSyllableName(raw);
}

const ABBREVIATION_STOP = new RegExp(String.raw`\b(${[...ABBREVIATIONS].join('|')})\.`, 'gi');

/** The text with the full stop after an abbreviation ("St.", "vs.") dropped, so it reads as no sentence's end. */
export function withoutAbbreviationStops(text: string): string {
  return text.replace(ABBREVIATION_STOP, '$1');
}

/** Splits text into tokens in one pass; offsets always index the original string. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sent = 0;
  let para = 0;
  let lastEnd = 0;
  let startNext = true;
  let lineStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const gap = text.slice(lastEnd, start);
    lineStart = out.length === 0 || gap.includes('\n');
    if (lineStart) {
      const blank = /\n[ \t\r]*\n/.test(gap);
      if (blank) para++;
      // A line break starts a sentence only after sentence-final punctuation or a blank line:
      // hard-wrapped prose breaks lines mid-sentence.
      const prev = out[out.length - 1];
      if (blank || !prev || SENT_END.has(prev.text) || prev.text === "''" || prev.text === '”') {
        if (!startNext) sent++;
        startNext = true;
      }
    }
    lastEnd = start + raw.length;
    const isWord = /^[\p{L}\p{N}]/u.test(raw);
    // Split a trailing possessive: "Walter's" -> "Walter" + "'s".
    let poss: string | null = null;
    if (isWord && raw.length > 2 && /['’]s$/.test(raw) && !/['’].*['’]s$/.test(raw)) {
      poss = raw.slice(-2);
      raw = raw.slice(0, -2);
    }
    push(raw, start, isWord);
    lineStart = false;
    if (poss) push(poss, start + raw.length, false);
  }
  return out;

  function push(raw: string, start: number, isWord: boolean): void {
    const cap =
      isWord && UPPER_START.test(raw) && (raw.length === 1 || HAS_LOWER.test(raw)) && !adjectiveCompound(raw);
    out.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      word: isWord,
      cap,
      sentStart: isWord && startNext,
      lineStart,
      sent,
      para,
    });
    if (isWord) {
      startNext = false;
    } else if (SENT_END.has(raw)) {
      const prev = out[out.length - 2];
      // "Mr." / "St." do not end a sentence.
      if (!(prev && prev.word && ABBREVIATIONS.has(prev.lower))) {
        sent++;
        startNext = true;
      }
    } else if (OPEN_QUOTES.has(raw) && isOpening(out.length - 1)) {
      startNext = true;
    }
  }

  function isOpening(i: number): boolean {
    const t = out[i];
    if (!t) return false;
    if (t.text === '``' || t.text === '“' || t.text === '‘' || t.text === '(' || t.text === '[') return true;
    // Straight quotes: opening when followed directly by a letter.
    const next = text.charAt(t.end);
    return /[\p{L}]/u.test(next) || (next === ' ' && /[\p{Lu}]/u.test(text.charAt(t.end + 1)));
  }
}

/**
 * "MISS JEMIMA", "DAGGOO." (a speaker's label): a word in capitals that the text also writes capitalised mid-sentence
 * is that name shouted or set as a label, so it counts as capitalised. Other words in capitals (headings) do not.
 */
export function withShoutedNames(tokens: readonly Token[]): Token[] {
  const named = new Set<string>();
  for (const t of tokens) if (t.cap && !t.sentStart) named.add(t.lower);
  return tokens.map((t) =>
    t.word && !t.cap && t.text.length > 1 && !HAS_LOWER.test(t.text) && named.has(t.lower)
      ? { ...t, cap: true }
      : t,
  );
}
