// Unit tests of the pipeline slice: the timeline loaded on open (survives restarts), live events, cancel and resume.
import { describe, expect, it } from 'vitest';
import type { Result, RunView } from '../../../../src-preload/contract';
import { WRITING_TAIL } from '../../../../src-renderer/src/lib/run-timeline';
import { createAppStore } from '../../../../src-renderer/src/stores/store';
import { wireEvents } from '../../../../src-renderer/src/stores/wire-events';
import { fakeApi, flush } from '../fake-api';
import { snapshot } from '../fixtures';

const snap = snapshot();
const projectId = snap.summary.id;
const RUN = '01J0000000000000000000RUN1';
const PLAN = [
  'screenwriter',
  'character_designer',
  'location_scout',
  'relationship_writer',
  'scene_breakdown',
  'storyboard_artist',
  'shot_planner',
  'casting',
];
const view = (extra: Omit<Partial<RunView>, 'usage'> = {}): RunView => ({
  runId: RUN,
  status: 'running',
  plan: PLAN,
  stagesDone: [],
  startedAt: '2025-01-01T00:00:01.000Z',
  updatedAt: '2025-01-01T00:00:01.000Z',
  costUsd: 0,
  usage: {},
  ...extra,
});

/** A store with the project open; `runs` is what agent:runs answers (changeable between calls). */
async function setup(runs: { current: RunView[] }) {
  const fake = fakeApi({
    'project:open': () => ({ ok: true, value: snap }),
    'workflow:get': () => ({ ok: false, error: { code: 'X', message: 'not needed' } }),
    'chat:sessions': () => ({ ok: true, value: [] }),
    'agent:runs': (): Result<RunView[]> => ({ ok: true, value: runs.current }),
    'agent:cancel': () => ({ ok: true, value: { cancelled: true } }),
    'agent:resume': (request) => ({ ok: true, value: { runId: (request as { runId: string }).runId } }),
  });
  const store = createAppStore(fake.api);
  wireEvents(fake.api, store);
  await store.getState().openProject(projectId);
  await flush();
  return { ...fake, store };
}

describe('pipeline slice', () => {
  it('shows the latest run after opening (a run killed by a restart comes back paused) and resumes it', async () => {
    const runs = {
      current: [
        view({ status: 'paused', stagesDone: ['screenwriter'], reason: 'Interrupted (the app stopped).' }),
      ],
    };
    const { store, calls } = await setup(runs);
    expect(store.getState().pipelineRun).toMatchObject({
      runId: RUN,
      status: 'paused',
      stagesDone: ['screenwriter'],
      reason: 'Interrupted (the app stopped).',
    });
    await store.getState().resumePipelineRun();
    expect(calls.filter((c) => c.channel === 'agent:resume')).toEqual([
      { channel: 'agent:resume', request: { projectId, runId: RUN } },
    ]);
    // Running until the events say otherwise; Resume is not offered twice.
    expect(store.getState().pipelineRun?.status).toBe('running');
    await store.getState().resumePipelineRun();
    expect(calls.filter((c) => c.channel === 'agent:resume')).toHaveLength(1);
  });

  it('approves the review gate when resuming a run that awaits review', async () => {
    const { store, calls } = await setup({ current: [view({ status: 'awaiting_review' })] });
    await store.getState().resumePipelineRun();
    expect(calls.find((c) => c.channel === 'agent:resume')?.request).toEqual({
      projectId,
      runId: RUN,
      approve: true,
    });
  });

  it("follows a pipeline run's events, leaves the chat turn's Cancel alone and reloads the true status when it ends", async () => {
    const runs = { current: [] as RunView[] };
    const { store, emit, calls } = await setup(runs);
    expect(store.getState().pipelineRun).toBeNull();
    // Another project's run is not ours.
    emit('agent:event', {
      type: 'run_started',
      runId: 'ELSEWHERE',
      projectId: 'other',
      at: 'now',
      kind: 'pipeline',
    });
    expect(store.getState().pipelineRun).toBeNull();
    runs.current = [view()];
    emit('agent:event', { type: 'run_started', runId: RUN, projectId, at: 'now', kind: 'pipeline' });
    emit('agent:event', { type: 'stage_started', runId: RUN, stage: 'screenwriter', at: 'now' });
    emit('agent:event', { type: 'stage_finished', runId: RUN, stage: 'screenwriter', at: 'now' });
    await flush();
    expect(store.getState().activeRunId).toBeNull();
    expect(store.getState().pipelineRun).toMatchObject({
      runId: RUN,
      status: 'running',
      plan: PLAN,
      stagesDone: ['screenwriter'],
    });

    await store.getState().cancelPipelineRun();
    expect(calls.filter((c) => c.channel === 'agent:cancel')).toEqual([
      { channel: 'agent:cancel', request: { runId: RUN } },
    ]);

    // A budget pause also ends as "cancelled" on the wire: the listing says paused, and why.
    runs.current = [
      view({ status: 'paused', stagesDone: ['screenwriter'], reason: 'The run reached its budget.' }),
    ];
    emit('agent:event', { type: 'run_finished', runId: RUN, status: 'cancelled', at: 'now' });
    expect(store.getState().pipelineRun?.status).toBe('cancelled');
    await flush();
    expect(store.getState().pipelineRun).toMatchObject({
      status: 'paused',
      reason: 'The run reached its budget.',
    });
  });

  it('ignores a listing older than the run it tracks, and forgets the run when the project closes', async () => {
    const runs = { current: [view({ runId: 'OLDER0000000000000000000000', status: 'done' })] };
    const { store, emit } = await setup(runs);
    emit('agent:event', { type: 'run_started', runId: RUN, projectId, at: 'now', kind: 'pipeline' });
    await flush(); // the listing answered without the new run
    expect(store.getState().pipelineRun).toMatchObject({ runId: RUN, status: 'running' });
    store.getState().resetProjectState();
    expect(store.getState().pipelineRun).toBeNull();
  });

  it("shows a streamed stage's latest words in the timeline, not as a chat message, and clears them when it ends", async () => {
    const runs = { current: [view()] };
    const { store, emit } = await setup(runs);
    emit('agent:event', { type: 'run_started', runId: RUN, projectId, at: 'now', kind: 'pipeline' });
    emit('agent:event', { type: 'stage_started', runId: RUN, stage: 'scene_breakdown', at: 'now' });
    emit('agent:event', { type: 'tokens', runId: RUN, text: '{"scenes":[{"heading":' });
    emit('agent:event', { type: 'tokens', runId: RUN, text: '"INT. VAULT - NIGHT"' });
    expect(store.getState().pipelineRun?.writing).toBe('{"scenes":[{"heading":"INT. VAULT - NIGHT"');
    expect(store.getState().messages.some((m) => m.runId === RUN)).toBe(false);
    // A long stage keeps only its latest words.
    emit('agent:event', { type: 'tokens', runId: RUN, text: 'x'.repeat(500) });
    expect(store.getState().pipelineRun?.writing).toBe('x'.repeat(WRITING_TAIL));
    emit('agent:event', { type: 'stage_finished', runId: RUN, stage: 'scene_breakdown', at: 'now' });
    expect(store.getState().pipelineRun?.writing).toBeUndefined();
  });
});
