// Unit tests of the simulation slice: a scene's turns shown as they stream in (in order only), Pause/Stop asked
// of main, the live scene handed over to the persisted reply, and nothing kept across a project switch.
import { describe, expect, it } from 'vitest';
import type { AgentEvent, ChatTurnResult, Result, Simulation } from '../../../../src-preload/contract';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { wireEvents } from '../../../../src-renderer/src/stores/wire-events';
import { deferred, fakeApi, flush } from '../fake-api';
import { ID, snapshot } from '../fixtures';

const snap = snapshot();
const projectId = snap.summary.id;
const base = {
  'project:open': () => ({ ok: true as const, value: snap }),
  'workflow:get': () => ({
    ok: true as const,
    value: { projectId, current: 'concept', steps: [], history: [] },
  }),
  'chat:sessions': () => ({ ok: true as const, value: [] }),
};

const turnEvent = (index: number, extra: Partial<AgentEvent> = {}): AgentEvent =>
  ({
    type: 'simulation_turn',
    runId: 'R1',
    projectId,
    simulationId: 'SIM1',
    index,
    turn: {
      speaker: index % 2 ? 'John' : 'Sarah',
      characterId: ID(index % 2 ? 2 : 1),
      text: `Line ${index}.`,
    },
    changes: [{ relationshipId: ID(10), dStrength: -0.1, dTrust: -0.05, reason: `r${index}`, turn: index }],
    emotions: [],
    ...extra,
  }) as AgentEvent;

async function openStore(answers: Parameters<typeof fakeApi>[0] = {}) {
  const fake = fakeApi({ ...base, ...answers });
  const store = createAppStore(fake.api);
  wireEvents(fake.api, store);
  await store.getState().openProject(projectId);
  await flush();
  return { store, ...fake };
}

describe('simulation slice', () => {
  it('shows streamed turns in order in the chat and the live scene, ignoring repeats and other projects', async () => {
    const { store, emit } = await openStore();
    emit('agent:event', { type: 'run_started', runId: 'R1', projectId, at: 'now' });
    emit('agent:event', turnEvent(0));
    emit('agent:event', turnEvent(0));
    emit('agent:event', turnEvent(2));
    emit('agent:event', turnEvent(1));
    emit('agent:event', turnEvent(2, { projectId: ID(98) } as Partial<AgentEvent>));
    const live = store.getState().liveScene!;
    expect(live.turns.map((t) => t.text)).toEqual(['Line 0.', 'Line 1.']);
    expect(live.changes.map((c) => c.reason)).toEqual(['r0', 'r1']);
    expect(store.getState().messages.at(-1)).toMatchObject({
      role: 'assistant',
      status: 'streaming',
      content: expect.stringContaining('Sarah: Line 0.\nJohn: Line 1.\n'),
    });
  });

  it('asks main to pause or stop the playing scene, and only while one plays', async () => {
    const { store, emit, calls } = await openStore({
      'simulation:interrupt': () => ({ ok: true, value: { requested: true } }),
    });
    await store.getState().interruptScene('pause');
    expect(calls.some((c) => c.channel === 'simulation:interrupt')).toBe(false);
    emit('agent:event', turnEvent(0));
    await store.getState().interruptScene('pause');
    expect(calls.at(-1)).toEqual({
      channel: 'simulation:interrupt',
      request: { projectId, action: 'pause' },
    });
    expect(store.getState().liveScene?.asked).toBe('pause');
  });

  it('hands the live scene over to the turn’s reply, and drops another window’s scene when its run ends', async () => {
    const answer = deferred<Result<ChatTurnResult>>();
    const { store, emit } = await openStore({ 'chat:send': () => answer.promise });
    const sending = store.getState().sendMessage('Have Sarah confront John');
    emit('agent:event', { type: 'run_started', runId: 'R1', projectId, at: 'now' });
    emit('agent:event', turnEvent(0));
    // The run's end alone does not clear this window's own scene: its reply (with the whole scene) does.
    emit('agent:event', { type: 'run_finished', runId: 'R1', status: 'done', at: 'now' });
    expect(store.getState().liveScene?.turns).toHaveLength(1);
    const sim = { id: 'SIM1', status: 'pending' } as Simulation;
    const message = (id: string, role: 'user' | 'assistant') => ({
      id,
      sessionId: 'S1',
      role,
      content: '',
      at: '2025-01-01T00:00:00.000Z',
      createdIds: [],
      updatedIds: [],
      status: 'done' as const,
      runId: 'R1',
      ...(role === 'assistant' ? { simulation: sim } : {}),
    });
    answer.resolve({
      ok: true,
      value: {
        runId: 'R1',
        sessionId: 'S1',
        userMessageId: 'u1',
        assistantMessageId: 'a1',
        reply: '',
        intent: 'simulate',
        confidence: 1,
        created: [],
        updated: [],
        deleted: [],
        choices: [],
        notices: [],
        messages: [message('u1', 'user'), message('a1', 'assistant')],
      },
    });
    await sending;
    expect(store.getState().liveScene).toBeNull();
    expect(store.getState().messages.at(-1)?.simulation).toBe(sim);

    emit('agent:event', turnEvent(0, { runId: 'R2' } as Partial<AgentEvent>));
    expect(store.getState().liveScene?.runId).toBe('R2');
    emit('agent:event', { type: 'run_finished', runId: 'R2', status: 'done', at: 'now' });
    expect(store.getState().liveScene).toBeNull();
  });

  it('forgets the live scene when the project closes', async () => {
    const { store, emit } = await openStore({
      'project:close': () => ({ ok: true, value: { closed: true } }),
    });
    emit('agent:event', turnEvent(0));
    expect(store.getState().liveScene).not.toBeNull();
    await store.getState().closeProject();
    expect(store.getState().liveScene).toBeNull();
  });
});
