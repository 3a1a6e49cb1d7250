// How much a character matters to the story, 0..1: role, how often they are mentioned, and how connected they are.
import type { Character, Relationship } from '../contract';

/** Weight of each role in a character's importance (a character without a role sits between minor and supporting). */
export const ROLE_WEIGHT: Record<string, number> = {
  protagonist: 1,
  antagonist: 0.85,
  supporting: 0.55,
  minor: 0.2,
  none: 0.35,
};

/**
 * Importance per character id. Mentions (from manuscript analysis) and ties (relationships) are shares of the
 * project's maximum, so the scale holds for 3 characters as for 300; without mentions, role and ties decide.
 */
export function characterImportance(
  characters: readonly Character[],
  relationships: readonly Relationship[],
): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.sourceId, (degree.get(r.sourceId) ?? 0) + 1);
    degree.set(r.targetId, (degree.get(r.targetId) ?? 0) + 1);
  }
  const maxDegree = Math.max(1, ...degree.values());
  const maxMentions = Math.max(0, ...characters.map((c) => c.mentions ?? 0));
  const out = new Map<string, number>();
  for (const c of characters) {
    const role = ROLE_WEIGHT[c.role ?? 'none'] ?? ROLE_WEIGHT.none!;
    const ties = (degree.get(c.id) ?? 0) / maxDegree;
    const score =
      maxMentions > 0
        ? 0.5 * role + 0.3 * ((c.mentions ?? 0) / maxMentions) + 0.2 * ties
        : 0.65 * role + 0.35 * ties;
    out.set(c.id, Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000);
  }
  return out;
}

/** Node diameter in pixels for an importance in 0..1. */
export const importanceSize = (importance: number): number =>
  Math.round(14 + Math.min(1, Math.max(0, importance)) * 30);
