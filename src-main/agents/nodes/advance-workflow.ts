// Node `advance`: moves the workflow when its guards allow, otherwise explains the block with clickable remedies.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Choice } from '../../../src-preload/contract/dto';
import { nowIso } from '../../shared/ids';
import { availableNextSteps, moveTo, workflowSteps, type Blocked } from '../../workflow';
import { depsOf } from '../deps';
import type { TurnOutcome, TurnStateUpdate, TurnStateValue } from '../state';

const remediesOf = (blocked: Blocked): Choice[] =>
  blocked.remedies.map((r) => ({ label: r.label, command: r.command }));

export function blockedOutcome(blocked: Blocked, stepTitle: string): Partial<TurnOutcome> {
  return {
    replyParts: [`You can't move on to ${stepTitle} yet. ${blocked.reasons.join(' ')}`],
    blocked: {
      code: blocked.code,
      step: blocked.blockedAt,
      reasons: blocked.reasons,
      remedies: remediesOf(blocked),
    },
    choices: remediesOf(blocked),
  };
}

export async function advanceWorkflow(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const project = deps.session.file;
  const steps = workflowSteps(project.project.kind, deps.workflowConfig);
  const title = (id: string) => steps.find((s) => s.id === id)?.title ?? id.replace(/_/g, ' ');
  const target = state.parsed?.params.targetStep;
  const base = {
    replyParts: [] as string[],
    created: [],
    updated: [],
    deleted: [],
    choices: [] as Choice[],
    notices: [],
  };

  if (!target) {
    // "What should I do next?"
    const next = availableNextSteps(project, deps.workflowConfig);
    const current = title(project.project.workflow.current);
    const open = next.filter((n) => n.check.ok);
    const firstBlocked = next.find((n) => !n.check.ok);
    const parts = [`You are at ${current}.`];
    const choices: Choice[] = open
      .slice(0, 3)
      .map((n) => ({ label: `Move on to ${n.title}`, command: n.command }));
    if (firstBlocked && !firstBlocked.check.ok) {
      parts.push(`Next up is ${firstBlocked.title}: ${firstBlocked.check.reasons.join(' ')}`);
      choices.push(...remediesOf(firstBlocked.check));
    } else if (open[0]) {
      parts.push(`You can move on to ${open[0].title}.`);
    } else {
      parts.push('Every step is done — your package is ready to export.');
    }
    return { outcome: { ...base, replyParts: [parts.join(' ')], choices } };
  }

  const result = moveTo(project, target, `chat: ${state.text}`, nowIso(), deps.workflowConfig);
  if (!result.ok) return { outcome: { ...base, ...blockedOutcome(result, title(target)) } };
  const from = project.project.workflow.current;
  await deps.session.updateMeta({ workflow: result.workflow }, `Workflow: ${title(from)} → ${title(target)}`);
  deps.emit({ type: 'stage_finished', runId: deps.runId, stage: 'workflow', at: nowIso() });
  const review = result.workflow.needsReview.length
    ? ` Later steps (${result.workflow.needsReview.map(title).join(', ')}) are kept and marked for review.`
    : '';
  return { outcome: { ...base, replyParts: [`Moved to ${title(target)}.${review}`] } };
}
