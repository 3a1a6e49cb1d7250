// Matches the scenes of a changed script to a project's scenes by heading and order, so a re-import updates in place.

/** What matching reads of a scene: its heading (order is the list's order). */
export interface MatchableScene {
  heading: string;
}

/** How one incoming scene was matched: to an existing scene's index (by heading or by its place in order), or none. */
export interface SceneMatch {
  incoming: number;
  existing?: number;
  by?: 'heading' | 'order';
}

/** The result: one entry per incoming scene, and the existing scenes nothing matched (in order). */
export interface SceneMatching {
  matches: SceneMatch[];
  unmatched: number[];
}

/** Headings compare without case, spacing, punctuation runs or scene numbers ("INT. DINER – NIGHT #12#"). */
export const headingKey = (heading: string): string =>
  heading
    .toUpperCase()
    .replace(/#[^#]*#\s*$/, '')
    .replace(/[\s\-–—.,:]+/g, ' ')
    .trim();

/**
 * Pass one pairs equal headings, each incoming scene with the unmatched existing scene of that heading nearest
 * its position (so "INT. KITCHEN - DAY" written three times pairs up in order). Pass two pairs a scene whose
 * heading changed with the unmatched existing scene in the same place between two matched neighbours.
 */
export function matchScenes(
  existing: readonly MatchableScene[],
  incoming: readonly MatchableScene[],
): SceneMatching {
  const taken = new Set<number>();
  const matches: SceneMatch[] = incoming.map((_, i) => ({ incoming: i }));
  const byKey = new Map<string, number[]>();
  existing.forEach((s, i) =>
    byKey.set(headingKey(s.heading), [...(byKey.get(headingKey(s.heading)) ?? []), i]),
  );
  incoming.forEach((s, i) => {
    const candidates = (byKey.get(headingKey(s.heading)) ?? []).filter((j) => !taken.has(j));
    if (candidates.length === 0) return;
    const nearest = candidates.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
    taken.add(nearest);
    matches[i] = { incoming: i, existing: nearest, by: 'heading' };
  });
  matchByOrder(matches, existing.length, taken);
  const unmatched = existing.map((_, j) => j).filter((j) => !taken.has(j));
  return { matches, unmatched };
}

/** Pass two: an unmatched incoming scene takes the unmatched existing scene at the same offset from its anchor. */
function matchByOrder(matches: SceneMatch[], existingCount: number, taken: Set<number>): void {
  let anchor = -1; // the existing index of the last matched incoming scene
  let offset = 0;
  for (const m of matches) {
    if (m.existing !== undefined && m.by === 'heading') {
      anchor = m.existing;
      offset = 0;
      continue;
    }
    offset += 1;
    const candidate = anchor + offset;
    const nextAnchor = matches.find((n) => n.incoming > m.incoming && n.by === 'heading')?.existing;
    const inGap = candidate < existingCount && (nextAnchor === undefined || candidate < nextAnchor);
    if (inGap && !taken.has(candidate)) {
      taken.add(candidate);
      m.existing = candidate;
      m.by = 'order';
    }
  }
}
