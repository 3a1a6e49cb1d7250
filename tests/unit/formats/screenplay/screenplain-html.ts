// Test helper: reads screenplain's expected-HTML files and flattens documents into comparable items.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { toRuns } from '../../../../src-main/formats/screenplay/dialogue-blocks';
import type { ScreenplayDocument } from '../../../../src-main/formats/screenplay/types';

/** Where the shared evaluation data lives (repo sibling by default). */
export const EVAL_FOUNTAIN = process.env.STORYLOOM_EVAL_DIR
  ? path.join(process.env.STORYLOOM_EVAL_DIR, 'fountain')
  : path.resolve(process.cwd(), '../shared/eval/fountain');

export function fountainFiles(sub: string): string[] {
  return readdirSync(path.join(EVAL_FOUNTAIN, sub))
    .filter((f) => f.endsWith('.fountain'))
    .sort();
}

/** One comparable unit of a screenplay, independent of the document model. */
export type Item =
  | { kind: 'scene'; heading: string; number?: string }
  | { kind: 'action'; text: string }
  | { kind: 'transition'; text: string }
  | { kind: 'section'; text: string; depth: number }
  | { kind: 'synopsis'; text: string }
  | { kind: 'page_break' }
  | { kind: 'dialogue'; character: string; parts: string[]; dual?: 'left' | 'right' };

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Cue as printed by screenplain ("HANS (on the radio)") → bare speaker name. */
function bareCue(cue: string): string {
  return cue.replace(/\s*\(.*$/, '').trim();
}

function dialogueFrom(inner: string, dual?: 'left' | 'right'): Item {
  const paragraphs = [...inner.matchAll(/<p( class="([a-z]+)")?>([\s\S]*?)<\/p>/g)];
  const character = bareCue(decode(paragraphs.find((p) => p[2] === 'character')?.[3] ?? ''));
  const parts = paragraphs.filter((p) => p[2] !== 'character').map((p) => decode(p[3] ?? '').trim());
  return dual ? { kind: 'dialogue', character, parts, dual } : { kind: 'dialogue', character, parts };
}

/** Reads screenplain's HTML output into items, in document order. */
export function itemsFromHtml(html: string): Item[] {
  const items: Item[] = [];
  const pattern =
    /<h([1-6])([^>]*)>([\s\S]*?)<\/h\1>|<span class="h\d-synopsis">([\s\S]*?)<\/span>|<div class="dual">([\s\S]*?)<br \/><\/div>|<div class="dialog">([\s\S]*?)<\/div>|<div class="action">([\s\S]*?)<\/div>|<div class="transition">([\s\S]*?)<\/div>/g;
  for (const m of html.matchAll(pattern)) {
    if (m[1] === '6') {
      if ((m[2] ?? '').includes('page-break')) items.push({ kind: 'page_break' });
      const number = /<span class="scnuml">([^<]*)<\/span>/.exec(m[3] ?? '')?.[1];
      const heading = decode((m[3] ?? '').replace(/<span class="scnum[lr]">[^<]*<\/span>/g, '')).trim();
      items.push(number ? { kind: 'scene', heading, number } : { kind: 'scene', heading });
    } else if (m[1]) items.push({ kind: 'section', text: decode(m[3] ?? '').trim(), depth: Number(m[1]) });
    else if (m[4] !== undefined) items.push({ kind: 'synopsis', text: decode(m[4]).trim() });
    else if (m[5] !== undefined) {
      const left = /<div class="left">([\s\S]*?)<\/div>/.exec(m[5])?.[1] ?? '';
      const right = /<div class="right">([\s\S]*?)<\/div>/.exec(m[5])?.[1] ?? '';
      items.push(dialogueFrom(left, 'left'), dialogueFrom(right, 'right'));
    } else if (m[6] !== undefined) items.push(dialogueFrom(m[6]));
    else if (m[7] !== undefined) {
      for (const p of m[7].matchAll(/<p>([\s\S]*?)<\/p>/g))
        items.push({ kind: 'action', text: decode(p[1] ?? '') });
    } else if (m[8] !== undefined)
      items.push({ kind: 'transition', text: decode(m[8]).trim().toUpperCase() });
  }
  return items;
}

/** Flattens a parsed document into the same items (centered/lyric text counts as action). */
export function itemsFromDoc(doc: ScreenplayDocument): Item[] {
  const items: Item[] = [];
  const addElements = (elements: ScreenplayDocument['preamble']): void => {
    for (const run of toRuns(elements)) {
      if (run.kind === 'dialogue') {
        const parts = run.elements.flatMap((e) =>
          e.type === 'parenthetical' ? [e.text] : e.text.split('\n'),
        );
        items.push(
          run.dual
            ? { kind: 'dialogue', character: run.character, parts, dual: run.dual }
            : { kind: 'dialogue', character: run.character, parts },
        );
        continue;
      }
      const e = run.element;
      if (e.type === 'transition') items.push({ kind: 'transition', text: e.text.toUpperCase() });
      else if (e.type === 'section') items.push({ kind: 'section', text: e.text, depth: e.depth ?? 1 });
      else if (e.type === 'synopsis') items.push({ kind: 'synopsis', text: e.text });
      else if (e.type === 'page_break') items.push({ kind: 'page_break' });
      else items.push({ kind: 'action', text: e.text });
    }
  };
  addElements(doc.preamble);
  for (const scene of doc.scenes) {
    items.push(
      scene.sceneNumber
        ? { kind: 'scene', heading: scene.heading, number: scene.sceneNumber }
        : { kind: 'scene', heading: scene.heading },
    );
    addElements(scene.elements);
  }
  return items;
}
