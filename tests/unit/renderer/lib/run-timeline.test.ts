// Unit tests of the run timeline's state: folding events, adopting main's listing, stage rows and stale choices.
import { describe, expect, it } from 'vitest';
import type { AgentEvent, EntityCollections, RunView } from '../../../../src-preload/contract';
import {
  applyRunEvent,
  canResume,
  fromRunView,
  runChoices,
  startedRun,
  timelineItems,
  type PipelineRunState,
} from '../../../../src-renderer/src/lib/run-timeline';

const fold = (state: PipelineRunState, events: AgentEvent[]) => events.reduce(applyRunEvent, state);
const started = (stage: string): AgentEvent => ({ type: 'stage_started', runId: 'R', stage, at: 'now' });
const finished = (stage: string): AgentEvent => ({ type: 'stage_finished', runId: 'R', stage, at: 'now' });
const statusOf = (state: PipelineRunState, sceneCount = 0) =>
  Object.fromEntries(
    timelineItems(state, sceneCount).map((i) => [i.title, i.counter ? `${i.status} ${i.counter}` : i.status]),
  );
const view = (extra: Omit<Partial<RunView>, 'usage'> = {}): RunView => ({
  runId: 'R',
  status: 'running',
  plan: [
    'screenwriter',
    'character_designer',
    'location_scout',
    'relationship_writer',
    'scene_breakdown',
    'storyboard_artist',
    'shot_planner',
    'casting',
  ],
  stagesDone: [],
  startedAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  costUsd: 0,
  usage: {},
  ...extra,
});
const entities = (extra: Partial<EntityCollections> = {}): EntityCollections => ({
  characters: [],
  locations: [],
  relationships: [],
  scenes: [],
  shots: [],
  beats: [],
  talents: [],
  castings: [],
  ...extra,
});

