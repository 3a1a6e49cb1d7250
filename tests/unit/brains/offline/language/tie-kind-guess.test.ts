// Tie-kind guess: a tie no word names takes the kind labelled ideas with the same words had; the model stays current.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../../../../../resources/engine/language/tie-kind-model.json';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';
import { wordStem } from '../../../../../src-main/brains/offline/language/word-stem';
import {
  guessTieKind,
  tieWords,
  type TieKindModel,
} from '../../../../../src-main/brains/offline/language/tie-kind-guess';
import {
  trainTieKinds,
  type LabelledIdea,
} from '../../../../../src-main/brains/offline/language/tie-kind-training';

/** Two kinds, two words each: "harbour" and "net" were seen with colleagues, "letter" and "kiss" with lovers. */
const TOY: TieKindModel = {
  alpha: 0.5,
  kinds: ['professional', 'romantic'],
  priors: [2, 2],
  totals: [4, 4],
  vocabulary: 4,
  counts: { harbour: [2, 0], net: [2, 0], letter: [0, 2], kiss: [0, 2] },
};

describe('tieWords', () => {
  it('keeps stems of the words once each and leaves the people’s names out', () => {
    const words = tieWords('Mara Vell mends nets at the harbour; Mara Vell and Odo Finch mend nets.', [
      'Mara Vell',
      'Odo Finch',
    ]);
    expect(words).not.toContain('mara');
    expect(words).not.toContain('finch');
    expect(words.filter((w) => w.startsWith('harbo'))).toHaveLength(1);
  });
});

describe('guessTieKind', () => {
  it('gives the kind whose labelled ideas used the words', () => {
    expect(guessTieKind('Two people mend a net at the harbour', [], TOY)).toBe('professional');
    expect(guessTieKind('A letter, then a kiss', [], TOY)).toBe('romantic');
  });

  it('reads "constructor" as a word it never saw, not as a key every object has', () => {
    expect(guessTieKind('The constructor of the harbour net', [], TOY)).toBe('professional');
  });

  it('guesses nothing from fewer than two words it has seen', () => {
    expect(guessTieKind('A lighthouse at the harbour', [], TOY)).toBeUndefined();
  });

  it('ties two people whose idea names no bond by what its words suggest, not as "other"', () => {
    const idea =
      'Oskar Lind writes long letters every night; Greta Holm answers them from a lighthouse, and the whole ' +
      'village waits for the wedding.';
    expect(extractIdeaBrief(idea).relations).toEqual([
      expect.objectContaining({ a: 'Oskar Lind', b: 'Greta Holm', kind: 'romantic' }),
    ]);
  });
});

describe('trainTieKinds', () => {
  it('learns only from the labelled ties the brief reads from no word of the idea', () => {
    const model = trainTieKinds([
      // "her daughter" names the tie, so the guess is never asked about it.
      { idea: 'Vera Lund and her daughter Ilse run a bakery.', relations: [['Vera Lund', 'Ilse', 'family']] },
      {
        idea: 'Ott Kask and Mia Rebane share a night shift at the ferry dock.',
        relations: [['Ott Kask', 'Mia Rebane', 'professional']],
      },
    ]);
    expect(Object.keys(model.counts)).not.toContain(wordStem('bakery'));
    expect(model.counts[wordStem('shift')]).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(model.priors).toEqual([1, 1, 2, 1, 1, 1, 1]);
  });
});

describe('a tie to the lead that no word names', () => {
  it('takes the guessed kind, not "other", when the lead’s sentence names someone tied to another first', () => {
    const idea =
      'Lena Voss races yachts off Gdańsk, but her brother Tomas and his business partner Pavel Nowak want to ' +
      'sell her boat.';
    const brief = extractIdeaBrief(idea);
    const tie = brief.relations.find((r) => r.a === 'Lena Voss' && r.b === 'Pavel Nowak');
    const guessed = guessTieKind(
      idea,
      brief.people.map((p) => p.name),
    );
    expect(guessed).toBeDefined();
    expect(tie?.kind).toBe(guessed);
  });
});

describe('the shipped tie-kind model', () => {
  it('is what `scripts/train-tie-kinds.ts` trains from the tuning idea sets today', () => {
    const dir = join(import.meta.dirname, '../../../../fixtures/ideas');
    const ideas = readdirSync(dir)
      .filter((f) => /^own-ideas.*\.jsonl$/.test(f))
      .sort()
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as LabelledIdea),
      );
    // Out of date after a change to the idea sets or the people finder: run `npx tsx scripts/train-tie-kinds.ts`.
    expect(trainTieKinds(ideas)).toEqual(shipped);
  });
});
