// Splits a manuscript into scenes (headings/breaks, else ~1000-word chunks) and fills in their cast.
import type { Token } from '../../brains/offline/language/tokenize';
import type { ProseCharacter, ProseLocation } from '../../brains/offline/language/prose-types';
import type { ProseScene } from './prose-analysis-types';
import { findSceneBreaks } from '../../formats/manuscript/scene-breaks';

/** Scenes longer than this are chunked at paragraph (else sentence) boundaries. */
const MAX_WORDS = 1500;
const TARGET_WORDS = 1000;

interface Range {
  start: number;
  end: number;
  title?: string;
}

/** Builds scenes covering the text; every scene has at least one word. */
export function splitScenes(
  text: string,
  tokens: readonly Token[],
  characters: readonly ProseCharacter[],
  locations: readonly ProseLocation[],
  file?: string,
): ProseScene[] {
  const ranges: Range[] = [];
  let cur: Range = { start: 0, end: text.length };
  for (const b of findSceneBreaks(text)) {
    if (b.at <= cur.start) {
      if (b.title) cur.title = b.title;
      continue;
    }
    ranges.push({ ...cur, end: b.at });
    cur = { start: b.at, end: text.length, ...(b.title ? { title: b.title } : {}) };
  }
  ranges.push(cur);
  // Token ranges per scene (tokens are sorted by offset), chunking long ones.
  const scenes: ProseScene[] = [];
  let ti = 0;
  for (const r of ranges) {
    const from = ti;
    while (ti < tokens.length && tokens[ti]!.start < r.end) ti++;
    for (const [a, b] of chunk(tokens, from, ti)) {
      const start = a === from ? r.start : tokens[a]!.start;
      const end = b === ti ? r.end : tokens[b]!.start;
      let words = 0;
      for (let k = a; k < b; k++) if (tokens[k]!.word) words++;
      if (words === 0) continue;
      const number = scenes.length + 1;
      const title =
        a === from && r.title ? r.title : number === 1 && file ? baseName(file) : `Scene ${number}`;
      const time = passageTime(text.slice(start, end));
      scenes.push({
        number,
        title,
        start,
        end,
        summary: summarize(text, tokens, a, b),
        characterNames: [],
        wordCount: words,
        ...(a === from && r.title ? { fromHeading: true } : {}),
        ...(time ? { timeOfDay: time } : {}),
      });
    }
  }
  assignCast(scenes, characters, locations);
  return scenes;
}

// Splits tokens [from, to) into chunks of ~TARGET_WORDS at paragraph, else sentence, boundaries.
function chunk(tokens: readonly Token[], from: number, to: number): [number, number][] {
  let total = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.word) total++;
  if (total <= MAX_WORDS) return [[from, to]];
  const paras = new Set<number>();
  for (let k = from; k < to; k++) paras.add(tokens[k]!.para);
  const usePara = paras.size > total / MAX_WORDS;
  const out: [number, number][] = [];
  let start = from;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    const boundary =
      prev !== undefined && k > start && (usePara ? t.para !== prev.para : t.sent !== prev.sent);
    if (boundary && words >= TARGET_WORDS && total - words > TARGET_WORDS / 3) {
      out.push([start, k]);
      total -= words;
      start = k;
      words = 0;
    }
    if (t.word) words++;
  }
  out.push([start, to]);
  return out;
}

// Summary: the first sentence or two, capped at ~200 characters.
function summarize(text: string, tokens: readonly Token[], a: number, b: number): string {
  const firstSent = tokens[a]!.sent;
  let end = a;
  while (end < b && tokens[end]!.sent <= firstSent + 1 && tokens[end]!.end - tokens[a]!.start < 200) end++;
  const last = tokens[Math.max(a, end - 1)]!;
  return text.slice(tokens[a]!.start, last.end).replace(/\s+/g, ' ').trim();
}

function assignCast(
  scenes: ProseScene[],
  characters: readonly ProseCharacter[],
  locations: readonly ProseLocation[],
): void {
  const find = (pos: number): number => {
    let lo = 0;
    let hi = scenes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (scenes[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const charCounts = scenes.map(() => new Map<string, number>());
  const locCounts = scenes.map(() => new Map<string, number>());
  for (const c of characters) for (const s of c.spans) bump(charCounts[find(s.start)], c.name);
  for (const l of locations) for (const s of l.spans) bump(locCounts[find(s.start)], l.name);
  scenes.forEach((s, i) => {
    s.characterNames = [...charCounts[i]!.entries()].sort((x, y) => y[1] - x[1]).map(([n]) => n);
    const top = [...locCounts[i]!.entries()].sort((x, y) => y[1] - x[1])[0];
    if (top) s.locationName = top[0];
  });
}

function bump(m: Map<string, number> | undefined, k: string): void {
  if (m) m.set(k, (m.get(k) ?? 0) + 1);
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Times of day a passage names, first match wins (a night scene that mentions "morning" later stays night). */
const PASSAGE_TIMES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:night|midnight|nighttime|tonight)\b/i, 'night'],
  [/\b(?:dawn|sunrise|daybreak)\b/i, 'dawn'],
  [/\b(?:dusk|sunset|twilight)\b/i, 'dusk'],
  [/\b(?:evening)\b/i, 'evening'],
  [/\b(?:morning)\b/i, 'morning'],
  [/\b(?:afternoon|noon|midday)\b/i, 'day'],
];

/** The time of day a passage names, if any: the earliest mention in the text. */
function passageTime(passage: string): string | undefined {
  let best: { at: number; time: string } | undefined;
  for (const [re, time] of PASSAGE_TIMES) {
    const at = passage.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, time };
  }
  return best?.time;
}
