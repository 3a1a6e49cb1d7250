// Public API of the production workflow engine (DESIGN.md §7): pure functions over a ProjectFile.
//
// Why a table and not an xstate machine: the workflow state lives in project.json and every
// question ("can I enter storyboard?", "what is next?") is a pure function of (project, config),
// asked fresh after each edit. An xstate machine would have to be rebuilt per kind and per config,
// rehydrated from the file for every question, and its guards would still be these functions; the
// transitions themselves are just "forward if every guard up to the target holds, back always".
// A declarative table (MASTER_ORDER + KIND_WORKFLOWS + GUARD_SPECS) is serialisable, configurable
// from JSON, exhaustively typed, and each guard is a named, separately tested function.
export { canAdvanceTo, availableNextSteps } from './check';
export { advanceTo, goBackTo, moveTo } from './transitions';
export { reviewStatus, markNeedsReviewIfBroken, type ReviewStatus } from './review';
export { workflowSteps } from './steps-api';
export { parseWorkflowConfig, WorkflowConfigSchema, type WorkflowConfig, type KindConfig } from './config';
export { GUARDS } from './guards';
export { GUARD_SPECS, MASTER_ORDER, STEP_TEXT, WORKFLOW_CODES } from './steps';
export { resolveWorkflow, type ResolvedWorkflow } from './resolve';
export { KIND_WORKFLOWS } from './kinds';
export {
  GUARD_IDS,
  type AdvanceCheck,
  type Blocked,
  type GuardId,
  type GuardOutcome,
  type MoveResult,
  type NextStep,
  type Remedy,
  type StepDescriptor,
  type Thresholds,
} from './types';
