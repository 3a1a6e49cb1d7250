// Unit tests of the chat slices: history on open, a turn replacing its optimistic and streamed bubbles, failures, cancel.
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatTurnResult, Result } from '../../../../src-preload/contract';
import { newSessionId } from '../../../../src-renderer/src/stores/chat-view';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { wireEvents } from '../../../../src-renderer/src/stores/wire-events';
import { deferred, fakeApi, flush } from '../fake-api';
import { snapshot } from '../fixtures';

const snap = snapshot();
const projectId = snap.summary.id;
const message = (
  id: string,
  role: ChatMessage['role'],
  content: string,
  extra: Partial<ChatMessage> = {},
): ChatMessage => ({
  id,
  sessionId: 'S1',
  role,
  content,
  at: '2025-01-01T00:00:00.000Z',
  createdIds: [],
  updatedIds: [],
  status: 'done',
  ...extra,
});
const turn = (
  runId: string,
  messages: ChatMessage[],
  extra: Partial<ChatTurnResult> = {},
): Result<ChatTurnResult> => ({
  ok: true,
  value: {
    runId,
    sessionId: 'S1',
    userMessageId: messages[0]!.id,
    assistantMessageId: messages[1]!.id,
    reply: '',
    intent: 'create',
    confidence: 1,
    created: [],
    updated: [],
    deleted: [],
    choices: [],
    notices: [],
    messages,
    ...extra,
  },
});
const base = {
  'project:open': () => ({ ok: true as const, value: snap }),
  'workflow:get': () => ({
    ok: true as const,
    value: { projectId, current: 'concept', steps: [], history: [] },
  }),
};

