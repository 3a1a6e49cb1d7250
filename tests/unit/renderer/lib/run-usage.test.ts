// Unit tests of run usage: stage and run totals (storyboard branches included), and how they are worded.
import { describe, expect, it } from 'vitest';
import {
  describeUsage,
  describeUsageLong,
  formatUsd,
  hasUsage,
  runUsage,
  stageUsage,
} from '../../../../src-renderer/src/lib/run-usage';

const u = (promptTokens: number, completionTokens: number, costUsd: number) => ({
  promptTokens,
  completionTokens,
  costUsd,
});

describe('run usage', () => {
  const usage = {
    screenwriter: u(1000, 200, 0.003),
    storyboard_artist: u(100, 50, 0.001),
    'storyboard:s1': u(10, 5, 0.0005),
    'storyboard:s2': u(10, 5, 0.0005),
  };

  it('reads a stage, summing storyboard branches into the storyboard', () => {
    expect(stageUsage(usage, 'screenwriter')).toEqual(u(1000, 200, 0.003));
    expect(stageUsage(usage, 'storyboard_artist')).toEqual({
      promptTokens: 120,
      completionTokens: 60,
      costUsd: expect.closeTo(0.002, 9),
    });
    expect(stageUsage(usage, 'casting')).toEqual(u(0, 0, 0));
  });

  it('totals a run, keeping main’s run cost when it is larger than the stages’ sum', () => {
    expect(runUsage(usage)).toEqual({
      promptTokens: 1120,
      completionTokens: 260,
      costUsd: expect.closeTo(0.005, 9),
    });
    expect(runUsage(usage, 0.5).costUsd).toBe(0.5);
    expect(runUsage({}, 0)).toEqual(u(0, 0, 0));
  });

  it('shows nothing for offline runs and words tokens and cost otherwise', () => {
    expect(hasUsage(u(0, 0, 0))).toBe(false);
    expect(describeUsage(u(0, 0, 0))).toBe('');
    expect(describeUsage(u(1000, 234, 0.0042))).toBe('1,234 tokens · ~$0.0042');
    expect(describeUsage(u(10, 0, 0))).toBe('10 tokens');
    expect(describeUsageLong(u(1000, 234, 1.5))).toBe(
      '1,000 prompt + 234 completion tokens, estimated cost $1.50',
    );
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('ignores garbage numbers rather than printing NaN', () => {
    const bad = { x: { promptTokens: Number.NaN, completionTokens: -5, costUsd: Number.POSITIVE_INFINITY } };
    expect(runUsage(bad)).toEqual(u(0, 0, 0));
  });
});
