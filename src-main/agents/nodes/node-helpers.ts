// Small helpers shared by the acting nodes: commit a planned change and describe entities as refs.
import type { EntityRef } from '../../../src-preload/contract/dto';
import type { AnyEntity } from '../../../src-preload/contract/entities';
import type { ChangeOp } from '../../../src-preload/contract/project';
import { nowIso } from '../../shared/ids';
import type { ChangeBuilder } from '../../store/change-builder';
import type { TurnDeps } from '../deps';

export function refOf(
  type: string,
  entity: Pick<AnyEntity, 'id'> & { name?: string; heading?: string },
): EntityRef {
  return { type, id: entity.id, name: entity.name ?? entity.heading ?? type };
}

export const refOfOp = (op: ChangeOp): EntityRef =>
  refOf(op.type, (op.after ?? op.before) as unknown as { id: string; name?: string });

/** Commits the builder's ops as one undoable change and emits entity events for the UI. */
export async function commitBuilder(deps: TurnDeps, builder: ChangeBuilder, label: string): Promise<void> {
  if (builder.isEmpty) return;
  await deps.session.commit(label, builder.ops);
  for (const op of builder.ops) {
    if (op.type === 'project' || op.after === null) continue;
    const ref = refOfOp(op);
    deps.emit({
      type: op.before ? 'entity_updated' : 'entity_created',
      runId: deps.runId,
      entityType: op.type,
      id: ref.id,
      name: ref.name,
    });
  }
}

export const stageEvent = (deps: TurnDeps, stage: string, phase: 'started' | 'finished'): void =>
  deps.emit({
    type: phase === 'started' ? 'stage_started' : 'stage_finished',
    runId: deps.runId,
    stage,
    at: nowIso(),
  });

/** Label of an undoable chat change: the message itself, shortened. */
export const chatLabel = (text: string): string =>
  `Chat: ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
