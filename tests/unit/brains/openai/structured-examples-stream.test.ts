// Structured requests with a worked example and streaming: the example goes as a user/assistant pair, tokens stream
// only where the stream still reports usage (or the model is free), so a budget never loses sight of a call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BrainUsage, StructuredRequest } from '../../../../src-main/brains/brain';
import type { OpenAiBrainSettings } from '../../../../src-main/brains/brain-settings';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';

const CastSchema = z.object({ names: z.array(z.string()).min(1) });
type Cast = z.infer<typeof CastSchema>;
const ANSWER: Cast = { names: ['Rosa Vieira', 'Inês Vieira', 'Duarte Lobo'] };

function request(): StructuredRequest<Cast> {
  return {
    name: 'cast list',
    schema: CastSchema,
    system: 'You are the character designer.',
    user: 'Idea: a heist in Lisbon.',
    examples: [{ user: 'Idea: bees in Poland.', answer: '{"names":["Oskar","Lena"]}' }],
    stream: true,
    fallback: () => ({ names: ['offline'] }),
  };
}

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

const brain = (extra: Partial<OpenAiBrainSettings>) =>
  createOpenAiBrain({
    baseURL: server.baseURL,
    model: 'gpt-4o-mini',
    apiKey: 'k',
    timeoutMs: 2_000,
    maxRetries: 0,
    ...extra,
  });

describe('structured output with a worked example and streaming', () => {
  it('sends the example as a user/assistant pair before the request, and streams the answer for a free model', async () => {
    server.script(reply.json(ANSWER));
    const tokens: string[] = [];
    const value = await brain({ pricing: null }).structured(request(), { onToken: (t) => tokens.push(t) });
    expect(value).toEqual(ANSWER);
    const body = server.chatRequests()[0]!.body;
    expect(body.messages?.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages?.[2]?.content).toBe('{"names":["Oskar","Lena"]}');
    expect(body.messages?.[3]?.content).toBe('Idea: a heist in Lisbon.');
    expect(body.stream).toBe(true);
    expect(tokens.length).toBeGreaterThan(1);
    expect(JSON.parse(tokens.join(''))).toEqual(ANSWER);
  });

  it('does not stream a priced model whose stream reports no usage: the call is still costed', async () => {
    server.script(reply.json(ANSWER, {}));
    const tokens: string[] = [];
    const usage: BrainUsage[] = [];
    await brain({}).structured(request(), { onToken: (t) => tokens.push(t), onUsage: (u) => usage.push(u) });
    expect(server.chatRequests()[0]!.body.stream).toBe(false);
    expect(tokens).toEqual([]);
    expect(usage[0]?.costUsd).toBeGreaterThan(0);
  });

  it('streams a priced model whose stream reports usage, and costs it', async () => {
    server.script(reply.json(ANSWER));
    const tokens: string[] = [];
    const usage: BrainUsage[] = [];
    await brain({ capabilities: { structuredMode: 'prompt', streamUsage: true } }).structured(request(), {
      onToken: (t) => tokens.push(t),
      onUsage: (u) => usage.push(u),
    });
    expect(server.chatRequests()[0]!.body.stream).toBe(true);
    expect(tokens.length).toBeGreaterThan(1);
    expect(usage[0]?.costUsd).toBeGreaterThan(0);
  });
});
