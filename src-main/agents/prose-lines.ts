// Quoted speech in a prose scene, each quote given to the character named nearest to it ("You're late," said Thomas).
import type { ProseCharacter } from '../brains/offline/language/prose-types';
import type { ProseScene } from './analysis/prose-analysis-types';

/** How far from a quote (in characters) a name may be and still be its speaker. */
const REACH = 80;
const QUOTE = /“([^”]{1,2000})”|"([^"\n]{1,2000})"/g;

/**
 * The scene's dialogue in order, by speaker id: the character with a mention closest to the quote, in the same
 * paragraph and within REACH characters. A quote nobody is named near stays without a speaker.
 */
export function proseLines(
  text: string,
  scene: Pick<ProseScene, 'start' | 'end'>,
  characters: readonly Pick<ProseCharacter, 'name' | 'spans'>[],
  ids: ReadonlyMap<string, string>,
): { characterId?: string; text: string }[] {
  const body = text.slice(scene.start, scene.end);
  const mentions = characters.flatMap((c) =>
    c.spans
      .filter((s) => s.start >= scene.start && s.end <= scene.end)
      .map((s) => ({ id: ids.get(c.name), start: s.start - scene.start, end: s.end - scene.start })),
  );
  const out: { characterId?: string; text: string }[] = [];
  for (const m of body.matchAll(QUOTE)) {
    const start = m.index;
    const end = start + m[0].length;
    let best: { id?: string | undefined; d: number } = { d: REACH + 1 };
    for (const n of mentions) {
      const d = n.end <= start ? start - n.end : n.start >= end ? n.start - end : REACH + 1;
      const between = n.end <= start ? body.slice(n.end, start) : body.slice(end, n.start);
      if (d < best.d && !between.includes('\n\n')) best = { id: n.id, d };
    }
    const quote = (m[1] ?? m[2] ?? '').trim();
    out.push(best.id && best.d <= REACH ? { characterId: best.id, text: quote } : { text: quote });
  }
  return out;
}
