// Unit tests of story-time replay: story order by scene, values at a step, latest entries, colour and width mapping.
import { describe, expect, it } from 'vitest';
import type { RelationshipEvent } from '../../../../src-preload/contract';
import {
  buildTimeline,
  historyInStoryOrder,
  latestPoints,
  relationshipsAt,
  strengthColor,
  trustWidth,
} from '../../../../src-renderer/src/lib/relationship-timeline';
import { ID, relationship } from '../fixtures';

const ev = (
  at: string,
  dStrength: number,
  dTrust: number,
  reason: string,
  when: { storyOrder?: number; sceneId?: string } = {},
): RelationshipEvent => ({ at, cause: 'manual', dStrength, dTrust, reason, ...when });

describe('relationship timeline', () => {
  const a = relationship(10, 1, 2, 0.5, 0.6, [
    ev('2025-01-01', 0.3, 0.2, 'met', { storyOrder: 1 }),
    ev('2025-01-03', 0.2, 0.1, 'saved', { storyOrder: 3 }),
  ]);
  const b = relationship(11, 1, 3, -0.4, 0.1, [ev('2025-01-02', -0.4, -0.3, 'fought', { storyOrder: 2 })]);

  it('steps through the story in scene order, whatever the order the entries were written in', () => {
    // Written last, but it happened in scene 1: an import after a chat edit.
    const late = relationship(12, 2, 3, 0.2, 0.5, [
      ev('2025-02-01', 0.1, 0, 'edited in chat'),
      ev('2025-03-01', 0.1, 0, 'shared a meal', { sceneId: ID(50) }),
    ]);
    const steps = buildTimeline([a, b, late], (id) => (id === ID(50) ? 1 : undefined));
    expect(steps.map((s) => s.points.map((p) => p.reason))).toEqual([
      ['met', 'shared a meal'],
      ['fought'],
      ['saved'],
      ['edited in chat'],
    ]);
    expect(steps[0]!.sceneId).toBe(ID(50));
    expect(steps[3]!.storyOrder).toBeUndefined();
  });

  it('gives each edge its values at a step: today at the end, replayed deltas before', () => {
    const timeline = buildTimeline([a, b]);
    const now = relationshipsAt([a, b], timeline, timeline.length);
    expect(now.map((r) => [r.strength, r.trust, r.active])).toEqual([
      [0.5, 0.6, true],
      [-0.4, 0.1, true],
    ]);
    const afterFirst = relationshipsAt([a, b], timeline, 1);
    expect(afterFirst[0]!.strength).toBeCloseTo(0.3);
    expect(afterFirst[0]!.trust).toBeCloseTo(0.5);
    expect(afterFirst[0]!.active).toBe(true);
    expect(afterFirst[1]!.strength).toBeCloseTo(0);
    expect(afterFirst[1]!.active).toBe(false);
    const start = relationshipsAt([a, b], timeline, 0);
    expect(start[0]!.strength).toBeCloseTo(0);
    expect(start[0]!.trust).toBeCloseTo(0.3);
    expect(start.every((r) => !r.active)).toBe(true);
  });

  it('keeps replayed values in bounds', () => {
    const odd = relationship(13, 1, 2, 1, 1, [
      ev('2025-01-02', 0.9, 0.9, 'late but early', { storyOrder: 5 }),
      ev('2025-01-01', 0.9, 0.9, 'first written', { storyOrder: 1 }),
    ]);
    const timeline = buildTimeline([odd]);
    for (let p = 0; p <= timeline.length; p++) {
      const [v] = relationshipsAt([odd], timeline, p);
      expect(v!.strength).toBeGreaterThanOrEqual(-1);
      expect(v!.strength).toBeLessThanOrEqual(1);
      expect(v!.trust).toBeGreaterThanOrEqual(0);
      expect(v!.trust).toBeLessThanOrEqual(1);
    }
  });

  it('lists the latest entries up to a step and one edge’s story with its steps', () => {
    const timeline = buildTimeline([a, b]);
    expect(latestPoints(timeline, 2, 5).map((p) => p.reason)).toEqual(['fought', 'met']);
    expect(historyInStoryOrder(timeline, a.id).map(({ point, step }) => [point.reason, step])).toEqual([
      ['met', 0],
      ['saved', 2],
    ]);
  });

  it('maps strength to red…green and trust to width', () => {
    expect(strengthColor(-1)).toBe('rgb(229, 72, 77)');
    expect(strengthColor(1)).toBe('rgb(48, 164, 108)');
    expect(strengthColor(0)).toBe('rgb(138, 143, 152)');
    expect(trustWidth(0)).toBe(1);
    expect(trustWidth(1)).toBe(8);
  });
});
