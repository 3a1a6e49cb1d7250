// Tests of the classifier's features: template words and the lexicon classes a message carries.
import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';
import {
  intentFeatureKeys,
  templateWords,
} from '../../../../../src-main/brains/offline/understand/intent-features';
import { patternHits } from '../../../../../src-main/brains/offline/understand/intent-patterns';

const keys = (text: string): string[] => {
  const f = computeFeatures(text);
  return intentFeatureKeys(f, patternHits(f.template));
};

describe('templateWords', () => {
  it('keeps names as @n and numbers as <num>', () => {
    expect(templateWords('make @n 42 now')).toEqual(['make', '@n', '<num>', 'now']);
  });
});

describe('intentFeatureKeys', () => {
  it('marks a question about the own project apart from a question asked in general', () => {
    const own = keys('How many night scenes have we got at the moment?');
    expect(own).toEqual(expect.arrayContaining(['x:own', 'x:own:q']));
    expect(own).not.toContain('x:generic');
    const general = keys('What does a script supervisor usually do on set?');
    expect(general).toEqual(expect.arrayContaining(['x:generic', 'x:generic:q']));
    expect(general).not.toContain('x:own');
  });

  it('tells a statement from a question with the same pointer', () => {
    expect(keys('my second act drags')).toContain('x:own:s');
    expect(keys('my second act drags')).not.toContain('x:own:q');
  });
});
