// Unit tests of the renderer store against a scripted api: error notices, change events, entity verbs, queue and runs.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { wireEvents } from '../../../../src-renderer/src/stores/wire-events';
import { fakeApi } from '../fake-api';
import { character, ID, snapshot } from '../fixtures';

describe('app store', () => {
  it('shows a failed Result as an error notice with its remedy', async () => {
    const { api } = fakeApi({
      'project:create': () => ({
        ok: false,
        error: { code: 'NAME_TAKEN', message: 'That name is taken.', remedy: 'Pick another.' },
      }),
    });
    const store = createAppStore(api);
    expect(await store.getState().createProject('X', 'short-film')).toBeNull();
    expect(store.getState().notices).toMatchObject([
      { kind: 'error', code: 'NAME_TAKEN', message: 'That name is taken.', remedy: 'Pick another.' },
    ]);
  });

  it('opens a project and applies project:changed events in revision order', async () => {
    const snap = snapshot([character(1, 'Ada')], 2);
    const { api, emit } = fakeApi({ 'project:open': () => ({ ok: true, value: snap }) });
    const store = createAppStore(api);
    wireEvents(api, store);
    await store.getState().openProject(snap.summary.id);
    emit('project:changed', {
      projectId: snap.summary.id,
      changeId: 'c',
      label: 'add',
      revision: 3,
      canUndo: true,
      canRedo: false,
      ops: [{ type: 'character', id: ID(2), before: null, after: { ...character(2, 'Bo') } }],
    });
    expect(store.getState().snapshot?.file.entities.characters.map((c) => c.name)).toEqual(['Ada', 'Bo']);
    expect(store.getState().snapshot?.canUndo).toBe(true);
    // Events for other projects are ignored.
    emit('project:changed', {
      projectId: ID(1),
      changeId: 'd',
      label: 'x',
      revision: 4,
      canUndo: true,
      canRedo: false,
      ops: [],
    });
    expect(store.getState().snapshot?.revision).toBe(3);
  });

  it('creates an entity through entity:create, applies the change once and selects it', async () => {
    const snap = snapshot([], 0);
    const bo = character(2, 'Bo');
    const change = {
      changeId: 'c',
      label: 'add',
      revision: 1,
      canUndo: true,
      canRedo: false,
      ops: [{ type: 'character' as const, id: bo.id, before: null, after: { ...bo } }],
    };
    const { api, calls, emit } = fakeApi({
      'project:open': () => ({ ok: true, value: snap }),
      'entity:create': () => ({ ok: true, value: { entity: bo, change } }),
    });
    const store = createAppStore(api);
    wireEvents(api, store);
    await store.getState().openProject(snap.summary.id);
    await store.getState().createEntity('character', { name: 'Bo' });
    emit('project:changed', { projectId: snap.summary.id, ...change }); // the broadcast of the same change
    expect(calls.filter((c) => c.channel === 'entity:create')).toEqual([
      {
        channel: 'entity:create',
        request: { projectId: snap.summary.id, type: 'character', data: { name: 'Bo' } },
      },
    ]);
    expect(store.getState().snapshot?.file.entities.characters).toHaveLength(1);
    expect(store.getState().selected).toEqual({ type: 'character', id: bo.id });
  });

  it('keeps queue progress per task and agent runs per run id', () => {
    const { api, emit } = fakeApi({});
    const store = createAppStore(api);
    wireEvents(api, store);
    emit('queue:progress', {
      projectId: 'p',
      taskId: 't1',
      label: 'Characters',
      done: 1,
      total: 5,
      status: 'running',
    });
    emit('queue:progress', {
      projectId: 'p',
      taskId: 't1',
      label: 'Characters',
      done: 5,
      total: 5,
      status: 'done',
    });
    expect(store.getState().tasks).toEqual([
      { projectId: 'p', taskId: 't1', label: 'Characters', done: 5, total: 5, status: 'done' },
    ]);
    emit('agent:event', { type: 'tokens', runId: 'r1', text: 'Hel' });
    emit('agent:event', { type: 'tokens', runId: 'r1', text: 'lo' });
    emit('agent:event', { type: 'run_finished', runId: 'r1', status: 'done', at: 'now' });
    expect(store.getState().messages.map((m) => [m.content, m.status])).toEqual([['Hello', 'done']]);
    expect(store.getState().runs.r1?.status).toBe('done');
  });
});
