// The OpenAI-compatible brain through the real @langchain/openai client against the fake server on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BrainNotice, BrainUsage, StructuredRequest } from '../../../../src-main/brains/brain';
import type { OpenAiBrainSettings } from '../../../../src-main/brains/brain-settings';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';

const SceneSchema = z.object({ title: z.string(), beats: z.array(z.string()).min(1) });
type Scene = z.infer<typeof SceneSchema>;
const GOOD: Scene = { title: 'Harbour at dawn', beats: ['Mara arrives', 'The boat is gone'] };
const OFFLINE: Scene = { title: 'Offline scene', beats: ['offline beat'] };

function request(): StructuredRequest<Scene> {
  return {
    name: 'scene',
    schema: SceneSchema,
    system: 'You plan scenes.',
    user: 'Plan a harbour scene.',
    fallback: () => OFFLINE,
  };
}

let server: FakeOpenAiServer;
let notices: BrainNotice[];

function brain(extra: Partial<OpenAiBrainSettings> = {}) {
  return createOpenAiBrain({
    baseURL: server.baseURL,
    model: 'gpt-4o-mini',
    apiKey: 'sk-test',
    timeoutMs: 2_000,
    maxRetries: 2,
    backoff: { baseMs: 20 },
    ...extra,
  });
}
const call = () => ({ onNotice: (n: BrainNotice) => notices.push(n) });

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  notices = [];
});
afterEach(async () => {
  await server.close();
});

