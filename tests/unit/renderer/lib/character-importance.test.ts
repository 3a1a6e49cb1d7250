// Unit tests of character importance: role, mentions and ties rank characters, and the node size follows.
import { describe, expect, it } from 'vitest';
import { characterImportance, importanceSize } from '../../../../src-renderer/src/lib/character-importance';
import { character, relationship } from '../fixtures';

describe('character importance', () => {
  it('ranks a protagonist with ties above an isolated minor character', () => {
    const hero = { ...character(1, 'Mara'), role: 'protagonist' as const };
    const extra = { ...character(2, 'Clerk'), role: 'minor' as const };
    const friend = character(3, 'Ines');
    const imp = characterImportance([hero, extra, friend], [relationship(10, 1, 3, 0.5, 0.5)]);
    expect(imp.get(hero.id)!).toBeGreaterThan(imp.get(friend.id)!);
    expect(imp.get(friend.id)!).toBeGreaterThan(imp.get(extra.id)!);
    expect(importanceSize(imp.get(hero.id)!)).toBeGreaterThan(importanceSize(imp.get(extra.id)!));
  });

  it('counts mentions when analysis recorded them, and stays within 0..1', () => {
    const loud = { ...character(1, 'A'), mentions: 300 };
    const quiet = { ...character(2, 'B'), mentions: 2 };
    const imp = characterImportance([loud, quiet], []);
    expect(imp.get(loud.id)!).toBeGreaterThan(imp.get(quiet.id)!);
    for (const v of imp.values()) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});
