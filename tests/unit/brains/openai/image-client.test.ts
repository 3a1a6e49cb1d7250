// The images API client against the fake server: retries of 429/5xx, a timeout and a cancel that say what happened.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateImage, type ImageRequestSettings } from '../../../../src-main/brains/openai/image-client';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { solidPng } from '../../../fakes/fake-png';

let fake: FakeOpenAiServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function endpoint(timeoutMs = 10_000): Promise<ImageRequestSettings> {
  fake = await startFakeOpenAiServer();
  return { baseURL: fake.baseURL, model: 'gpt-image-1', size: '256x256', timeoutMs };
}

describe('generateImage', () => {
  it('retries a rate limit and returns the PNG with its media type', async () => {
    const settings = await endpoint();
    fake!.scriptImages({ kind: 'error', status: 429 }, { kind: 'b64', png: solidPng(4, 4, '#123456') });
    const image = await generateImage(settings, 'a portrait', { backoffMs: 5 });
    expect(image.mime).toBe('image/png');
    expect(Buffer.from(image.bytes).equals(solidPng(4, 4, '#123456'))).toBe(true);
    expect(fake!.imageRequests()).toHaveLength(2);
  });

  it('gives up after its retries with the last status in words', async () => {
    const settings = await endpoint();
    fake!.scriptImages(...Array.from({ length: 3 }, () => ({ kind: 'error' as const, status: 429 })));
    await expect(
      generateImage(settings, 'a portrait', { backoffMs: 5, maxRetries: 2 }),
    ).rejects.toMatchObject({
      code: 'IMAGE_RATE_LIMITED',
      remedy: expect.stringMatching(/Wait a minute/),
    });
  });

  it('times out a server that never answers, and tells a cancel from a timeout', async () => {
    const settings = await endpoint(300);
    fake!.scriptImages({ kind: 'hang' });
    await expect(generateImage(settings, 'a portrait')).rejects.toMatchObject({
      code: 'IMAGE_TIMEOUT',
      message: expect.stringMatching(/did not answer within 0.3 s/),
      remedy: expect.stringMatching(/raise the image timeout/),
    });
    fake!.scriptImages({ kind: 'hang' });
    const abort = new AbortController();
    const call = generateImage({ ...settings, timeoutMs: 10_000 }, 'a portrait', { signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    await expect(call).rejects.toMatchObject({ code: 'IMAGE_CANCELLED' });
  });

  it('says nothing answers at an address where no server listens', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    await expect(
      generateImage(
        { baseURL: `http://127.0.0.1:${port}/v1`, model: 'm', size: '256x256', timeoutMs: 5_000 },
        'x',
        {
          maxRetries: 0,
        },
      ),
    ).rejects.toMatchObject({
      code: 'IMAGE_UNREACHABLE',
      message: expect.stringMatching(/Nothing answers at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/),
    });
  });
});
