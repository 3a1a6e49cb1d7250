// Turns person clusters into the public character list (name, aliases, importance, spans).
import type { PersonCluster } from './person-clusters';
import type { ProseCharacter } from './prose-types';

/** Characters with at least this many name mentions are "major". */
export const MAJOR_MIN_MENTIONS = 3;

/** Public view of the clusters, most mentioned first. */
export function buildCharacters(clusters: readonly PersonCluster[]): ProseCharacter[] {
  const out: ProseCharacter[] = clusters.map((c) => {
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
      importance: c.count >= MAJOR_MIN_MENTIONS ? 'major' : 'minor',
      ...(c.gender ? { gender: c.gender } : {}),
      spans,
    };
  });
  return out.sort((a, b) => b.mentions - a.mentions || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

function wordCount(s: string): number {
  return s.split(' ').filter((w) => !/^(mr|mrs|miss|ms|dr|sir|lady|lord)\.?$/i.test(w)).length;
}
