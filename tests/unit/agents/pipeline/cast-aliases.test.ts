// A new cast's aliases: one that two people would answer to is taken out; the user's own characters are kept as is.
import { describe, expect, it } from 'vitest';
import { withoutSharedAliases } from '../../../../src-main/agents/pipeline/cast-aliases';
import type { CharacterDraft } from '../../../../src-main/brains/offline/generate/types';

const draft = (key: string, name: string, aliases: string[]): CharacterDraft =>
  ({ key, name, aliases }) as unknown as CharacterDraft;

describe('withoutSharedAliases', () => {
  it('takes out a surname two siblings share and keeps an alias only one answers to', () => {
    const out = withoutSharedAliases([
      draft('a', 'Ruth Okafor', ['Okafor']),
      draft('b', 'Jude Okafor', ['Okafor', 'Jay']),
      draft('c', 'Tomas Berg', ['Berg']),
    ]);
    expect(out.map((c) => c.aliases)).toEqual([[], ['Jay'], ['Berg']]);
  });

  it("takes out an alias that is a word of a kept character's name, and never changes the kept ones", () => {
    const kept = [draft('k', 'Rose Hart', ['Rosie'])];
    const out = withoutSharedAliases([draft('n', 'Nana Rose', ['Rose'])], kept);
    expect(out[0]!.aliases).toEqual([]);
    expect(kept[0]!.aliases).toEqual(['Rosie']);
  });
});
