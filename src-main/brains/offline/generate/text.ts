// Small English helpers for the template-based generators: slugs, casing, verb forms, slot filling.

/** Lower-case, dash-separated key fragment. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  'who',
  'or',
]);

/** Title Case that keeps short function words lower-case (except the first). */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : capitalize(w)))
    .join(' ');
}

/** 'a' or 'an' before a word (by spelling, good enough for generated prose). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}

const IRREGULAR_BASE: Record<string, string> = { is: 'be', has: 'have', does: 'do', goes: 'go', was: 'be' };

/** Third-person present → base form of the first word of a verb phrase ("learns to paint" → "learn to paint"). */
export function baseVerbPhrase(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  const w = first.toLowerCase();
  let base = w;
  if (IRREGULAR_BASE[w]) base = IRREGULAR_BASE[w]!;
  else if (/[^aeiou]ies$/.test(w)) base = w.slice(0, -3) + 'y';
  else if (/(ss|sh|ch|x|zz|o)es$/.test(w)) base = w.slice(0, -2);
  else if (/[^su]s$/.test(w)) base = w.slice(0, -1);
  return [base, ...rest].join(' ');
}

const IRREGULAR_GERUND: Record<string, string> = {
  be: 'being',
  die: 'dying',
  lie: 'lying',
  see: 'seeing',
  flee: 'fleeing',
};

/** Base-form verb phrase → gerund phrase ("learn to paint" → "learning to paint"). */
export function gerundPhrase(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  const w = first.toLowerCase();
  let g: string;
  if (IRREGULAR_GERUND[w]) g = IRREGULAR_GERUND[w]!;
  else if (/ie$/.test(w)) g = w.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(w)) g = w.slice(0, -1) + 'ing';
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(w) && w.length <= 4) g = w + w.slice(-1) + 'ing';
  else g = w + 'ing';
  return [g, ...rest].join(' ');
}

/** Third-person present of a base-form verb phrase ("learn to paint" → "learns to paint"). */
export function thirdPersonPhrase(phrase: string): string {
  const [first = '', ...rest] = phrase.trim().split(/\s+/);
  const w = first.toLowerCase();
  let t: string;
  if (w === 'be') t = 'is';
  else if (w === 'have') t = 'has';
  else if (/[^aeiou]y$/.test(w)) t = w.slice(0, -1) + 'ies';
  else if (/(s|sh|ch|x|z|o)$/.test(w)) t = w + 'es';
  else t = w + 's';
  return [t, ...rest].join(' ');
}

/** Replaces {slot} markers; unknown slots are left visible so table bugs show in tests. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in slots ? slots[k]! : m))
    .replace(/\s{2,}/g, ' ');
}

/** "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Content words (≥ 4 letters, not stop-words) used for coherence checks and keyword matching. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w));
}

const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'they',
  'their',
  'them',
  'what',
  'when',
  'where',
  'which',
  'while',
  'into',
  'about',
  'have',
  'before',
  'after',
  'must',
  'will',
  'would',
  'there',
  'then',
  'than',
  'only',
  'even',
  'just',
  'every',
  'being',
]);

/** Rounds to a given number of decimals (stable output for deep-equality tests). */
export function round(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** "the Auction House", "the paintbrushes" — unless the phrase already has a determiner. */
export function withThe(phrase: string): string {
  return /^(the|a|an|his|her|their|one)\s/i.test(phrase) || /'s\s/.test(phrase) ? phrase : `the ${phrase}`;
}
