// The rule-only phrase classes (lexicon rulePhrases): read from lexicon.json, kept out of the classifier's verbs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import raw from '../../../../../resources/engine/understand/lexicon.json';
import { LEXICON, rulePhraseAlternation } from '../../../../../src-main/brains/offline/understand/lexicon';
import { computeFeatures } from '../../../../../src-main/brains/offline/understand/features';
import {
  scoreAdvance,
  scoreExport,
  scoreUndo,
  targetStep,
} from '../../../../../src-main/brains/offline/understand/rules-commands';
import { scoreChat } from '../../../../../src-main/brains/offline/understand/rules-conversation';
import { scoreCreate } from '../../../../../src-main/brains/offline/understand/rules-entities';
import { asksForPortrait } from '../../../../../src-main/agents/nodes/request-portrait';

const LEXICON_PATH = '../../../../../resources/engine/understand/lexicon.json';

describe('lexicon rulePhrases', () => {
  it('holds the classes the rules read, longest phrase first', () => {
    for (const cls of [
      'undoCommand',
      'undoDrop',
      'undoReverse',
      'startStep',
      'timeTo',
      'definitionVerbs',
      'trimShot',
      'exportOpeners',
      'saveOpeners',
      'castOpeners',
      'packageOpeners',
      'moveOpeners',
      'advanceAlone',
      'stepOpeners',
      'finishedWords',
      'nextQuestions',
    ]) {
      const phrases = LEXICON.rulePhrases.get(cls);
      expect(phrases, cls).toBeDefined();
      expect(phrases?.length, cls).toBeGreaterThan(1);
      expect([...(phrases ?? [])].sort((a, b) => b.length - a.length)).toEqual(phrases);
    }
    expect(LEXICON.rulePhrases.get('portraitRequestVerbs')).toContain('draw');
  });

  it('stays out of the verb classes that feed classifier features and typo repair', () => {
    for (const cls of LEXICON.rulePhrases.keys()) expect(LEXICON.verbs.has(cls), cls).toBe(false);
  });

  it('builds an escaped alternation and names a missing class', () => {
    expect(rulePhraseAlternation('strongFormats')).toContain('\\.storyloom');
    expect(() => rulePhraseAlternation('no-such-class')).toThrow(/rulePhrases/);
  });

  it('drives the rules on hand-written messages', () => {
    const score = (fn: (f: ReturnType<typeof computeFeatures>) => number, text: string): number =>
      fn(computeFeatures(text));
    expect(score(scoreUndo, 'oh no, scratch that')).toBeGreaterThan(0.9);
    expect(score(scoreUndo, 'ditch it!')).toBeGreaterThan(0.9);
    expect(score(scoreUndo, 'cancel my previous request')).toBeGreaterThan(0.9);
    expect(score(scoreAdvance, 'kick off the storyboard')).toBeGreaterThan(0.85);
    expect(score(scoreExport, 'in final draft format')).toBeGreaterThan(0.8);
    expect(score(scoreChat, 'explain dramatic irony')).toBeGreaterThan(0.8);
    expect(score(scoreChat, 'any pointers for pacing a thriller?')).toBeGreaterThan(0.8);
    expect(score(scoreAdvance, "we're finished with the boards")).toBeGreaterThan(0.85);
    expect(score(scoreAdvance, 'keep going')).toBeGreaterThan(0.85);
    expect(score(scoreExport, 'download the bible')).toBeGreaterThan(0.9);
    expect(score(scoreCreate, 'bring in Odile, a nurse')).toBeGreaterThan(0.85);
    expect(score(scoreCreate, 'pencil in Tam (60), a ferryman')).toBeGreaterThan(0.85);
    expect(targetStep('the casting is sorted, on to the package')?.step).toBe('package');
    expect(asksForPortrait('could you paint a portrait of the captain')).toBe(true);
    expect(asksForPortrait('is there a portrait yet?')).toBe(false);
  });
});

describe('rules read their phrases from lexicon.json', () => {
  afterEach(() => {
    vi.doUnmock(LEXICON_PATH);
    vi.resetModules();
  });

  it('fires on a phrase that exists only in a test-built lexicon', async () => {
    const text = 'zorp that';
    expect(scoreUndo(computeFeatures(text))).toBeLessThan(0.9);
    expect(scoreExport(computeFeatures('yoink the bible'))).toBeLessThan(0.9);
    expect(scoreAdvance(computeFeatures('whither now'))).toBeLessThan(0.85);
    const built = structuredClone(raw) as typeof raw;
    built.rulePhrases.undoCommand = [...built.rulePhrases.undoCommand, 'zorp'];
    built.rulePhrases.portraitRequestVerbs = [...built.rulePhrases.portraitRequestVerbs, 'doodle'];
    built.rulePhrases.exportOpeners = [...built.rulePhrases.exportOpeners, 'yoink'];
    built.rulePhrases.nextQuestions = [...built.rulePhrases.nextQuestions, 'whither now'];
    vi.resetModules();
    vi.doMock(LEXICON_PATH, () => ({ default: built }));
    const commands = await import('../../../../../src-main/brains/offline/understand/rules-commands');
    const features = await import('../../../../../src-main/brains/offline/understand/features');
    const portrait = await import('../../../../../src-main/agents/nodes/request-portrait');
    expect(commands.scoreUndo(features.computeFeatures(text))).toBeGreaterThan(0.9);
    expect(portrait.asksForPortrait('doodle a portrait of the captain')).toBe(true);
    expect(commands.scoreExport(features.computeFeatures('yoink the bible'))).toBeGreaterThan(0.9);
    expect(commands.scoreAdvance(features.computeFeatures('whither now'))).toBeGreaterThan(0.85);
  });
});
