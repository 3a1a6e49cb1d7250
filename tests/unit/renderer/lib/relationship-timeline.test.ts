// Unit tests of story-time scrubbing: timeline order, rewound strength/trust, colour and width mapping.
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  relationshipsAt,
  strengthColor,
  trustWidth,
} from '../../../../src-renderer/src/lib/relationship-timeline';
import { relationship } from '../fixtures';

const ev = (at: string, dStrength: number, dTrust: number, reason = 'r') => ({
  at,
  cause: 'manual' as const,
  dStrength,
  dTrust,
  reason,
});

describe('relationship timeline', () => {
  const a = relationship(10, 1, 2, 0.5, 0.6, [
    ev('2025-01-01', 0.3, 0.2, 'met'),
    ev('2025-01-03', 0.2, 0.1, 'saved'),
  ]);
  const b = relationship(11, 1, 3, -0.4, 0.1, [ev('2025-01-02', -0.4, -0.3, 'fought')]);

  it('orders every interaction by time', () => {
    expect(buildTimeline([a, b]).map((p) => p.reason)).toEqual(['met', 'fought', 'saved']);
  });

  it('rewinds strength and trust by the deltas after the point', () => {
    const timeline = buildTimeline([a, b]);
    const now = relationshipsAt([a, b], timeline, timeline.length);
    expect(now.map((r) => [r.strength, r.trust])).toEqual([
      [0.5, 0.6],
      [-0.4, 0.1],
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
  });

  it('maps strength to red…green and trust to width', () => {
    expect(strengthColor(-1)).toBe('rgb(229, 72, 77)');
    expect(strengthColor(1)).toBe('rgb(48, 164, 108)');
    expect(strengthColor(0)).toBe('rgb(138, 143, 152)');
    expect(trustWidth(0)).toBe(1);
    expect(trustWidth(1)).toBe(8);
  });
});
