// Public types of the workflow engine: step descriptors, thresholds, guard outcomes and move results.
import type { WorkflowState, WorkflowStepId } from '../../src-preload/contract/project';

/** Names of every guard; each is a pure check over project data (see guards-*.ts). */
export const GUARD_IDS = [
  'conceptDefined',
  'brandDefined',
  'storyStructured',
  'enoughCharacters',
  'relationshipsMapped',
  'charactersDeveloped',
  'enoughLocations',
  'scenesExist',
  'scenesComplete',
  'scenesStoryboarded',
  'charactersCastable',
  'shotListComplete',
] as const;
export type GuardId = (typeof GUARD_IDS)[number];

/** Numeric (and on/off) limits the guards use; per kind defaults, overridable in workflow.config.json. */
export interface Thresholds {
  /** Beats needed for a story structure when the project has no logline. */
  minBeats: number;
  /** Characters needed before relationships. */
  minCharacters: number;
  /** Characters with name, role and description needed before the scene breakdown. */
  minDevelopedCharacters: number;
  /** Relationships (between existing characters) needed before locations. */
  minRelationships: number;
  /** Locations needed before the scene breakdown. */
  minLocations: number;
  /** Scenes needed before the storyboard. */
  minScenes: number;
  /** Shots every scene needs before the shot list. */
  minShotsPerScene: number;
  /** Whether the package needs a duration on every shot (the shot list is "done"). */
  requireShotDurations: boolean;
}

/** What a UI or the chat shows for one step. */
export interface StepDescriptor {
  id: WorkflowStepId;
  title: string;
  description: string;
  /** Guards that must hold to enter this step (its own; earlier steps' guards apply too). */
  guards: GuardId[];
}

/** Something the user can click: `command` is a chat message that performs it. */
export interface Remedy {
  id: string;
  label: string;
  command: string;
}

/** The verdict of one guard. */
export type GuardOutcome = { ok: true } | { ok: false; reasons: string[]; remedies: Remedy[] };

/** Why a step cannot be entered: stable code, plain-words reasons with counts, clickable remedies. */
export interface Blocked {
  ok: false;
  /** Stable, e.g. `WORKFLOW_NEEDS_CHARACTERS`: the first failing guard's. */
  code: string;
  /** Everything still missing on the way to the target, in step order, each thing once. */
  reasons: string[];
  remedies: Remedy[];
  /** The earliest step whose entry is blocked (you cannot jump over it). */
  blockedAt: WorkflowStepId;
  /** The named guards that failed on the way to the target, earliest first (`blockedAt`'s come first). */
  guards: GuardId[];
}

export type AdvanceCheck = { ok: true } | Blocked;

/** Result of a move (advance or go back): the new workflow state, or why not. */
export type MoveResult = { ok: true; workflow: WorkflowState } | Blocked;

/** One entry of `availableNextSteps`: a step ahead of the current one and whether it can be entered. */
export interface NextStep extends StepDescriptor {
  /** Chat message that moves there, e.g. "move on to locations". */
  command: string;
  check: AdvanceCheck;
}
