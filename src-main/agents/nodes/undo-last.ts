// Node `undo`: undoes (or redoes) the last change of the project, whatever made it.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';

export async function undoLast(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const redo = /\bredo\b/i.test(state.text);
  const change = redo ? await deps.session.redo() : await deps.session.undo();
  const text = change
    ? `${redo ? 'Redid' : 'Undid'}: ${change.label.replace(/^(?:Undo|Redo): /, '')}.`
    : `There is nothing to ${redo ? 'redo' : 'undo'}.`;
  const refs = (change?.ops ?? [])
    .filter((op) => op.type !== 'project')
    .map((op) => {
      const e = (op.after ?? op.before) as { id: string; name?: string; heading?: string };
      return { type: op.type, id: e.id, name: e.name ?? e.heading ?? op.type };
    });
  const restored = change?.ops.filter((op) => op.after !== null && op.type !== 'project') ?? [];
  return {
    outcome: {
      replyParts: [text],
      created: [],
      updated: refs.filter((r) => restored.some((op) => op.id === r.id)),
      deleted: refs.filter((r) => !restored.some((op) => op.id === r.id)),
      choices: change ? [{ label: redo ? 'Undo' : 'Redo', command: redo ? 'undo' : 'redo' }] : [],
      notices: [],
    },
  };
}
