// Node `suggest_next`: after a turn that changed nothing clickable, offer the workflow's next steps as choices.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Choice } from '../../../src-preload/contract/dto';
import { availableNextSteps } from '../../workflow';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

export async function suggestNext(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  if (state.outcome.choices.length > 0 || state.outcome.followUp) return {};
  const next = availableNextSteps(deps.session.file, deps.workflowConfig);
  const choices: Choice[] = next
    .filter((n) => n.check.ok)
    .slice(0, 2)
    .map((n) => ({ label: `Move on to ${n.title}`, command: n.command }));
  const blocked = next.find((n) => !n.check.ok);
  if (blocked && !blocked.check.ok)
    choices.push(...blocked.check.remedies.slice(0, 2).map((r) => ({ label: r.label, command: r.command })));
  if (choices.length) deps.emit({ type: 'choice_offered', runId: deps.runId, choices });
  return { outcome: { choices } };
}
