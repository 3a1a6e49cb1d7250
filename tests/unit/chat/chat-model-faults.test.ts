// The chat with the OpenAI-compatible brain against the fake server: success, 429, 500s, hangs, broken JSON —
// the user's message is never lost, the result says what happened, and sending the same text again works.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatTurnResult } from '../../../src-preload/contract/dto';
import type { Brain } from '../../../src-main/brains/brain';
import { createOpenAiBrain } from '../../../src-main/brains/openai/openai-brain';
import { ChatLog } from '../../../src-main/chat/chat-log';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type FakeReply,
} from '../../fakes/fake-openai-server';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat, type ChatHarness } from './chat-harness';

/** Low rules confidence: understanding goes to the model, then the small-talk reply does too. */
const SMALL_TALK = "I'm not sure where to start, honestly";
/** Rules are sure it is a create, but find no named entity: extraction goes to the model (structured output). */
const AMBIGUOUS_CREATE = 'Create a character who is a 30-year-old pilot';
const OFFLINE_SMALL_TALK = /I'm not sure what to do with that/;

const CHAT_INTENT = reply.json({ intent: 'chat', confidence: 0.9, params: {} });
const MAYA = {
  entities: [{ type: 'character', name: 'Maya', attributes: { age: 30, occupation: 'pilot' } }],
  relationships: [],
};

let fake: FakeOpenAiServer;
let h: ChatHarness | undefined;

async function chatWith(options: { defaultReply?: FakeReply } = {}): Promise<ChatHarness> {
  fake = await startFakeOpenAiServer(options);
  const brain: Brain = createOpenAiBrain({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 800,
    maxRetries: 1,
    backoff: { baseMs: 10, maxMs: 20 },
  });
  h = await openChat(brain);
  return h;
}

/** The turn's user message is on disk: a fresh ChatLog (no cache) reads it back by id. */
async function expectUserMessagePersisted(result: ChatTurnResult, text: string): Promise<void> {
  const dir = (await h!.services.projects.open(h!.projectId)).dir;
  const fromDisk = await new ChatLog(dir).read(result.sessionId);
  expect(fromDisk.find((m) => m.id === result.userMessageId)).toMatchObject({
    role: 'user',
    content: text,
    status: 'done',
  });
  expect(fromDisk.find((m) => m.id === result.assistantMessageId)?.content.length).toBeGreaterThan(0);
}

/** Sending the same text again, with the model healthy, gives the model's answer. */
async function expectSmallTalkRetryWorks(): Promise<void> {
  fake.script(CHAT_INTENT, reply.text('Start with your protagonist.'));
  const again = await h!.send(SMALL_TALK);
  expect(again.reply).toBe('Start with your protagonist.');
  expect(again.notices).toEqual([]);
  expect(again.messages.map((m) => m.status)).toEqual(['done', 'done']);
}

async function expectCreateRetryWorks(): Promise<void> {
  fake.script(reply.json(MAYA));
  const again = await h!.send(AMBIGUOUS_CREATE);
  expect(again.created.map((r) => r.name)).toEqual(['Maya']);
  const maya = await only(h!, 'Maya');
  expect([maya.age, maya.occupation, maya.createdVia]).toEqual([30, 'pilot', 'chat']);
  expect(maya.provenance?.messageId).toBe(again.userMessageId);
}

beforeEach(() => {
  h = undefined;
});
afterEach(async () => {
  await h?.close();
  await fake?.close();
});
afterAll(removeTempDirs);

describe('scripted success', () => {
  it('small talk: the model classifies, then streams the reply; no notices', async () => {
    await chatWith();
    fake.script(CHAT_INTENT, reply.text('Every film starts with one person who wants something.'));
    const result = await h!.send(SMALL_TALK);
    expect(result.intent).toBe('chat');
    expect(result.reply).toBe('Every film starts with one person who wants something.');
    expect(result.notices).toEqual([]);
    const requests = fake.chatRequests();
    expect(requests).toHaveLength(2);
    expect(JSON.stringify(requests[0]!.body.messages)).toContain(SMALL_TALK);
    expect(requests[1]!.body.stream).toBe(true);
    await expectUserMessagePersisted(result, SMALL_TALK);
  });

  it('structured extraction: the model names the character the rules could not', async () => {
    await chatWith();
    fake.script(reply.json(MAYA));
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.notices).toEqual([]);
    expect(fake.chatRequests()).toHaveLength(1);
    expect(result.created.map((r) => r.name)).toEqual(['Maya']);
    expect((await only(h!, 'Maya')).age).toBe(30);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
  });
});

describe('429 then success', () => {
  it('small talk: one retry, a visible retry notice, the model answer', async () => {
    await chatWith();
    fake.script(reply.error(429, { retryAfterMs: 10 }), CHAT_INTENT, reply.text('Rate limit cleared.'));
    const result = await h!.send(SMALL_TALK);
    expect(result.reply).toBe('Rate limit cleared.');
    expect(result.notices.some((n) => /429/.test(n) && /retrying/i.test(n))).toBe(true);
    expect(result.notices.some((n) => /offline/i.test(n))).toBe(false);
    expect(fake.chatRequests()).toHaveLength(3);
    await expectUserMessagePersisted(result, SMALL_TALK);
    await expectSmallTalkRetryWorks();
  });

  it('structured extraction: retried, then the model entity is created', async () => {
    await chatWith();
    fake.script(reply.error(429, { retryAfterMs: 10 }), reply.json(MAYA));
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.created.map((r) => r.name)).toEqual(['Maya']);
    expect(result.notices.some((n) => /429/.test(n))).toBe(true);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
  });
});