describe('chat slices', () => {
  it('loads the latest session’s history when a project opens', async () => {
    const { api, calls } = fakeApi({
      ...base,
      'chat:sessions': () => ({
        ok: true,
        value: [
          { id: 'S2', title: 'b', updatedAt: '2', messageCount: 1 },
          { id: 'S1', title: 'a', updatedAt: '1', messageCount: 2 },
        ],
      }),
      'chat:history': () => ({
        ok: true,
        value: [
          message('m1', 'user', 'hello'),
          message('m2', 'assistant', 'Created [[character:C1|Sarah]].', {
            choices: [{ label: 'Go', command: 'go' }],
          }),
        ],
      }),
    });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    await flush();
    await flush();
    expect(calls.find((c) => c.channel === 'chat:history')?.request).toEqual({ projectId, sessionId: 'S2' });
    expect(store.getState().sessionId).toBe('S2');
    expect(store.getState().messages.map((m) => [m.role, m.content, m.choices?.length ?? 0])).toEqual([
      ['user', 'hello', 0],
      ['assistant', 'Created [[character:C1|Sarah]].', 1],
    ]);
  });

  it('sends a turn: optimistic bubble, run adopted from run_started, streamed tokens, then the persisted messages', async () => {
    const answer = deferred<Result<ChatTurnResult>>();
    const { api, calls, emit } = fakeApi({
      ...base,
      'chat:sessions': () => ({ ok: true, value: [] }),
      'chat:send': () => answer.promise,
      'agent:cancel': () => ({ ok: true, value: { cancelled: true } }),
    });
    const store = createAppStore(api);
    wireEvents(api, store);
    await store.getState().openProject(projectId);
    await flush();

    const sending = store.getState().sendMessage('Create Sarah');
    expect(store.getState().chatSending).toBe(true);
    expect(store.getState().messages).toMatchObject([
      { role: 'user', content: 'Create Sarah', status: 'pending' },
    ]);
    emit('agent:event', { type: 'run_started', runId: 'R1', projectId, at: 'now' });
    emit('agent:event', { type: 'stage_started', runId: 'R1', stage: 'create', at: 'now' });
    emit('agent:event', { type: 'tokens', runId: 'R1', text: 'Creat' });
    expect(store.getState().activeRunId).toBe('R1');
    expect(store.getState().runs.R1?.stage).toBe('create');
    expect(store.getState().messages.at(-1)).toMatchObject({
      role: 'assistant',
      content: 'Creat',
      status: 'streaming',
    });

    await store.getState().cancelRun();
    expect(calls.at(-1)).toEqual({ channel: 'agent:cancel', request: { runId: 'R1' } });

    answer.resolve(
      turn(
        'R1',
        [
          message('u1', 'user', 'Create Sarah', { runId: 'R1' }),
          message('a1', 'assistant', 'Created [[character:C1|Sarah]].', {
            runId: 'R1',
            notices: ['Used the offline engine.'],
          }),
        ],
        { notices: ['Used the offline engine.'] },
      ),
    );
    await sending;
    const state = store.getState();
    expect(calls.find((c) => c.channel === 'chat:send')?.request).toEqual({
      projectId,
      text: 'Create Sarah',
    });
    expect(state.chatSending).toBe(false);
    expect(state.activeRunId).toBeNull();
    expect(state.sessionId).toBe('S1');
    expect(state.messages.map((m) => [m.id, m.role, m.status])).toEqual([
      ['u1', 'user', 'done'],
      ['a1', 'assistant', 'done'],
    ]);
    // Issue 9: the notice travels with the persisted reply (a reload shows it again), not as a local bubble.
    expect(state.messages[1]!.notices).toEqual(['Used the offline engine.']);
  });

  it('shows a failed send as an error with its remedy and a Try again choice', async () => {
    const { api } = fakeApi({
      ...base,
      'chat:sessions': () => ({ ok: true, value: [] }),
      'chat:send': () => ({
        ok: false,
        error: {
          code: 'TRANSPORT_CLOSED',
          message: 'The connection closed.',
          remedy: 'Start the host again.',
        },
      }),
    });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    await store.getState().sendMessage('Create Sarah');
    expect(store.getState().messages).toMatchObject([
      { role: 'user', status: 'failed', content: 'Create Sarah' },
      {
        role: 'system',
        status: 'failed',
        error: {
          code: 'TRANSPORT_CLOSED',
          message: 'The connection closed.',
          remedy: 'Start the host again.',
        },
        choices: [{ label: 'Try again', command: 'Create Sarah' }],
      },
    ]);
    // The error is in the conversation, not also in the alert region.
    expect(store.getState().notices.filter((n) => n.code === 'TRANSPORT_CLOSED')).toEqual([]);
  });

  it('starts a new conversation with a valid session id, and searches the history', async () => {
    const { api, calls } = fakeApi({
      ...base,
      'chat:sessions': () => ({ ok: true, value: [] }),
      'chat:search': () => ({ ok: true, value: [message('m9', 'user', 'the lighthouse')] }),
    });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    store.getState().newConversation();
    expect(store.getState().sessionId).toMatch(/^[\w-]{1,64}$/);
    await store.getState().searchChat('  lighthouse ');
    expect(calls.at(-1)).toEqual({ channel: 'chat:search', request: { projectId, query: 'lighthouse' } });
    expect(store.getState().chatSearch).toMatchObject({
      query: 'lighthouse',
      searching: false,
      results: [{ id: 'm9', sessionId: 'S1' }],
    });
    store.getState().clearChatSearch();
    expect(store.getState().chatSearch).toBeNull();
  });

  it('makes session ids that pass the contract rule and sort by time', () => {
    const a = newSessionId(1_000, () => 0);
    const b = newSessionId(2_000, () => 0.999999);
    expect(a).toMatch(/^[\w-]{1,64}$/);
    expect(b).toMatch(/^[\w-]{1,64}$/);
    expect(a < b).toBe(true);
  });

  // Issue 9: "Create a character" silently created "Sarah, 28, journalist".
  it('a suggestion fills the message box instead of sending', async () => {
    const { api, calls } = fakeApi({ ...base, 'chat:sessions': () => ({ ok: true, value: [] }) });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    store.getState().proposeMessage('create a character');
    expect(store.getState().chatDraft).toEqual({ text: 'create a character', request: 1 });
    store.getState().proposeMessage('create a character');
    expect(store.getState().chatDraft?.request).toBe(2);
    expect(calls.filter((c) => c.channel === 'chat:send')).toEqual([]);
  });
});
