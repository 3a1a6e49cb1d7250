// Node `set_meta`: sets a project-level field (logline, theme, title, style, tone…), or asks for its value.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { metaFieldIn, metaValueIn, QUESTIONS, type MetaField } from '../../domain/project-meta-fields';
import { depsOf, type TurnDeps } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { chatLabel } from './node-helpers';

/** Writes one meta field as an undoable change. */
export async function writeMeta(
  deps: TurnDeps,
  field: MetaField,
  value: string,
  text: string,
): Promise<string> {
  await deps.session.updateMeta({ [field]: value }, chatLabel(text));
  return `Set the ${field}: “${value}”.`;
}

export async function setProjectMeta(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const attributes = (state.parsed?.params.attributes ?? {}) as Record<string, unknown>;
  const field = metaFieldIn(state.text, attributes) ?? 'logline';
  const value = metaValueIn(state.text, field, attributes);
  if (value) return { outcome: { replyParts: [await writeMeta(deps, field, value, state.text)] } };
  const current = deps.session.file.project[field];
  return {
    outcome: {
      replyParts: [`${QUESTIONS[field]}${current ? ` (Now: “${current}”.)` : ''}`],
      followUp: { kind: 'missing_field', entityType: 'project', field, draft: {} },
    },
  };
}