describe('structured output', () => {
  it('returns the validated model answer', async () => {
    server.script(reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    expect(server.chatRequests()).toHaveLength(1);
    const body = server.chatRequests()[0]?.body;
    expect(body?.model).toBe('gpt-4o-mini');
    expect(JSON.stringify(body?.messages)).toContain('JSON Schema');
    expect(notices).toEqual([]);
  });

  it('repairs fenced JSON with a trailing comma without asking again', async () => {
    server.script(
      reply.text(
        'Sure! Here it is:\n```json\n{"title": "Harbour at dawn", "beats": ["Mara arrives", "The boat is gone",],}\n```\nEnjoy.',
      ),
    );
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    expect(server.chatRequests()).toHaveLength(1);
    expect(notices.map((n) => n.code)).toEqual(['BRAIN_REPAIRED']);
  });

  it('re-asks once with the validation error when the answer cannot be repaired', async () => {
    server.script(reply.prose(), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    const [, second] = server.chatRequests();
    expect(server.chatRequests()).toHaveLength(2);
    const last = second?.body.messages?.at(-1);
    expect(last?.role).toBe('user');
    expect(String(last?.content)).toMatch(/not usable: not valid JSON/);
  });

  it('re-asks when the JSON is valid but breaks the schema, quoting the field', async () => {
    server.script(reply.json({ title: 'x', beats: [] }), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    expect(String(server.chatRequests()[1]?.body.messages?.at(-1)?.content)).toContain('beats');
  });

  it('falls back to the offline answer with a visible notice when the model stays broken', async () => {
    server.script(reply.prose(), reply.truncated({ title: 'x' }));
    await expect(brain().structured(request(), call())).resolves.toEqual(OFFLINE);
    expect(server.chatRequests()).toHaveLength(2);
    expect(notices.at(-1)?.code).toBe('BRAIN_FALLBACK_OFFLINE');
  });

  it('accepts an answer sent as a tool call', async () => {
    server.script(reply.toolCall('scene', GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
  });

  it('uses response_format json_schema when the endpoint supports it, through the stream path', async () => {
    server.script(reply.json(GOOD));
    const b = brain({ capabilities: { structuredMode: 'json_schema', streamUsage: false } });
    await expect(b.structured(request(), call())).resolves.toEqual(GOOD);
    const body = server.chatRequests()[0]?.body;
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.stream).toBe(true);
    expect(body?.stream_options).toBeUndefined();
  });

  it('keeps the raw answer for repair in json_schema mode (the SDK parse would throw it away)', async () => {
    server.script(
      reply.text(
        '```json\n{"title": "Harbour at dawn", "beats": ["Mara arrives", "The boat is gone",]}\n```',
      ),
    );
    const b = brain({ capabilities: { structuredMode: 'json_schema', streamUsage: false } });
    await expect(b.structured(request(), call())).resolves.toEqual(GOOD);
    expect(server.chatRequests()).toHaveLength(1);
    expect(notices.map((n) => n.code)).toEqual(['BRAIN_REPAIRED']);
  });

  it('drops response_format for good when the server rejects it', async () => {
    await server.close();
    server = await startFakeOpenAiServer({ rejectJsonSchema: true });
    server.script(reply.json(GOOD), reply.json(GOOD));
    const b = brain({ capabilities: { structuredMode: 'json_schema', streamUsage: false } });
    await expect(b.structured(request(), call())).resolves.toEqual(GOOD);
    await expect(b.structured(request(), call())).resolves.toEqual(GOOD);
    expect(server.chatRequests().map((r) => r.body.response_format?.type ?? 'none')).toEqual([
      'json_schema',
      'none',
      'none',
    ]);
  });
});

describe('retries, timeouts and cancellation', () => {
  it('retries a 429 after the retry-after the server asked for, then succeeds', async () => {
    server.script(reply.error(429, { retryAfterMs: 150 }), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    const [first, second] = server.chatRequests();
    expect(server.chatRequests()).toHaveLength(2);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(140);
    expect(notices.map((n) => n.code)).toEqual(['BRAIN_RETRY']);
  });

  it('gives up after maxRetries on repeated 500s and falls back with a notice', async () => {
    server.script(reply.error(500), reply.error(500), reply.error(500), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(OFFLINE);
    expect(server.chatRequests()).toHaveLength(3);
    expect(notices.at(-1)).toMatchObject({ code: 'BRAIN_FALLBACK_OFFLINE' });
    expect(notices.at(-1)?.message).toMatch(/5xx/);
  });

  it('retries a dropped connection', async () => {
    server.script(reply.dropMidStream('x', 0), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(GOOD);
    expect(server.chatRequests()).toHaveLength(2);
  });

  it('does not retry other 4xx errors', async () => {
    server.script(reply.error(401), reply.json(GOOD));
    await expect(brain().structured(request(), call())).resolves.toEqual(OFFLINE);
    expect(server.chatRequests()).toHaveLength(1);
    expect(notices.at(-1)?.message).toMatch(/API key/);
  });

  it('times a hung server out within the configured budget and falls back', async () => {
    server.script(reply.hang(), reply.hang(), reply.hang());
    const started = Date.now();
    await expect(brain({ timeoutMs: 300 }).structured(request(), call())).resolves.toEqual(OFFLINE);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.chatRequests()).toHaveLength(1);
    expect(notices.at(-1)?.message).toMatch(/in time/);
  });

  it('stops the call when the caller aborts, without a fallback', async () => {
    server.script(reply.hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await expect(
      brain().structured(request(), { ...call(), signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(notices.filter((n) => n.code === 'BRAIN_FALLBACK_OFFLINE')).toEqual([]);
    await new Promise((r) => setTimeout(r, 30));
    expect(server.chatRequests()[0]?.aborted).toBe(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(brain().reply('s', 'u', 'offline', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(server.chatRequests()).toHaveLength(0);
  });
});

describe('reply streaming and usage', () => {
  it('streams tokens in order and returns the whole text', async () => {
    server.script(reply.text('The tide comes in slowly tonight.'));
    const tokens: string[] = [];
    const text = await brain().reply('You are a writer.', 'Describe the tide.', 'offline text', {
      onToken: (t) => tokens.push(t),
    });
    expect(text).toBe('The tide comes in slowly tonight.');
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.join('')).toBe(text);
    expect(server.chatRequests()[0]?.body.stream).toBe(true);
    expect(server.chatRequests()[0]?.body.stream_options).toBeUndefined();
  });

  it('falls back to the offline text with a notice when the stream breaks', async () => {
    server.script(reply.dropMidStream('one two three four five six', 2));
    const tokens: string[] = [];
    const text = await brain({ maxRetries: 0 }).reply('s', 'u', 'offline text', {
      onToken: (t) => tokens.push(t),
      onNotice: (n) => notices.push(n),
    });
    expect(text).toBe('offline text');
    expect(tokens.join('')).toBe('one two ');
    expect(notices.map((n) => n.code)).toEqual(['BRAIN_FALLBACK_OFFLINE']);
  });

  it('streams the offline text when nothing was streamed yet', async () => {
    server.script(reply.error(500), reply.error(500), reply.error(500));
    const tokens: string[] = [];
    const text = await brain().reply('s', 'u', 'offline text', {
      onToken: (t) => tokens.push(t),
      onNotice: (n) => notices.push(n),
    });
    expect(text).toBe('offline text');
    expect(tokens).toEqual(['offline text']);
  });

  it('reports usage and cost of a non-stream call', async () => {
    server.script(reply.text(JSON.stringify(GOOD), { usage: { prompt: 1000, completion: 500 } }));
    const usage: BrainUsage[] = [];
    await brain().structured(request(), { onUsage: (u) => usage.push(u) });
    expect(usage).toHaveLength(1);
    expect(usage[0]?.promptTokens).toBe(1000);
    expect(usage[0]?.completionTokens).toBe(500);
    expect(usage[0]?.costUsd).toBeCloseTo((1000 * 0.15 + 500 * 0.6) / 1e6, 12);
  });

  it('reports stream usage only when the endpoint was probed for it; unknown models have no cost', async () => {
    server.script(reply.text('Hello there friend.', { usage: { prompt: 12, completion: 4 } }));
    const usage: BrainUsage[] = [];
    const b = brain({
      model: 'my-local-llama',
      capabilities: { structuredMode: 'prompt', streamUsage: true },
    });
    await b.reply('s', 'u', 'offline', { onUsage: (u) => usage.push(u) });
    expect(server.chatRequests()[0]?.body.stream_options).toEqual({ include_usage: true });
    expect(usage).toEqual([{ promptTokens: 12, completionTokens: 4 }]);
  });
});
