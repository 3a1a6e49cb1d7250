// References to the previous turn: with the conversation's last request, and without it (the CLI, a new chat).
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('earlier-turn references', () => {
  it('without history, "the same for X" is an edit of X and "one more" a creation, asked back (low confidence)', () => {
    const same = parseMessage('do that same change for Priya');
    expect(same).toMatchObject({ intent: 'modify', params: { names: ['Priya'] } });
    expect(same.confidence).toBeLessThan(0.8);
    expect(parseMessage('another one, please')).toMatchObject({ intent: 'create' });
  });

  it('with the last request, takes its intent and entity kind, and resolves the pronoun', () => {
    const context = {
      lastRequest: { intent: 'simulate' as const },
      recentNames: [{ name: 'Noor', gender: 'female' }],
    };
    expect(parseMessage('same again with her', context)).toMatchObject({
      intent: 'simulate',
      params: { names: ['Noor'] },
    });
    const more = parseMessage('one more like that', {
      lastRequest: { intent: 'bulk_create', entityType: 'scene' },
    });
    expect(more).toMatchObject({ intent: 'create', params: { entityType: 'scene' } });
    expect(more.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves requests that name what they want to the classifier', () => {
    expect(parseMessage('one more location, a quarry').params.entityType).toBe('location');
  });
});

describe('a reference to an earlier turn read without the conversation', () => {
  it('repeats an export when it names a format, and a piece when it gives a running time', () => {
    expect(parseMessage('same for the storyboard, PDF this time')).toMatchObject({
      intent: 'export',
      params: { format: 'pdf' },
    });
    expect(parseMessage('same again but make it 45 seconds')).toMatchObject({
      intent: 'generate',
      params: { durationSec: 45 },
    });
  });
});
