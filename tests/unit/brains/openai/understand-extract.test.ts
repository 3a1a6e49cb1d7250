// understand/extract of the OpenAI-compatible brain: rules first, the model for unsure cases, offline on failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrainNotice } from '../../../../src-main/brains/brain';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { parseMessage } from '../../../../src-main/brains/offline/understand/parse-message';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';

let server: FakeOpenAiServer;
const notices: BrainNotice[] = [];
const brain = () =>
  createOpenAiBrain({
    baseURL: server.baseURL,
    model: 'fake-model',
    timeoutMs: 2_000,
    backoff: { baseMs: 10 },
  });
const call = { onNotice: (n: BrainNotice) => notices.push(n) };

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  notices.length = 0;
});
afterEach(() => server.close());

describe('understand', () => {
  it('answers confident rule matches without calling the model', async () => {
    const parsed = await brain().understand(
      'Create a character named Sarah, a 35-year-old detective',
      {},
      call,
    );
    expect(parsed).toMatchObject({
      intent: 'create',
      params: { names: ['Sarah'], age: 35, occupation: 'detective' },
    });
    expect(server.chatRequests()).toHaveLength(0);
  });

  it('asks the model when the rules are unsure, and validates its answer', async () => {
    server.script(reply.json({ intent: 'query', confidence: 0.8, params: { entityType: 'scene' } }));
    const parsed = await brain().understand(
      'hmm what would make the second act land better for the audience',
      { knownNames: ['Sarah'] },
      call,
    );
    expect(parsed).toEqual({ intent: 'query', confidence: 0.8, params: { entityType: 'scene' } });
    const user = String(server.chatRequests()[0]?.body.messages?.at(-1)?.content);
    expect(user).toContain('second act');
    expect(user).toContain('Sarah');
  });

  it('keeps the rules answer (with a notice) when the model answers an unknown intent twice', async () => {
    server.script(
      reply.json({ intent: 'dance', confidence: 1, params: {} }),
      reply.json({ intent: 'dance', confidence: 1, params: {} }),
    );
    const text = 'hmm, I keep going back and forth on the second act, it never quite lands';
    const parsed = await brain().understand(text, {}, call);
    expect(parsed).toEqual(parseMessage(text));
    expect(parsed.intent).toBe('chat');
    expect(notices.at(-1)?.code).toBe('BRAIN_FALLBACK_OFFLINE');
  });
});

describe('extract', () => {
  it('keeps confident offline entities without calling the model', async () => {
    const out = await brain().extract('Create a character named Sarah, a 35-year-old detective', {}, call);
    expect(out.entities.map((e) => e.name)).toEqual(['Sarah']);
    expect(server.chatRequests()).toHaveLength(0);
  });

  it('asks the model for unsure entities and locates their spans in the message', async () => {
    const text = 'Add Tom and Mia';
    server.script(
      reply.json({
        entities: [
          { type: 'character', name: 'Tom', attributes: {} },
          { type: 'character', name: 'Mia', attributes: { gender: 'female' }, confidence: 0.9 },
        ],
        relationships: [{ source: 'Tom', target: 'Mia', kind: 'friendship', label: 'friends' }],
      }),
    );
    const out = await brain().extract(text, {}, call);
    expect(out.entities.map((e) => [e.name, text.slice(e.span.start, e.span.end)])).toEqual([
      ['Tom', 'Tom'],
      ['Mia', 'Mia'],
    ]);
    expect(out.relationships).toEqual([
      { source: 'Tom', target: 'Mia', kind: 'friendship', label: 'friends' },
    ]);
  });

  it('returns the offline extraction when the model fails', async () => {
    server.script(reply.error(400));
    const out = await brain().extract('Add Tom and Mia', {}, call);
    expect(out.entities.map((e) => e.name)).toEqual(['Tom', 'Mia']);
    expect(notices.at(-1)?.code).toBe('BRAIN_FALLBACK_OFFLINE');
  });
});
