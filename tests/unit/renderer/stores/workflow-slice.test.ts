// Unit tests of the workflow slice: loaded on open, refreshed (coalesced) after project changes, guarded moves.
import { describe, expect, it } from 'vitest';
import type { Result, WorkflowView } from '../../../../src-preload/contract';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { wireEvents } from '../../../../src-renderer/src/stores/wire-events';
import { deferred, fakeApi, flush } from '../fake-api';
import { snapshot } from '../fixtures';

const snap = snapshot();
const projectId = snap.summary.id;
const view = (current: string, status: 'blocked' | 'available'): WorkflowView => ({
  projectId,
  current,
  history: [],
  steps: [
    {
      id: 'concept',
      title: 'Concept',
      description: '',
      status: current === 'concept' ? 'current' : 'done',
      needsReview: false,
      command: '',
    },
    {
      id: 'characters',
      title: 'Characters',
      description: '',
      status: current === 'characters' ? 'current' : status,
      needsReview: false,
      command: '',
    },
  ],
});

describe('workflow slice', () => {
  it('loads on open and re-fetches once after a burst of changes', async () => {
    let answer = deferred<Result<WorkflowView>>();
    let gets = 0;
    const { api, emit } = fakeApi({
      'project:open': () => ({ ok: true, value: snap }),
      'chat:sessions': () => ({ ok: true, value: [] }),
      'workflow:get': () => {
        gets += 1;
        return answer.promise;
      },
    });
    const store = createAppStore(api);
    wireEvents(api, store);
    await store.getState().openProject(projectId);
    expect(gets).toBe(1);
    const change = {
      projectId,
      changeId: 'c',
      label: 'x',
      revision: 1,
      canUndo: true,
      canRedo: false,
      ops: [],
    };
    emit('project:changed', change);
    emit('project:changed', { ...change, revision: 2 });
    emit('workflow:changed', { projectId, current: 'concept' });
    const first = answer;
    answer = deferred();
    first.resolve({ ok: true, value: view('concept', 'blocked') });
    await flush();
    expect(gets).toBe(2);
    answer.resolve({ ok: true, value: view('concept', 'available') });
    await flush();
    expect(gets).toBe(2);
    expect(store.getState().workflow?.steps[1]?.status).toBe('available');
    // Changes to other projects are ignored.
    emit('project:changed', { ...change, projectId: 'other' });
    expect(gets).toBe(2);
  });

  it('moves to a step, and keeps the refusal of a blocked move', async () => {
    const blocked = {
      code: 'WORKFLOW_NEEDS_CHARACTERS',
      reasons: ['Create 2 characters first.'],
      remedies: [{ label: 'Create 2 characters', command: 'create 2 characters' }],
    };
    let allow = false;
    const { api, calls } = fakeApi({
      'project:open': () => ({ ok: true, value: snap }),
      'chat:sessions': () => ({ ok: true, value: [] }),
      'workflow:get': () => ({ ok: true, value: view('concept', 'blocked') }),
      'workflow:move': () =>
        allow
          ? { ok: true, value: { moved: true, view: view('characters', 'available') } }
          : { ok: true, value: { moved: false, view: view('concept', 'blocked'), blocked } },
    });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    expect(await store.getState().moveWorkflow('characters')).toBe(false);
    expect(store.getState().workflowRefusal).toEqual(blocked);
    expect(await store.getState().moveWorkflow('not-a-step')).toBe(false);
    expect(calls.filter((c) => c.channel === 'workflow:move')).toHaveLength(1);
    allow = true;
    expect(await store.getState().moveWorkflow('characters')).toBe(true);
    expect(store.getState().workflow?.current).toBe('characters');
    expect(store.getState().workflowRefusal).toBeNull();
  });

  it('shows a step without moving the workflow: its entity tab is selected, nothing is sent', async () => {
    const { api, calls } = fakeApi({
      'project:open': () => ({ ok: true, value: snap }),
      'chat:sessions': () => ({ ok: true, value: [] }),
      'workflow:get': () => ({ ok: true, value: view('characters', 'available') }),
    });
    const store = createAppStore(api);
    await store.getState().openProject(projectId);
    store.getState().showStep('relationships');
    expect(store.getState().entityTab).toBe('relationships');
    expect(store.getState().viewedStep).toEqual({ step: 'relationships', request: 1 });
    store.getState().showStep('relationships');
    expect(store.getState().viewedStep?.request).toBe(2);
    store.getState().showStep('not-a-step');
    expect(store.getState().viewedStep?.step).toBe('relationships');
    expect(calls.filter((c) => c.channel === 'workflow:move')).toHaveLength(0);
  });
});
