// The name mentions of an idea: the prose finder's, with initials joined to their names and word-names kept.
import type { DocStats } from './doc-stats';
import { isEnglishWord, isWordAndName, readsAsPersonAfter } from './everyday-words';
import { findNameMentions, type NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { HONORIFICS } from './word-tables';

/** Every name mention of the idea, with `extra` ones found otherwise, in text order. */
export function ideaMentions(
  idea: string,
  tokens: readonly Token[],
  stats: DocStats,
  extra: readonly NameMention[],
): NameMention[] {
  const found = findNameMentions(idea, tokens, stats, declaredNames(idea, tokens));
  return joinInitials(
    idea,
    tokens,
    [...found, ...extra].sort((a, b) => a.start - b.start),
  );
}

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
    if (!t.cap || !t.word || tokens[i + 1]?.cap) return;
    const opens = t.sentStart || i === 0 || tokens[i - 1]?.text === ':';
    if (!opens && !isEnglishWord(t.lower) && !NATIONALITY.test(t.lower)) out.add(t.lower);
    if (!isWordAndName(t.lower)) return;
    if (!opens || readsAsPersonAfter(idea.slice(t.end, t.end + 40))) out.add(t.lower);
  });
  return out;
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
