// "Test connection" against the fake server: capabilities, bad key, unknown model, unreachable port, timeout.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { capabilitiesFromProbe, probeEndpoint } from '../../../../src-main/brains/openai/probe-endpoint';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A port on 127.0.0.1 that nothing listens on (bound, read, released). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('probeEndpoint', () => {
  it('reports models and capabilities of a healthy endpoint', async () => {
    server = await startFakeOpenAiServer({
      models: ['fake-model', 'other'],
      apiKey: 'sk-good',
      defaultReply: reply.json({ ok: true }),
    });
    const result = await probeEndpoint({
      baseURL: server.baseURL,
      model: 'fake-model',
      apiKey: 'sk-good',
      timeoutMs: 2_000,
    });
    expect(result).toMatchObject({
      ok: true,
      models: ['fake-model', 'other'],
      supportsJsonSchema: true,
      supportsStreamUsage: true,
    });
    expect(result.error).toBeUndefined();
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(capabilitiesFromProbe(result)).toEqual({ structuredMode: 'json_schema', streamUsage: true });
  });

  it('detects servers that reject json_schema and stream_options', async () => {
    server = await startFakeOpenAiServer({
      rejectJsonSchema: true,
      rejectStreamOptions: true,
      defaultReply: reply.json({ ok: true }),
    });
    const result = await probeEndpoint({ baseURL: server.baseURL, model: 'fake-model', timeoutMs: 2_000 });
    expect(result).toMatchObject({
      ok: true,
      supportsJsonSchema: false,
      supportsJsonObject: true,
      supportsStreamUsage: false,
    });
    expect(capabilitiesFromProbe(result)).toEqual({ structuredMode: 'json_object', streamUsage: false });
  });

  it('says the key is bad on 401', async () => {
    server = await startFakeOpenAiServer({ apiKey: 'sk-good' });
    const result = await probeEndpoint({
      baseURL: server.baseURL,
      model: 'fake-model',
      apiKey: 'sk-wrong',
      timeoutMs: 2_000,
    });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('PROBE_BAD_KEY');
    expect(result.error?.remedy).toMatch(/API key/);
  });

  it('says the model is not found and lists the available ones', async () => {
    server = await startFakeOpenAiServer({ models: ['llama3.2:latest', 'qwen2.5'] });
    const result = await probeEndpoint({ baseURL: server.baseURL, model: 'gpt-4o', timeoutMs: 2_000 });
    expect(result.error?.code).toBe('PROBE_MODEL_NOT_FOUND');
    expect(result.error?.remedy).toContain('qwen2.5');
    const ollamaStyle = await probeEndpoint({ baseURL: server.baseURL, model: 'llama3.2', timeoutMs: 2_000 });
    expect(ollamaStyle.error?.code).not.toBe('PROBE_MODEL_NOT_FOUND');
  });

  it('says nothing answers on a closed port', async () => {
    const port = await freePort();
    const result = await probeEndpoint({
      baseURL: `http://127.0.0.1:${port}/v1`,
      model: 'x',
      timeoutMs: 2_000,
    });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('PROBE_UNREACHABLE');
    expect(result.error?.message).toContain(`127.0.0.1:${port}`);
  });

  it('times out on a hung server', async () => {
    server = await startFakeOpenAiServer({ defaultReply: reply.hang() });
    const started = Date.now();
    const result = await probeEndpoint({ baseURL: server.baseURL, model: 'fake-model', timeoutMs: 300 });
    expect(result.error?.code).toBe('PROBE_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('rejects an address that is not http(s) without any request', async () => {
    const result = await probeEndpoint({ baseURL: 'ftp://example', model: 'x' });
    expect(result.error?.code).toBe('PROBE_BAD_URL');
  });
});
