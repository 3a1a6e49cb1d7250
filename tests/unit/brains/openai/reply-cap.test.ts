// A model answer over the size cap ends in the offline fallback with a specific notice, never INTERNAL (issue 8, finding 9).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { MAX_REPLY_CHARS } from '../../../../src-main/brains/openai/model-errors';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, type ChatHarness } from '../../chat/chat-harness';

/** Low rules confidence: understanding goes to the model, then the small-talk reply does too. */
const SMALL_TALK = "I'm not sure where to start, honestly";
const CHAT_INTENT = reply.json({ intent: 'chat', confidence: 0.9, params: {} });
/** ~30 MB in 64 KB words, so the fake streams it in a few hundred chunks. */
const HUGE = `${'x'.repeat(64 * 1024)} `.repeat(480);

let fake: FakeOpenAiServer | undefined;
let h: ChatHarness | undefined;

async function chat(): Promise<ChatHarness> {
  fake = await startFakeOpenAiServer();
  const brain = createOpenAiBrain({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 10_000,
    maxRetries: 1,
    backoff: { baseMs: 10, maxMs: 20 },
  });
  h = await openChat(brain);
  return h;
}

afterEach(async () => {
  await h?.close();
  await fake?.close();
  h = undefined;
  fake = undefined;
});
afterAll(removeTempDirs);

describe('model reply size cap', () => {
  it('a 30 MB streamed chat reply: the offline reply, a notice naming the limit, the turn saved', async () => {
    const harness = await chat();
    fake!.script(CHAT_INTENT, reply.text(HUGE));
    const result = await harness.send(SMALL_TALK);
    expect(result.messages.map((m) => m.status)).toEqual(['done', 'done']);
    expect(result.reply.length).toBeLessThan(10_000);
    expect(result.notices.some((n) => /offline/i.test(n) && /character limit/.test(n))).toBe(true);
    // Only one request for the reply: an over-long answer is not retried.
    expect(fake!.chatRequests()).toHaveLength(2);
  });

  it('a 30 MB structured answer: the offline engine understands the message, with a notice; no INTERNAL', async () => {
    const harness = await chat();
    fake!.script(reply.json({ intent: 'chat', confidence: 0.9, params: { note: HUGE } }));
    const result = await harness.send(SMALL_TALK);
    expect(result.messages.map((m) => m.status)).toEqual(['done', 'done']);
    expect(result.notices.some((n) => /message intent/.test(n) && /character limit/.test(n))).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/INTERNAL/);
  });

  it('the cap leaves room for any answer a chat message can hold', () => {
    expect(MAX_REPLY_CHARS).toBeGreaterThanOrEqual(100_000);
    expect(MAX_REPLY_CHARS).toBeLessThanOrEqual(2_000_000);
  });
});
