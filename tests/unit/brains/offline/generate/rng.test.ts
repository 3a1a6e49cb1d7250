// Tests of the seeded PRNG and sub-seed derivation used by every generator stage.
import { describe, expect, it } from 'vitest';
import { Rng, hash32, subSeed } from '../../../../../src-main/brains/offline/generate/rng';

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(sa).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(sa).not.toEqual(Array.from({ length: 5 }, () => c.next()));
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int stays in range, shuffle is a permutation, weighted respects zero weights', () => {
    const r = new Rng(7);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect([...r.shuffle([1, 2, 3, 4, 5])].sort()).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < 100; i++) expect(r.weighted(['a', 'b', 'c'], [0, 1, 0])).toBe('b');
    expect(() => r.pick([])).toThrow(/empty/);
  });

  it('derives distinct, stable stage seeds', () => {
    expect(subSeed(1, 'story')).toBe(subSeed(1, 'story'));
    expect(subSeed(1, 'story')).not.toBe(subSeed(1, 'scenes'));
    expect(subSeed(1, 'story')).not.toBe(subSeed(2, 'story'));
    expect(hash32('abc')).toBe(hash32('abc'));
  });
});
