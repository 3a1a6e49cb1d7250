// The run timeline's state: a pipeline run folded from `agent:runs` and `agent:event`s, and the stage list it shows.
import type { AgentEvent, EntityCollections, PipelineRunView } from '../contract';
import { assertNever } from './assert-never';
import { stageUsage, type RunUsage, type StageUsage } from './run-usage';

/** A pipeline stage as the timeline names it, and the chat command that regenerates from it. */
export interface StageSpec {
  stage: string;
  title: string;
  /** Sent as a chat message by "Regenerate from here" (main's rules map the level word to the stage). */
  command: string;
}

/** The generate plan's stages in dependency order (DESIGN.md §5); the ids are main's stage names. */
export const PIPELINE_STAGES: readonly StageSpec[] = [
  { stage: 'screenwriter', title: 'Screenwriter', command: 'regenerate the story' },
  { stage: 'character_designer', title: 'Character designer', command: 'regenerate the characters' },
  { stage: 'location_scout', title: 'Location scout', command: 'regenerate the locations' },
  { stage: 'relationship_writer', title: 'Relationships', command: 'regenerate the relationships' },
  { stage: 'scene_breakdown', title: 'Scene breakdown', command: 'regenerate the scenes' },
  { stage: 'storyboard_artist', title: 'Storyboard', command: 'regenerate the storyboard' },
  { stage: 'shot_planner', title: 'Shot planner', command: 'regenerate the shot list' },
  { stage: 'casting', title: 'Casting', command: 'regenerate the casting' },
];

const SPEC_OF = new Map(PIPELINE_STAGES.map((s) => [s.stage, s]));
const ALL_STAGES = PIPELINE_STAGES.map((s) => s.stage);
/** Storyboard branches run and checkpoint as `storyboard:<sceneKey>`, one per scene. */
const BRANCH_PREFIX = 'storyboard:';
const STORYBOARD = 'storyboard_artist';

export type PipelineStatus = PipelineRunView['status'];

/** What the renderer knows about the latest pipeline run of the open project. */
export interface PipelineRunState {
  runId: string;
  status: PipelineStatus;
  /** Planned stages in order (all of them until `agent:runs` told the real plan). */
  plan: string[];
  /** Finished stages and storyboard branches, as main checkpoints them. */
  stagesDone: string[];
  /** Stages (and branches) started but not finished in this session. */
  running: string[];
  /** The storyboard's own count (`stage_progress`), when main sent one. */
  progress?: { done: number; total: number };
  /** Why the run stopped (paused, interrupted, failed). */
  reason?: string;
  /** One-click follow-ups the run offered (resume, regenerate a stale level…). */
  choices: { label: string; command: string }[];
  /** Tokens and estimated cost per stage (model brains; empty offline), from `agent:runs`. */
  usage: RunUsage;
  /** The run's estimated cost so far (US dollars). */
  costUsd: number;
  /** The end of what the model is writing right now (streamed stages), cleared when a stage finishes. */
  writing?: string;
  /** What the run was expected to cost when it started (model brains with a known price). */
  estimateUsd?: number;
  /** The run's notices (a stage the offline engine wrote instead of the model): live, then from `agent:runs`. */
  notices: string[];
}

/** How much of a streamed stage the timeline keeps: the latest words, enough to see it move. */
export const WRITING_TAIL = 120;

