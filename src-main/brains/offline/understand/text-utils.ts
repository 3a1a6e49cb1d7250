// Small text helpers shared by the message rules: normalising, phrase search, title case.

/** Escapes a literal for use inside a RegExp. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalises typographic quotes/dashes so rules only deal with ASCII punctuation (length-preserving). */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/**
 * A message pasted from a chat or notes app as plain words: bold and code marks ("**Ada**", "`tram driver`"),
 * heading hashes and quote marks at line starts go; a hashtag ("#cast") stays.
 */
export function dropMarkdown(text: string): string {
  return text.replace(/\*\*|__|`+/g, '').replace(/^[ \t]*(?:#{1,6}|>+)[ \t]+/gm, '');
}

const REGEX_CACHE = new Map<string, RegExp>();

/** Whole-word regex for a phrase, compiled once (the tables are fixed, so the cache stays bounded). */
function phraseRegex(p: string): RegExp {
  let re = REGEX_CACHE.get(p);
  if (!re) {
    re = new RegExp(`(?:^|[^a-z0-9-])(${escapeRegex(p)})(?![a-z0-9]|-[a-z])`, 'i');
    REGEX_CACHE.set(p, re);
  }
  return re;
}

/** Finds the first phrase (whole words, case-insensitive) from a longest-first list; returns it and its index. */
export function findPhrase(
  lower: string,
  phrases: Iterable<string>,
): { phrase: string; index: number } | undefined {
  let best: { phrase: string; index: number } | undefined;
  for (const p of phrases) {
    const m = phraseRegex(p).exec(lower);
    if (!m) continue;
    const index = m.index + m[0].length - p.length;
    // Earliest match wins; at the same index the longer phrase (seen first) stays.
    if (!best || index < best.index) best = { phrase: p, index };
  }
  return best;
}

/** Title-cases a phrase: "abandoned lighthouse" → "Abandoned Lighthouse" (small words stay lower inside). */
export function titleCase(phrase: string): string {
  const small = new Set(['of', 'the', 'a', 'an', 'and', 'on', 'in', 'at', 'by', 'to', 'for']);
  return phrase
    .trim()
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

/** Removes a leading article ("a", "an", "the"). */
export function stripArticle(phrase: string): string {
  return phrase.replace(/^(?:a|an|the)\s+/i, '');
}

/** Trims whitespace and trailing punctuation from a phrase. */
export function cleanPhrase(phrase: string): string {
  return phrase.trim().replace(/^[,;:\s"']+|[.,;:!?\s"']+$/g, '');
}

/**
 * The text before `at` as a test of what precedes a word sees it: all of it near the start; further in, its
 * last `span` characters after a line break, which no test anchored at the start can take for the message's
 * opening. Testing the whole prefix for every word made a pasted chapter cost time in the square of its length;
 * every such test looks back a few words at most.
 */
export function textBefore(text: string, at: number, span = 120): string {
  return at <= span ? text.slice(0, at) : `\n${text.slice(at - span, at)}`;
}
