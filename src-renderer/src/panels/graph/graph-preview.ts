// What a simulated scene (waiting for its verdict, or still playing) would do to the edges: today's values plus its deltas.
import type { Relationship, Simulation } from '../../contract';
import type { EdgePreview } from './graph-elements';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Proposed values per existing relationship (pins hold, as they will when the scene is kept). */
export function previewValues(
  sim: Pick<Simulation, 'changes'> | null,
  relationships: readonly Relationship[],
): Map<string, EdgePreview> {
  const out = new Map<string, EdgePreview>();
  if (!sim) return out;
  const byId = new Map(relationships.map((r) => [r.id, r]));
  for (const change of sim.changes) {
    const rel = byId.get(change.relationshipId);
    if (!rel) continue;
    const now = out.get(rel.id) ?? { strength: rel.strength, trust: rel.trust };
    out.set(rel.id, {
      strength: rel.pinned?.strength ? now.strength : clamp(now.strength + change.dStrength, -1, 1),
      trust: rel.pinned?.trust ? now.trust : clamp(now.trust + change.dTrust, 0, 1),
    });
  }
  return out;
}
