// Chat turns count their model calls (saved with the reply) and respect the budget per run.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiBrain } from '../../../src-main/brains/openai/openai-brain';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { openChat, type ChatHarness } from './chat-harness';

let fake: FakeOpenAiServer;
const open: ChatHarness[] = [];
beforeAll(async () => {
  fake = await startFakeOpenAiServer({ defaultReply: reply.text('Happy to help with your film.') });
});
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(async () => {
  await fake.close();
  removeTempDirs();
});

const brain = (inputPerMTok: number) =>
  createOpenAiBrain({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 5_000,
    maxRetries: 0,
    pricing: { inputPerMTok, outputPerMTok: inputPerMTok },
  });

describe('chat model calls and the budget', () => {
  // Issue 9: chat model calls were not counted.
  it('counts a turn’s model calls and their cost, and keeps the count with the reply', async () => {
    const h = await openChat(brain(1));
    open.push(h);
    const asked = fake.chatRequests().length;
    const turn = await h.send('hello, how are you today?');
    const made = fake.chatRequests().length - asked;
    expect(made).toBeGreaterThan(0);
    expect(turn.usage?.calls).toBe(made);
    expect(turn.usage?.costUsd).toBeGreaterThan(0);
    const saved = (await h.messages()).find((m) => m.id === turn.assistantMessageId);
    expect(saved?.usage).toEqual(turn.usage);
  });

  it('a turn whose call would pass the project budget answers offline with a notice', async () => {
    const h = await openChat(brain(1_000_000));
    open.push(h);
    const session = await h.services.projects.open(h.projectId);
    await session.updateMeta({ settings: { reviewGate: true, budgetUsd: 0.01 } }, 'Budget');
    const asked = fake.chatRequests().length;
    const turn = await h.send('hello, how are you today?');
    expect(fake.chatRequests().length - asked).toBe(0);
    expect(turn.reply.length).toBeGreaterThan(0);
    expect(turn.notices.join(' ')).toMatch(/budget/);
  });
});