/** A row of the timeline. */
export interface TimelineItem extends StageSpec {
  status: 'pending' | 'running' | 'done';
  /** "7/20" for the storyboard (branches finished / scenes). */
  counter?: string;
  /** The stage's tokens and estimated cost (all zero offline). */
  usage: StageUsage;
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** A run the timeline just heard of (`run_started`); its plan comes later from `agent:runs`. */
export function startedRun(runId: string, previous: PipelineRunState | null): PipelineRunState {
  // A resumed run keeps its id and its checkpoints: finished stages stay finished.
  if (previous?.runId === runId) return { ...previous, status: 'running', running: [], choices: [] };
  return {
    runId,
    status: 'running',
    plan: [...ALL_STAGES],
    stagesDone: [],
    running: [],
    choices: [],
    usage: {},
    costUsd: 0,
    notices: [],
  };
}

/**
 * Adopts main's view of a run. While the run still streams here, what the events already said is kept
 * (they can be newer than the listing); once main reports it stopped, main is the truth.
 */
export function fromRunView(view: PipelineRunView, previous: PipelineRunState | null): PipelineRunState {
  const same = previous?.runId === view.runId ? previous : null;
  const live = same !== null && same.status === 'running' && view.status === 'running';
  return {
    runId: view.runId,
    status: view.status,
    plan: view.plan.length ? [...view.plan] : [...ALL_STAGES],
    stagesDone: live ? union(view.stagesDone, same.stagesDone) : [...view.stagesDone],
    running: live ? same.running.filter((s) => !view.stagesDone.includes(s)) : [],
    ...(live && same.progress ? { progress: same.progress } : {}),
    ...(view.reason ? { reason: view.reason } : {}),
    choices: same?.choices ?? [],
    // A host older than usage reporting sends neither field: treat that as "nothing to show".
    usage: view.usage ?? {},
    costUsd: view.costUsd ?? 0,
    ...(view.estimateUsd !== undefined ? { estimateUsd: view.estimateUsd } : {}),
    // The record keeps every notice (a reload lists them again); ones seen live but not yet saved stay too.
    notices: union(view.notices ?? [], same?.notices ?? []),
  };
}

/** Folds one agent event of the tracked run into its state (events of other runs leave it unchanged). */
export function applyRunEvent(state: PipelineRunState, event: AgentEvent): PipelineRunState {
  if (event.runId !== state.runId) return state;
  switch (event.type) {
    case 'stage_started':
      return { ...state, running: union(state.running, [event.stage]) };
    case 'stage_finished': {
      const { writing: _done, ...rest } = state;
      return {
        ...rest,
        running: state.running.filter((s) => s !== event.stage),
        stagesDone: union(state.stagesDone, [event.stage]),
      };
    }
    case 'stage_progress':
      return event.stage === STORYBOARD
        ? { ...state, progress: { done: event.done, total: event.total } }
        : state;
    case 'choice_offered':
      return { ...state, choices: event.choices };
    case 'error':
      return { ...state, reason: event.message };
    case 'run_finished':
      // Paused and awaiting-review runs also finish as "cancelled" here; `agent:runs` then tells which.
      return { ...state, status: event.status, running: [] };
    case 'run_started':
      return startedRun(event.runId, state);
    case 'tokens':
      return { ...state, writing: `${state.writing ?? ''}${event.text}`.slice(-WRITING_TAIL) };
    case 'warning':
      // A model fallback is a notice the timeline shows; a pause's reason comes with the listing instead.
      return event.notice ? { ...state, notices: union(state.notices, [event.message]) } : state;
    case 'entity_created':
    case 'entity_updated':
    case 'simulation_turn':
      return state;
    default:
      return assertNever(event, 'agent event');
  }
}

/** Whether the run can be resumed from its last finished stage. */
export function canResume(status: PipelineStatus): boolean {
  return status === 'paused' || status === 'awaiting_review' || status === 'cancelled' || status === 'failed';
}

/** The status words the timeline shows. */
export const STATUS_LABELS: Record<PipelineStatus, string> = {
  running: 'Running',
  paused: 'Paused',
  awaiting_review: 'Awaiting review',
  done: 'Done',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

/**
 * The timeline's rows: the planned stages with their status. The storyboard has no checkpoint of its own
 * (only its branches do), so it is done once a later stage started, or the run is done; its counter counts
 * finished branches against the scene count (main's progress total, else the project's scenes).
 */
export function timelineItems(state: PipelineRunState, sceneCount: number): TimelineItem[] {
  const plan = state.plan.filter((stage) => SPEC_OF.has(stage));
  const touched = (stage: string) => state.stagesDone.includes(stage) || state.running.includes(stage);
  return plan.map((stage, index) => {
    const spec = SPEC_OF.get(stage)!;
    if (stage !== STORYBOARD) {
      const status = state.stagesDone.includes(stage)
        ? 'done'
        : state.running.includes(stage)
          ? 'running'
          : 'pending';
      return { ...spec, status, usage: stageUsage(state.usage, stage) };
    }
    const branchesDone = state.stagesDone.filter((s) => s.startsWith(BRANCH_PREFIX)).length;
    const branchesRunning = state.running.some((s) => s.startsWith(BRANCH_PREFIX));
    const total = state.progress?.total ?? sceneCount;
    const done = Math.min(total || Infinity, Math.max(branchesDone, state.progress?.done ?? 0));
    const later = plan.slice(index + 1).some(touched);
    const status =
      state.status === 'done' || later || (total > 0 && done >= total)
        ? 'done'
        : branchesRunning || done > 0
          ? 'running'
          : 'pending';
    // No counter before the first branch: scenes exist while the breakdown still runs, nothing is drawn yet.
    const counter =
      total > 0 && (status !== 'pending' || done > 0)
        ? `${status === 'done' ? total : done}/${total}`
        : undefined;
    return {
      ...spec,
      status: status === 'running' && state.status !== 'running' ? 'pending' : status,
      ...(counter ? { counter } : {}),
      usage: stageUsage(state.usage, stage),
    };
  });
}

/**
 * Choices for levels marked stale by a regeneration, read from the project itself: they hold after a restart,
 * and main reports them only in the run's outcome, not as an event, when the regeneration succeeds.
 */
export function staleChoices(entities: EntityCollections): { label: string; command: string }[] {
  const choices: { label: string; command: string }[] = [];
  if (entities.scenes.some((s) => s.stale))
    choices.push({ label: 'Regenerate the scenes', command: 'regenerate the scenes' });
  if (entities.shots.some((s) => s.stale))
    choices.push({ label: 'Regenerate the storyboard', command: 'regenerate the storyboard' });
  return choices;
}

/** The run's own choices, then the stale levels' (one button per command). */
export function runChoices(
  state: PipelineRunState,
  entities: EntityCollections,
): { label: string; command: string }[] {
  const own = state.status === 'running' ? [] : state.choices;
  const seen = new Set(own.map((c) => c.command.toLowerCase()));
  return [...own, ...staleChoices(entities).filter((c) => !seen.has(c.command.toLowerCase()))];
}
