// Tests of casting suggestions: scoring bounds, ordering, reasons and fit to the character.
import { describe, expect, it } from 'vitest';
import {
  defaultTalentPool,
  generateCasting,
  generatePackage,
} from '../../../../../src-main/brains/offline/generate/index';

describe('generateCasting', () => {
  const pk = generatePackage({
    idea: 'a lonely robot who learns to paint',
    kind: 'short-film',
    seed: 3,
    durationSec: 120,
  });

  it('suggests three ranked talents per character with reasons', () => {
    const pool = defaultTalentPool();
    const casting = generateCasting(pk.characters, pool, pk.story);
    expect(casting).toHaveLength(pk.characters.length * 3);
    const keys = new Set(pool.map((t) => t.key));
    for (const c of pk.characters) {
      const mine = casting.filter((x) => x.characterKey === c.key);
      expect(mine.map((m) => m.score)).toEqual([...mine.map((m) => m.score)].sort((a, b) => b - a));
      for (const m of mine) {
        expect(keys.has(m.talentKey)).toBe(true);
        expect(m.score >= 0 && m.score <= 1).toBe(true);
        expect(m.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('casts a movement performer for a robot and matches gender for people', () => {
    const pool = defaultTalentPool();
    const casting = generateCasting(pk.characters, pool, pk.story);
    const robot = pk.characters.find((c) => c.role === 'protagonist')!;
    const top = pool.find((t) => t.key === casting.find((x) => x.characterKey === robot.key)!.talentKey)!;
    expect(top.skills.some((s) => /physical theatre|motion capture|mime|movement/.test(s))).toBe(true);
    for (const c of pk.characters.filter((x) => x.gender === 'female' || x.gender === 'male')) {
      const best = pool.find((t) => t.key === casting.find((x) => x.characterKey === c.key)!.talentKey)!;
      expect(best.gender).toBe(c.gender);
    }
  });
});
