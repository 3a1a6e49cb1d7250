// Guard evaluation over a resolved workflow: can the project enter a step, and which steps are ahead.
import type { ProjectFile, WorkflowStepId } from '../../src-preload/contract/project';
import type { WorkflowConfig } from './config';
import { boundedMemo } from '../shared/bounded-memo';
import { runGuard } from './guards';
import { positionOf, resolveWorkflow, stepIndex, type ResolvedWorkflow } from './resolve';
import { GUARD_SPECS, STEP_TEXT, WORKFLOW_CODES, stepPhrase } from './steps';
import type { AdvanceCheck, Blocked, GuardId, GuardOutcome, NextStep, Remedy } from './types';

/** A guard's outcome on the project being checked. */
type GuardOutcomes = (guard: GuardId) => GuardOutcome;

/**
 * Each guard's outcome on `project`, run once however many steps ask: the steps ahead of the current one are
 * each checked from the start, so without this the earliest guards would run once for every step.
 */
function guardOutcomes(project: ProjectFile, wf: ResolvedWorkflow): GuardOutcomes {
  return boundedMemo((guard: GuardId) => runGuard(guard, project, wf.thresholds));
}

/** What one step's failing guards say, after leaving out guards whose requirement already failed. */
interface StepFailures {
  guards: GuardId[];
  reasons: string[];
  remedies: Remedy[];
}

function failuresAt(
  outcomeOf: GuardOutcomes,
  guards: readonly GuardId[],
  failedSoFar: ReadonlySet<GuardId>,
): StepFailures {
  const out: StepFailures = { guards: [], reasons: [], remedies: [] };
  for (const guard of guards) {
    const outcome = outcomeOf(guard);
    if (outcome.ok) continue;
    const requires = GUARD_SPECS[guard].requires;
    // No relationships without characters: the missing characters were named already, with their remedy.
    if (requires && (failedSoFar.has(requires) || out.guards.includes(requires))) continue;
    out.guards.push(guard);
    out.reasons.push(...outcome.reasons);
    out.remedies.push(...outcome.remedies);
  }
  return out;
}

/** "Go back to …" when the output a guard checks belongs to a step the project has already passed. */
function goBackRemedy(wf: ResolvedWorkflow, guard: GuardId, from: number): Remedy | undefined {
  const producer = stepIndex(wf, GUARD_SPECS[guard].producer);
  const back = wf.steps[producer];
  if (!back || producer >= from) return undefined;
  return {
    id: `go-back:${back.id}`,
    label: `Go back to ${back.title}`,
    command: `go back to ${stepPhrase(back.id)}`,
  };
}

/**
 * Checks every guard of every step up to and including `index`, in order. The earliest blocked step is
 * `blockedAt` (you cannot jump over it) and its first failing guard gives the `code`; the reasons and
 * remedies name everything still missing on the way to the target, each once, so "move on to scene
 * breakdown" on an empty project says all it needs (the idea, characters, a location), not only the first.
 * `from` is where the project stands (see `positionOf`): when a blocker is the output of a step already
 * behind it, "go back to …" is offered as well. `outcomeOf` may share guard outcomes between several checks.
 */
export function checkUpTo(
  project: ProjectFile,
  wf: ResolvedWorkflow,
  index: number,
  from: number,
  outcomeOf: GuardOutcomes = guardOutcomes(project, wf),
): AdvanceCheck {
  const failed = new Set<GuardId>();
  const all: StepFailures = { guards: [], reasons: [], remedies: [] };
  let blockedAt: WorkflowStepId | undefined;
  for (let i = 0; i <= index && i < wf.steps.length; i++) {
    const step = wf.steps[i];
    if (!step) continue;
    const here = failuresAt(outcomeOf, step.guards, failed);
    if (here.guards.length === 0) continue;
    blockedAt ??= step.id;
    for (const guard of here.guards) failed.add(guard);
    all.guards.push(...here.guards);
    all.reasons.push(...here.reasons);
    const back = goBackRemedy(wf, here.guards[0]!, from);
    for (const r of [...here.remedies, ...(back ? [back] : [])])
      if (!all.remedies.some((have) => have.id === r.id)) all.remedies.push(r);
  }
  const first = all.guards[0];
  if (blockedAt === undefined || first === undefined) return { ok: true };
  return {
    ok: false,
    code: GUARD_SPECS[first].code,
    reasons: all.reasons,
    remedies: all.remedies,
    blockedAt,
    guards: all.guards,
  };
}

/** The answer for a step the project's kind (after its configuration) does not have. */
export function notInKind(wf: ResolvedWorkflow, step: WorkflowStepId): Blocked {
  const kind = wf.kind.replace(/-/g, ' ');
  return {
    ok: false,
    code: WORKFLOW_CODES.stepNotInKind,
    reasons: [`A ${kind} project has no ${STEP_TEXT[step].title.toLowerCase()} step.`],
    remedies: [],
    blockedAt: step,
    guards: [],
  };
}

/**
 * Whether the project may enter `step` now: every guard of that step and of every earlier step must
 * hold. Blocked answers carry a stable code, plain-words reasons with counts and clickable remedies.
 */
export function canAdvanceTo(
  project: ProjectFile,
  step: WorkflowStepId,
  config?: WorkflowConfig,
): AdvanceCheck {
  const wf = resolveWorkflow(project.project.kind, config);
  const index = stepIndex(wf, step);
  if (index < 0) return notInKind(wf, step);
  return checkUpTo(project, wf, index, positionOf(wf, project.project.workflow.current));
}

/**
 * Every step ahead of the current one, in order, each with its check: the chat offers the `ok` ones
 * as choices (`command` is the message that moves there); the UI shows the others disabled with the reason.
 */
export function availableNextSteps(project: ProjectFile, config?: WorkflowConfig): NextStep[] {
  const wf = resolveWorkflow(project.project.kind, config);
  const from = positionOf(wf, project.project.workflow.current);
  const start = Math.floor(from) + 1;
  const outcomeOf = guardOutcomes(project, wf);
  return wf.steps.slice(start).map((step, offset) => ({
    ...step,
    command: `move on to ${stepPhrase(step.id)}`,
    check: checkUpTo(project, wf, start + offset, from, outcomeOf),
  }));
}
