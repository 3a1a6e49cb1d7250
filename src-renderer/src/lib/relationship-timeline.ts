// Story-time scrubbing for the relationship graph: strength and trust of each relationship as of a history point.
import type { Relationship } from '../contract';

/** One interaction on the shared timeline of all relationships. */
export interface TimelinePoint {
  relationshipId: string;
  at: string;
  reason: string;
  sceneId?: string;
}

/** Every history entry of every relationship, oldest first (ties keep file order, so the result is stable). */
export function buildTimeline(relationships: readonly Relationship[]): TimelinePoint[] {
  const points: (TimelinePoint & { order: number })[] = [];
  let order = 0;
  for (const rel of relationships) {
    for (const entry of rel.history) {
      points.push({
        relationshipId: rel.id,
        at: entry.at,
        reason: entry.reason,
        order: order++,
        ...(entry.sceneId ? { sceneId: entry.sceneId } : {}),
      });
    }
  }
  points.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
  return points.map(({ order: _order, ...point }) => point);
}

/** A relationship's values at a point of the timeline; `active` is false before its first interaction. */
export interface RelationshipAt {
  id: string;
  strength: number;
  trust: number;
  active: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Values as of the first `position` timeline points (position = timeline length → today's values).
 * Current values already include every event, so the value at a point is today's minus the deltas that come later.
 */
export function relationshipsAt(
  relationships: readonly Relationship[],
  timeline: readonly TimelinePoint[],
  position: number,
): RelationshipAt[] {
  const cut = clamp(Math.round(position), 0, timeline.length);
  const later = new Map<string, number>();
  const seen = new Set<string>();
  for (let i = 0; i < cut; i++) seen.add(timeline[i]!.relationshipId);
  for (let i = cut; i < timeline.length; i++) {
    const id = timeline[i]!.relationshipId;
    later.set(id, (later.get(id) ?? 0) + 1);
  }
  return relationships.map((rel) => {
    const pending = later.get(rel.id) ?? 0;
    if (pending === 0) return { id: rel.id, strength: rel.strength, trust: rel.trust, active: true };
    // Undo the last `pending` deltas of this relationship (history is per relationship, in time order).
    const ordered = [...rel.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    let strength = rel.strength;
    let trust = rel.trust;
    for (const entry of ordered.slice(ordered.length - pending)) {
      strength -= entry.dStrength;
      trust -= entry.dTrust;
    }
    return {
      id: rel.id,
      strength: clamp(strength, -1, 1),
      trust: clamp(trust, 0, 1),
      active: seen.has(rel.id),
    };
  });
}

/** Edge colour for a strength in −1..1: red through neutral grey to green. */
export function strengthColor(strength: number): string {
  const s = clamp(strength, -1, 1);
  const grey = [138, 143, 152];
  const target = s < 0 ? [229, 72, 77] : [48, 164, 108];
  const t = Math.abs(s);
  const mix = grey.map((g, i) => Math.round(g + (target[i]! - g) * t));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

/** Edge width in pixels for a trust in 0..1. */
export const trustWidth = (trust: number): number => 1 + clamp(trust, 0, 1) * 7;
