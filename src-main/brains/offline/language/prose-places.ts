// Groups place-name mentions into locations and guesses interior/exterior from the head word.
import type { NameMention } from './name-mentions';
import type { ProseLocation } from './prose-types';
import { INTERIOR_HEADS, PLACE_HEADS } from './word-tables';

/** Key without a leading article or possessive, so "the Thames" and "Thames" group together. */
function placeKey(m: NameMention): string {
  return m.key.replace(/^the /, '').replace(/ ['’]s\b/g, "'s");
}

/** Builds the location list; mentions of one key form one location. */
export function buildLocations(mentions: readonly NameMention[]): ProseLocation[] {
  const groups = new Map<string, NameMention[]>();
  for (const m of mentions) {
    const k = placeKey(m);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  const out: ProseLocation[] = [];
  for (const [key, ms] of groups) {
    const surfaces = new Map<string, number>();
    for (const m of ms) surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
    const names = [...surfaces.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const head = key.split(' ').pop() ?? '';
    const kind = INTERIOR_HEADS.has(head)
      ? 'interior'
      : PLACE_HEADS.has(head) || !key.includes(' ')
        ? 'exterior'
        : undefined;
    out.push({
      name: names[0]!,
      aliases: names.slice(1),
      mentions: ms.length,
      ...(kind ? { kind } : {}),
      spans: ms.map((m) => ({ start: m.start, end: m.end })),
    });
  }
  return out.sort((a, b) => b.mentions - a.mentions || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}
