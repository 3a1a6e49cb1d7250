// Turns person clusters into the public character list (name, aliases, importance, spans).
import type { PersonCluster } from './person-clusters';
import type { ProseCharacter } from './prose-types';

/** Characters with at least this many name mentions (or quotations spoken) are "major". */
export const MAJOR_MIN_MENTIONS = 3;

/**
 * Public view of the clusters, most mentioned first. `lines` counts the quotations each name key speaks: a
 * character who talks a lot is major even when the narration seldom names them.
 */
export function buildCharacters(
  clusters: readonly PersonCluster[],
  lines: ReadonlyMap<string, number> = new Map(),
): ProseCharacter[] {
  const out: ProseCharacter[] = clusters.map((c) => {
    const keys = new Set(c.mentions.map((m) => m.key));
    let speeches = 0;
    for (const k of keys) speeches += lines.get(k) ?? 0;
    // Display name: the most complete form, then the most frequent one.
    const forms = [...c.surfaces.entries()].sort(
      (a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const name = forms[0]![0];
    const spans = c.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
    return {
      name,
      aliases: forms.slice(1).map(([s]) => s),
      mentions: c.count,
      importance: c.count >= MAJOR_MIN_MENTIONS || speeches >= MAJOR_MIN_MENTIONS ? 'major' : 'minor',
      ...(speeches > 0 ? { speeches } : {}),
      ...(c.gender ? { gender: c.gender } : {}),
      spans,
    };
  });
  return out.sort((a, b) => b.mentions - a.mentions || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

/** Name words of a form: titles and the narrator's epithets ("poor Queequeg", "old Bildad") do not make it fuller. */
function wordCount(s: string): number {
  return s
    .split(' ')
    .filter((w) => !/^(mr|mrs|miss|ms|dr|sir|lady|lord|poor|old|young|little|dear|good|honest)\.?$/i.test(w))
    .length;
}
