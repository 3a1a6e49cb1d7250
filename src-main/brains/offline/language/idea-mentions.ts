// The name mentions of an idea: the prose finder's, with initials joined to their names and word-names kept.
import type { DocStats } from './doc-stats';
import { isEnglishWord, isWordAndName, readsAsPersonAfter } from './everyday-words';
import { findNameMentions, type NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { HONORIFICS } from './word-tables';
import { DATELINE_AFTER, WEEKDAYS } from './brief-words';
import { isQuoteMark } from './dialogue-cues';

/** Every name mention of the idea, with `extra` ones found otherwise, in text order. */
export function ideaMentions(
  idea: string,
  tokens: readonly Token[],
  stats: DocStats,
  extra: readonly NameMention[],
): NameMention[] {
  const found = findNameMentions(idea, tokens, stats, declaredNames(idea, tokens));
  const joined = joinInitials(
    idea,
    tokens,
    [...found, ...extra].sort((a, b) => a.start - b.start),
  );
  return joinNicknames(idea, tokens, joined);
}

/** ", 19," or " (19)" right after a word: the age of the person it names. */
const AGE_AFTER = /^(?:\s*,\s*\d{1,2}\s*,|\s*\(\s*\d{1,2}\s*\))/;

/** "British", "Maltese": a nationality is no name, though no English word list may hold it. */
const NATIONALITY = /(?:ish|ese)$/;

/**
 * Names the prose finder would drop for what the rest of the text does with them, declared so it keeps them: a word
 * that is no English word, capitalised inside a sentence even if typed in lower case elsewhere ("point guard Keisha
 * … keisha's"); a first name that is a word too ("Grace", "Will", "Hope") capitalised inside a sentence ("picks up
 * Will"), or opening one the way a person's name does ("Hope runs a pawnshop", "Grace, a cabbie").
 */
function declaredNames(idea: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    // "Frank Kowalski", "meets Grace Lin": a first name that is a word too, before a surname that is none.
    // "Inspector Joy Mensah": after a title, whatever the first name is.
    const title = titleBefore(tokens, i);
    const firstName = isWordAndName(t.lower) || (title !== undefined && isEnglishWord(t.lower));
    if (t.cap && next?.cap && next.word && firstName && !isEnglishWord(next.lower))
      out.add(`${t.lower} ${next.lower}`);
    // "by Friday": a weekday is not declared a name (months are: "June" is a name as often as a month).
    if (!t.cap || !t.word || next?.cap || WEEKDAYS.has(t.lower)) return;
    const opens = t.sentStart || i === 0 || tokens[i - 1]?.text === ':';
    // "Bath, 1812.": a word opening a dateline is where, even when it is an everyday word too.
    if (opens && DATELINE_AFTER.test(idea.slice(t.end))) out.add(t.lower);
    // "Maya, 19, gets a job": a word with an age after it is a person's name, though it is an English word too.
    if (AGE_AFTER.test(idea.slice(t.end))) out.add(t.lower);
    // "the young Sister Patience", "Dr. Hope": a word after a capitalised title is the name it titles.
    if (title) out.add(`${title.lower} ${t.lower}`).add(t.lower);
    if (!opens && !isEnglishWord(t.lower) && !NATIONALITY.test(t.lower)) out.add(t.lower);
    if (!isWordAndName(t.lower)) return;
    if (!opens || readsAsPersonAfter(idea.slice(t.end, t.end + 40))) out.add(t.lower);
  });
  return out;
}

/** The capitalised title ("Sister", "Dr.") right before the word at `i`, if any. */
function titleBefore(tokens: readonly Token[], i: number): Token | undefined {
  const title = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return title?.cap === true && HONORIFICS.has(title.lower) ? title : undefined;
}

/**
 * "Dr. R. Okafor", "Inspector A. J. Khan": the full stop after an initial ends no name, so the initials (and a title
 * before them) join the name after them, replacing any part found alone ("Dr. R").
 */
function joinInitials(
  idea: string,
  tokens: readonly Token[],
  mentions: readonly NameMention[],
): NameMention[] {
  const out: NameMention[] = [];
  for (const n of mentions) {
    let k = n.first;
    const initials: string[] = [];
    while (tokens[k - 1]?.text === '.' && /^\p{Lu}$/u.test(tokens[k - 2]?.text ?? '')) {
      initials.unshift(`${tokens[k - 2]!.text}.`);
      k -= 2;
    }
    if (initials.length === 0) {
      out.push(n);
      continue;
    }
    const title = tokens[k - 1]?.text === '.' ? k - 2 : k - 1;
    const honorific = HONORIFICS.has(tokens[title]?.lower ?? '') ? tokens[title]!.text : undefined;
    const first = honorific ? title : k;
    while (out.length > 0 && out[out.length - 1]!.last > first) out.pop();
    const words = [...initials, ...n.words];
    const start = tokens[first]!.start;
    out.push({
      ...n,
      ...(honorific ? { honorific } : {}),
      words,
      key: words.join(' ').toLowerCase(),
      surface: idea.slice(start, n.end),
      start,
      first,
      initial: tokens[first]!.sentStart,
    });
  }
  return out;
}

/** A quote mark around a nickname: any quotation mark, or the straight apostrophe ("Teodor 'Teddy' Nowak"). */
const quotes = (t: Token | undefined): boolean => isQuoteMark(t) || t?.text === "'";

/**
 * "Teodor 'Teddy' Nowak", 'Tomás "El Toro" Herrera': a quoted nickname of one to three words between a first name and
 * a surname is part of one person's name, which is the first name and the surname.
 */
function joinNicknames(idea: string, tokens: readonly Token[], mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const close = closingQuote(tokens, a.last);
    const j = close === undefined ? -1 : mentions.findIndex((m, k) => k > i && m.first === close + 1);
    if (j < 0) {
      out.push(a);
      continue;
    }
    const b = mentions[j]!;
    const words = [...a.words, ...b.words];
    const key = words.join(' ').toLowerCase();
    out.push({ ...a, words, key, surface: idea.slice(a.start, b.end), end: b.end, last: b.last });
    i = j;
  }
  return out;
}

/** The index of the quote closing a quoted run of one to three capitalised words opening at `open`. */
function closingQuote(tokens: readonly Token[], open: number): number | undefined {
  if (!quotes(tokens[open])) return undefined;
  for (let k = open + 1; k <= open + 4; k++) {
    const t = tokens[k];
    if (!t) return undefined;
    if (quotes(t)) return k > open + 1 ? k : undefined;
    if (!t.word || !t.cap) return undefined;
  }
  return undefined;
}
