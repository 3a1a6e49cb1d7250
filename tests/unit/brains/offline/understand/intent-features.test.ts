// Tests of the classifier's features: template words and the lexicon classes a message carries.
import { describe, expect, it } from 'vitest';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';
import {
  intentFeatureKeys,
  templateWords,
} from '../../../../../src-main/brains/offline/understand/intent-features';
import { patternHits } from '../../../../../src-main/brains/offline/understand/intent-patterns';
import { wordGroups } from '../../../../../src-main/brains/offline/language/word-clusters';

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

  it('gives a word the groups of words alike in meaning, so an unseen word shares features with a seen one', () => {
    const groupKeys = (text: string): string[] => keys(text).filter((k) => /^g[0-9b]/.test(k));
    const writer = groupKeys('add the writer');
    const journalist = groupKeys('add the journalist');
    expect(writer.filter((k) => k.startsWith('g1:'))).toEqual(journalist.filter((k) => k.startsWith('g1:')));
    const [the, job] = [wordGroups('the')?.[0], wordGroups('journalist')?.[0]];
    expect(journalist).toEqual(expect.arrayContaining([`g0:${job}`, `gb:${the} ${job}`]));
    // Names and numbers have no group: "@n" and "<num>" already generalise them.
    expect(groupKeys('Ada 42').filter((k) => !k.startsWith('gb'))).toEqual([]);
  });
});

describe('the passive "get"', () => {
  it('is no verb of moving on or handing over before a past participle', () => {
    for (const text of ['where will the boards get saved', 'the last scene got deleted twice'])
      expect(
        keys(text).filter((k) => /^v[m0]?:(?:move|deliver)$/.test(k)),
        text,
      ).toEqual([]);
    expect(keys('get me the boards as a PDF')).toContain('v:deliver');
  });
});

describe('request verbs of the lexicon', () => {
  it('knows redone, rehearsed and retold requests by their verb class', () => {
    expect(keys('Rehearse the quarrel between Odile and Bastien')).toContain('v0:simulate');
    expect(keys('re-export the boards as a PDF')).toContain('v0:export');
    expect(keys('Retcon: Odile is 44')).toContain('v0:modify');
    expect(keys('Regenerate the boards for the finale')).toContain('v0:generate');
    expect(keys('bring back the bakery scene')).toContain('v0:undo');
    expect(keys('Throw out the character Bastien')).toContain('v0:delete');
    expect(keys('Sum up the cast for me')).toContain('v0:query');
  });
});