describe('500s', () => {
  it('small talk: falls back to the offline reply and says why; retry works once the server recovers', async () => {
    await chatWith({ defaultReply: reply.error(500, { retryAfterMs: 10 }) });
    const result = await h!.send(SMALL_TALK);
    expect(result.messages.map((m) => m.status)).toEqual(['done', 'done']);
    expect(result.reply).toMatch(OFFLINE_SMALL_TALK);
    expect(result.notices.some((n) => /message intent/.test(n) && /5xx/.test(n))).toBe(true);
    // The reply itself fell back too, and that is reported (not swallowed by the small-talk node).
    expect(result.notices.some((n) => /offline reply/.test(n) && /5xx/.test(n))).toBe(true);
    await expectUserMessagePersisted(result, SMALL_TALK);
    await expectSmallTalkRetryWorks();
  });

  it('structured extraction: the offline engine asks for the name, with a notice; retry creates Maya', async () => {
    await chatWith({ defaultReply: reply.error(500, { retryAfterMs: 10 }) });
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.created).toEqual([]);
    expect(result.reply).toMatch(/called\?/);
    expect(result.notices.some((n) => /entity extraction/.test(n) && /5xx/.test(n))).toBe(true);
    expect(await h!.characters()).toEqual([]);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
    await expectCreateRetryWorks();
    expect(await h!.characters()).toHaveLength(1);
  });
});

describe('hang (timeout)', () => {
  it('small talk: each call gives up at the deadline, the offline reply says what happened; retry works', async () => {
    await chatWith({ defaultReply: reply.hang() });
    const result = await h!.send(SMALL_TALK);
    expect(result.reply).toMatch(OFFLINE_SMALL_TALK);
    expect(result.notices.some((n) => /did not answer in time/.test(n))).toBe(true);
    expect(result.messages.map((m) => m.status)).toEqual(['done', 'done']);
    await expectUserMessagePersisted(result, SMALL_TALK);
    await expectSmallTalkRetryWorks();
  });

  it('structured extraction: times out to the offline engine, nothing half-created; retry creates Maya', async () => {
    await chatWith({ defaultReply: reply.hang() });
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.created).toEqual([]);
    expect(result.notices.some((n) => /entity extraction/.test(n) && /in time/.test(n))).toBe(true);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
    await expectCreateRetryWorks();
  });
});

describe('broken JSON', () => {
  it('prose instead of JSON (twice): re-asked once, then the rules decide, with a notice', async () => {
    await chatWith();
    fake.script(reply.prose(), reply.prose(), reply.text('Happy to help you get going.'));
    const result = await h!.send(SMALL_TALK);
    expect(fake.chatRequests()).toHaveLength(3);
    // The re-ask carries the unusable answer back to the model.
    expect(JSON.stringify(fake.chatRequests()[1]!.body.messages)).toContain('not usable');
    expect(result.notices.some((n) => /message intent/.test(n) && /not valid/.test(n))).toBe(true);
    expect(result.reply).toBe('Happy to help you get going.');
    await expectUserMessagePersisted(result, SMALL_TALK);
    await expectSmallTalkRetryWorks();
  });

  it('truncated extraction JSON is repaired, reported, and used', async () => {
    await chatWith();
    fake.script(reply.truncated(MAYA));
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.notices.some((n) => /Repaired/.test(n))).toBe(true);
    expect(result.created.map((r) => r.name)).toEqual(['Maya']);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
  });

  it('unrepairable extraction answers fall back offline (asks for the name); retry works', async () => {
    await chatWith({ defaultReply: reply.prose() });
    const result = await h!.send(AMBIGUOUS_CREATE);
    expect(result.created).toEqual([]);
    expect(result.reply).toMatch(/called\?/);
    expect(result.notices.some((n) => /entity extraction/.test(n))).toBe(true);
    await expectUserMessagePersisted(result, AMBIGUOUS_CREATE);
    await expectCreateRetryWorks();
  });
});

describe('a run that throws', () => {
  it('is marked failed with a "Try again" choice; the user message is kept; the same text then succeeds', async () => {
    await chatWith();
    const real = createOpenAiBrain({ baseURL: fake.baseURL, model: 'fake', timeoutMs: 800, maxRetries: 1 });
    let failures = 1;
    const flaky: Brain = {
      ...real,
      id: 'openai',
      understand: async (...args) => {
        if (failures-- > 0) throw new Error('brain exploded');
        return real.understand(...args);
      },
    };
    const root = h!.root;
    await h!.close();
    h = await openChat(flaky, root);
    const failed = await h.send('Create a character named Sarah, 28, journalist');
    const assistant = failed.messages.find((m) => m.role === 'assistant')!;
    expect(assistant.status).toBe('failed');
    expect(assistant.error?.code).toBeTruthy();
    expect(failed.reply).toMatch(/^That didn't work/);
    expect(failed.choices).toEqual([
      { label: 'Try again', command: 'Create a character named Sarah, 28, journalist' },
    ]);
    expect(await h.characters()).toEqual([]);
    await expectUserMessagePersisted(failed, 'Create a character named Sarah, 28, journalist');

    const retried = await h.send(failed.choices[0]!.command);
    expect(retried.messages.find((m) => m.role === 'assistant')!.status).toBe('done');
    expect((await only(h, 'Sarah')).age).toBe(28);
  });
});
