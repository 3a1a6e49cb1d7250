// Guard evaluation over a resolved workflow: can the project enter a step, and which steps are ahead.
import type { ProjectFile, WorkflowStepId } from '../../src-preload/contract/project';
import type { WorkflowConfig } from './config';
import { runGuard } from './guards';
import { positionOf, resolveWorkflow, stepIndex, type ResolvedWorkflow } from './resolve';
import { GUARD_SPECS, STEP_TEXT, WORKFLOW_CODES, stepPhrase } from './steps';
import type { AdvanceCheck, Blocked, GuardId, NextStep, Remedy } from './types';

/**
 * Checks every guard of every step up to and including `index`, in order, and reports the
 * earliest blocked step (you cannot jump over it). `from` is where the project stands (see `positionOf`): when
 * the blocker is the output of a step already behind it, "go back to …" is offered as well.
 */
export function checkUpTo(
  project: ProjectFile,
  wf: ResolvedWorkflow,
  index: number,
  from: number,
): AdvanceCheck {
  for (let i = 0; i <= index && i < wf.steps.length; i++) {
    const step = wf.steps[i];
    if (!step) continue;
    const failed: GuardId[] = [];
    const reasons: string[] = [];
    const remedies: Remedy[] = [];
    for (const guard of step.guards) {
      const outcome = runGuard(guard, project, wf.thresholds);
      if (outcome.ok) continue;
      failed.push(guard);
      reasons.push(...outcome.reasons);
      for (const r of outcome.remedies) if (!remedies.some((have) => have.id === r.id)) remedies.push(r);
    }
    const first = failed[0];
    if (first === undefined) continue;
    const producer = stepIndex(wf, GUARD_SPECS[first].producer);
    const back = wf.steps[producer];
    if (back && producer < from) {
      remedies.push({
        id: 'go-back',
        label: `Go back to ${back.title}`,
        command: `go back to ${stepPhrase(back.id)}`,
      });
    }
    return {
      ok: false,
      code: GUARD_SPECS[first].code,
      reasons,
      remedies,
      blockedAt: step.id,
      guards: failed,
    };
  }
  return { ok: true };
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
  return wf.steps.slice(start).map((step, offset) => ({
    ...step,
    command: `move on to ${stepPhrase(step.id)}`,
    check: checkUpTo(project, wf, start + offset, from),
  }));
}
