// Relationship kinds between prose characters follow what the text says of the two of them.
import { describe, expect, it } from 'vitest';
import { findProseEntities } from '../../../../../src-main/brains/offline/language/prose-entities';

function kindOf(text: string, a: string, b: string): string | undefined {
  const pair = findProseEntities(text).relationships.find(
    (r) => [r.source, r.target].sort().join() === [a, b].sort().join(),
  );
  return pair?.kind;
}

describe('buildRelationships kinds', () => {
  it('does not make a lawyer and a witness family because her father sits nearby (failed before: family)', () => {
    const text =
      'Mr. Pell questioned Nora Quill about the gate . Her father shifted in his chair . Mr. Pell wrote it down , and Nora Quill waited .';
    expect(kindOf(text, 'Mr. Pell', 'Nora Quill')).toBe('other');
  });

  it('reads one surname as one family (failed before)', () => {
    const text =
      'Nora Quill and Edwin Quill walked to the market . Edwin Quill carried the basket for Nora Quill .';
    expect(kindOf(text, 'Nora Quill', 'Edwin Quill')).toBe('family');
  });

  it('takes a kin word tied to one of the two in a sentence naming both', () => {
    expect(kindOf('Anna loved her sister Clara . Anna kissed Clara .', 'Anna', 'Clara')).toBe('family');
  });

  it('counts cue words only where both are named: a hatred of a third person is not theirs (failed before)', () => {
    const text =
      'Tobin and Ferris walked up the hill . Ferris talked of the weather . Tobin hated Grell with all his heart .';
    expect(kindOf(text, 'Tobin', 'Ferris')).toBe('other');
  });
});
