// Story-time replay of the relationship ledger: every entry in story order (by scene), and each edge's values at a step.
import type { Relationship, RelationshipEvent } from '../contract';

/** One ledger entry placed on the shared story timeline of all relationships. */
export interface TimelinePoint {
  relationshipId: string;
  /** Index of the entry in its relationship's history. */
  entry: number;
  at: string;
  reason: string;
  cause: RelationshipEvent['cause'];
  interaction?: RelationshipEvent['interaction'];
  dStrength: number;
  dTrust: number;
  sceneId?: string;
  /** Where in the story: the entry's storyOrder, else its scene's number; absent = an edit outside story time. */
  storyOrder?: number;
}

/** A step of the scrubber: the entries of one story moment (a scene), or one edit made outside story time. */
export interface TimelineStep {
  storyOrder?: number;
  sceneId?: string;
  points: TimelinePoint[];
}

/** A relationship's values at a step; `active` is false before its first entry. */
export interface RelationshipAt {
  id: string;
  strength: number;
  trust: number;
  active: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function pointsOf(
  relationships: readonly Relationship[],
  sceneOrder: (sceneId: string) => number | undefined,
): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  for (const rel of relationships) {
    rel.history.forEach((e, entry) => {
      const storyOrder = e.storyOrder ?? (e.sceneId ? sceneOrder(e.sceneId) : undefined);
      points.push({
        relationshipId: rel.id,
        entry,
        at: e.at,
        reason: e.reason,
        cause: e.cause,
        dStrength: e.dStrength,
        dTrust: e.dTrust,
        ...(e.interaction ? { interaction: e.interaction } : {}),
        ...(e.sceneId ? { sceneId: e.sceneId } : {}),
        ...(storyOrder !== undefined ? { storyOrder } : {}),
      });
    });
  }
  return points;
}

/** Story entries first by story order, then edits outside story time; ties by wall-clock time, then file order. */
function byStory(a: TimelinePoint, b: TimelinePoint): number {
  const sa = a.storyOrder ?? Infinity;
  const sb = b.storyOrder ?? Infinity;
  if (sa !== sb) return sa - sb;
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/**
 * The scrubber's steps: every history entry of every relationship in story order, entries of one story moment
 * grouped. `sceneOrder` places entries that name a scene but carry no storyOrder (the scene's number).
 */
export function buildTimeline(
  relationships: readonly Relationship[],
  sceneOrder: (sceneId: string) => number | undefined = () => undefined,
): TimelineStep[] {
  // Array.prototype.sort is stable, so equal keys keep file order.
  const points = pointsOf(relationships, sceneOrder).sort(byStory);
  const steps: TimelineStep[] = [];
  for (const point of points) {
    const last = steps.at(-1);
    if (last && point.storyOrder !== undefined && last.storyOrder === point.storyOrder) {
      last.points.push(point);
      if (!last.sceneId && point.sceneId) last.sceneId = point.sceneId;
    } else
      steps.push({
        points: [point],
        ...(point.storyOrder !== undefined ? { storyOrder: point.storyOrder } : {}),
        ...(point.sceneId ? { sceneId: point.sceneId } : {}),
      });
  }
  return steps;
}

/**
 * Values after the first `position` steps (position = number of steps → today's values). A relationship's value
 * before its ledger began is today's minus all its deltas; each included entry adds its delta back, so replaying
 * in story order works even when entries were written in another order (an import after a chat edit).
 */
export function relationshipsAt(
  relationships: readonly Relationship[],
  timeline: readonly TimelineStep[],
  position: number,
): RelationshipAt[] {
  const cut = clamp(Math.round(position), 0, timeline.length);
  const included = new Map<string, { s: number; t: number; n: number }>();
  for (let i = 0; i < cut; i++)
    for (const p of timeline[i]!.points) {
      const sum = included.get(p.relationshipId) ?? { s: 0, t: 0, n: 0 };
      included.set(p.relationshipId, { s: sum.s + p.dStrength, t: sum.t + p.dTrust, n: sum.n + 1 });
    }
  return relationships.map((rel) => {
    const sum = included.get(rel.id);
    const recorded = rel.history.length;
    // Every entry included (or none recorded): exactly today's values, free of rounding drift.
    if (recorded === 0 || sum?.n === recorded)
      return { id: rel.id, strength: rel.strength, trust: rel.trust, active: true };
    const all = rel.history.reduce((acc, e) => ({ s: acc.s + e.dStrength, t: acc.t + e.dTrust }), {
      s: 0,
      t: 0,
    });
    return {
      id: rel.id,
      strength: clamp(rel.strength - all.s + (sum?.s ?? 0), -1, 1),
      trust: clamp(rel.trust - all.t + (sum?.t ?? 0), 0, 1),
      active: sum !== undefined,
    };
  });
}

/** The newest `n` entries up to a step, newest first (the observatory's "latest interactions"). */
export function latestPoints(
  timeline: readonly TimelineStep[],
  position: number,
  n: number,
): TimelinePoint[] {
  const out: TimelinePoint[] = [];
  for (let i = Math.min(position, timeline.length) - 1; i >= 0 && out.length < n; i--) {
    const points = timeline[i]!.points;
    for (let j = points.length - 1; j >= 0 && out.length < n; j--) out.push(points[j]!);
  }
  return out;
}

/** One relationship's entries in story order, each with the step it belongs to (to tell past from future). */
export function historyInStoryOrder(
  timeline: readonly TimelineStep[],
  relationshipId: string,
): { point: TimelinePoint; step: number }[] {
  const out: { point: TimelinePoint; step: number }[] = [];
  timeline.forEach((s, step) => {
    for (const point of s.points) if (point.relationshipId === relationshipId) out.push({ point, step });
  });
  return out;
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
