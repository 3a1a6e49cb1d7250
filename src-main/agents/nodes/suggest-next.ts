// Node `suggest_next`: after a turn that changed nothing clickable, offer the workflow's next steps as choices.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Choice } from '../../../src-preload/contract/dto';
import { ULID_PATTERN } from '../../../src-preload/contract/entities';
import { availableNextSteps, type NextStep } from '../../workflow';
import { depsOf } from '../deps';
import type { TurnRoute, TurnStateUpdate, TurnStateValue } from '../state';

/** Routes whose reply is an answer, not a step of the work: no workflow nudges follow it. */
const ANSWERS: ReadonlySet<TurnRoute> = new Set<TurnRoute>(['query']);

/** The entity a remedy is about, when its id names one (`give-role:<id>`, `describe:<id>`). */
const remedyEntity = (remedyId: string): string | undefined => {
  const [, entity] = remedyId.split(':');
  return entity && ULID_PATTERN.test(entity) ? entity : undefined;
};

/**
 * The choices that belong under this turn's reply: the open next steps, and remedies of the first
 * blocked one — but a remedy about one entity ("Give Sarah a role") only when this turn touched that
 * entity, and nothing after an answer to a question, so a stale suggestion never follows an unrelated reply.
 */
export function relevantChoices(
  next: readonly NextStep[],
  route: TurnRoute,
  touched: ReadonlySet<string>,
): Choice[] {
  if (ANSWERS.has(route)) return [];
  const choices: Choice[] = next
    .filter((n) => n.check.ok)
    .slice(0, 2)
    .map((n) => ({ label: `Move on to ${n.title}`, command: n.command }));
  const blocked = next.find((n) => !n.check.ok);
  if (blocked && !blocked.check.ok) {
    const related = blocked.check.remedies.filter((r) => {
      const entity = remedyEntity(r.id);
      return entity === undefined || touched.has(entity);
    });
    choices.push(...related.slice(0, 2).map((r) => ({ label: r.label, command: r.command })));
  }
  return choices;
}

export async function suggestNext(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  if (state.outcome.choices.length > 0 || state.outcome.followUp) return {};
  const touched = new Set([...state.outcome.created, ...state.outcome.updated].map((ref) => ref.id));
  const next = availableNextSteps(deps.session.file, deps.workflowConfig);
  const choices = relevantChoices(next, state.route, touched);
  if (choices.length) deps.emit({ type: 'choice_offered', runId: deps.runId, choices });
  return { outcome: { choices } };
}