describe('run timeline', () => {
  it('shows stages pending, running (parallel ones together) and done as events arrive', () => {
    const state = fold(startedRun('R', null), [
      started('screenwriter'),
      finished('screenwriter'),
      started('character_designer'),
      started('location_scout'),
    ]);
    expect(statusOf(state)).toEqual({
      Screenwriter: 'done',
      'Character designer': 'running',
      'Location scout': 'running',
      Relationships: 'pending',
      'Scene breakdown': 'pending',
      Storyboard: 'pending',
      'Shot planner': 'pending',
      Casting: 'pending',
    });
    // Events of another run leave the tracked run alone.
    expect(
      applyRunEvent(state, { type: 'stage_finished', runId: 'OTHER', stage: 'location_scout', at: 'now' }),
    ).toBe(state);
  });

  it('counts the storyboard by finished branches over the scenes, and marks it done once a later stage starts', () => {
    expect(statusOf(startedRun('R', null), 20).Storyboard).toBe('pending'); // scenes exist, nothing drawn yet
    let state = fold(startedRun('R', null), [
      started('storyboard:scene-1'),
      started('storyboard:scene-2'),
      finished('storyboard:scene-1'),
    ]);
    expect(statusOf(state, 20).Storyboard).toBe('running 1/20');
    // main's own progress wins when it counts further; its total wins over the project's scene count.
    state = applyRunEvent(state, {
      type: 'stage_progress',
      runId: 'R',
      stage: 'storyboard_artist',
      done: 7,
      total: 19,
    });
    expect(statusOf(state, 20).Storyboard).toBe('running 7/19');
    state = applyRunEvent(state, started('shot_planner'));
    expect(statusOf(state, 20)).toMatchObject({ Storyboard: 'done 19/19', 'Shot planner': 'running' });
  });

  it('stops showing stages as running when the run ends, keeping what finished', () => {
    const state = fold(startedRun('R', null), [
      finished('screenwriter'),
      started('character_designer'),
      { type: 'run_finished', runId: 'R', status: 'cancelled', at: 'now' },
    ]);
    expect(state.status).toBe('cancelled');
    expect(statusOf(state)).toMatchObject({ Screenwriter: 'done', 'Character designer': 'pending' });
    expect(canResume(state.status)).toBe(true);
    expect(canResume('done')).toBe(false);
    expect(canResume('running')).toBe(false);
  });

  it('keeps the checkpoints when the same run resumes, and starts clean for a new run', () => {
    const stopped: PipelineRunState = {
      ...startedRun('R', null),
      status: 'paused',
      stagesDone: ['screenwriter'],
      reason: 'Interrupted',
      choices: [{ label: 'x', command: 'y' }],
    };
    const resumed = startedRun('R', stopped);
    expect(resumed).toMatchObject({ status: 'running', stagesDone: ['screenwriter'], choices: [] });
    expect(startedRun('R2', stopped)).toMatchObject({ runId: 'R2', stagesDone: [], status: 'running' });
  });

  it("adopts main's listing: the plan and a stopped run's status and reason; newer live events survive an older listing", () => {
    const live = fold(startedRun('R', null), [finished('screenwriter'), started('location_scout')]);
    const merged = fromRunView(view({ plan: ['scene_breakdown'], stagesDone: [] }), live);
    expect(merged.plan).toEqual(['scene_breakdown']);
    expect(merged.stagesDone).toEqual(['screenwriter']);
    expect(merged.running).toEqual(['location_scout']);
    const paused = fromRunView(
      view({
        status: 'paused',
        stagesDone: ['screenwriter', 'location_scout'],
        reason: 'Interrupted (the app stopped)',
      }),
      live,
    );
    expect(paused).toMatchObject({ status: 'paused', running: [], reason: 'Interrupted (the app stopped)' });
    expect(
      timelineItems(fromRunView(view({ plan: ['scene_breakdown'] }), null), 0).map((i) => i.title),
    ).toEqual(['Scene breakdown']);
  });

  it('shows model-fallback notices live and again after a reload (from the listing); a pause warning is not one', () => {
    const notice = 'Used the offline engine for the scene list: the model answered prose.';
    const live = fold(startedRun('R', null), [
      { type: 'warning', runId: 'R', message: notice, notice: true },
      { type: 'warning', runId: 'R', message: notice, notice: true },
      { type: 'warning', runId: 'R', message: 'Paused: the run reached its budget.' },
    ]);
    expect(live.notices).toEqual([notice]);
    // A reload starts from nothing but main's listing, which carries the run record's notices.
    const reloaded = fromRunView(view({ status: 'done', notices: [notice] }), null);
    expect(reloaded.notices).toEqual([notice]);
    expect(fromRunView(view({ status: 'done' }), null).notices).toEqual([]);
    expect(fromRunView(view({ notices: [notice] }), live).notices).toEqual([notice]);
  });

  it("carries main's tokens and cost per stage into the rows (the storyboard sums its branches); offline shows none", () => {
    const usage = {
      screenwriter: { promptTokens: 900, completionTokens: 100, costUsd: 0.002 },
      'storyboard:s1': { promptTokens: 40, completionTokens: 10, costUsd: 0.001 },
    };
    const state = fromRunView(
      view({ status: 'done', stagesDone: ['screenwriter'], costUsd: 0.003, usage } as Partial<RunView>),
      null,
    );
    expect(state).toMatchObject({ costUsd: 0.003, usage });
    const rows = Object.fromEntries(timelineItems(state, 1).map((i) => [i.stage, i.usage]));
    expect(rows['screenwriter']).toEqual(usage.screenwriter);
    expect(rows['storyboard_artist']).toEqual(usage['storyboard:s1']);
    expect(rows['casting']).toEqual({ promptTokens: 0, completionTokens: 0, costUsd: 0 });
    const offline = fromRunView(view({ status: 'done' }), null);
    expect(
      timelineItems(offline, 0).every((i) => i.usage.promptTokens + i.usage.completionTokens === 0),
    ).toBe(true);
    // A resumed run keeps what it spent until the listing updates it.
    expect(startedRun('R', state)).toMatchObject({ costUsd: 0.003, usage });
  });

  it('offers regenerating stale levels next to the run choices, once per command', () => {
    const stale = { stale: true } as never;
    const state: PipelineRunState = {
      ...startedRun('R', null),
      status: 'done',
      choices: [{ label: 'Regenerate the storyboard', command: 'regenerate the storyboard' }],
    };
    const ents = entities({ scenes: [stale], shots: [stale] });
    expect(runChoices(state, ents).map((c) => c.command)).toEqual([
      'regenerate the storyboard',
      'regenerate the scenes',
    ]);
    expect(runChoices({ ...state, choices: [] }, entities())).toEqual([]);
    // While running, nothing is offered.
    expect(runChoices({ ...state, status: 'running' }, entities())).toEqual([]);
  });
});
