// Pure planning of entity changes: build, validate, check references and cascade deletes as undoable ops.
import {
  ENTITY_SCHEMAS,
  type AnyEntity,
  type EntityType,
  type Relationship,
} from '../../src-preload/contract/entities';
import { RELATIONSHIP_HISTORY_MAX } from '../../src-preload/contract/ledger-limits';
import { COLLECTION_OF, type ChangeOp, type ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { newId } from '../shared/ids';
import { describeZodError } from '../shared/zod-issue';
import { checkReferences } from './entity-references';

export type CreatedVia = 'chat' | 'manual' | 'import' | 'agent' | 'bulk';
export interface EntityWriteOptions {
  via: CreatedVia;
  provenance?: {
    messageId?: string;
    runId?: string;
    stage?: string;
    source?: { file: string; start: number; end: number };
  };
  confidence?: number;
  now: string;
}

/**
 * Validates an updated entity. A relationship's ledger only grows: the entries it already holds were validated
 * when they were written, so only the new ones are checked, and the held ones stay the same objects (which is
 * how the undo history and the journal see that only the new entries changed; see ledger-compaction).
 */
function validateUpdate(type: EntityType, current: AnyEntity, merged: Record<string, unknown>): AnyEntity {
  const held = type === 'relationship' ? (current as Relationship).history : [];
  const next = merged.history;
  if (!Array.isArray(next) || next.length > RELATIONSHIP_HISTORY_MAX) return validate(type, merged);
  let shared = 0;
  while (shared < held.length && shared < next.length && next[shared] === held[shared]) shared += 1;
  if (shared === 0) return validate(type, merged);
  const entity = validate(type, { ...merged, history: next.slice(shared) }) as Relationship;
  return { ...entity, history: held.slice(0, shared).concat(entity.history) };
}

/** Fields a caller may never set or change directly. */
const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'createdVia'] as const;

export function entitiesOf<T extends EntityType>(file: ProjectFile, type: T): AnyEntity[] {
  return file.entities[COLLECTION_OF[type]] as AnyEntity[];
}

export function findEntity(file: ProjectFile, type: EntityType, id: string): AnyEntity | undefined {
  return entitiesOf(file, type).find((e) => e.id === id);
}

function validate(type: EntityType, candidate: Record<string, unknown>): AnyEntity {
  const parsed = ENTITY_SCHEMAS[type].safeParse(candidate);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error, type);
    throw new AppFailure(
      'ENTITY_INVALID',
      `The ${type} is not valid — ${message}.`,
      'Correct that field and try again.',
      {
        field: path,
      },
    );
  }
  return parsed.data as AnyEntity;
}

/** Plans the creation of one entity; `data.id` may be given (imports, repeatable agent stages). */
export function planCreate(
  file: ProjectFile,
  type: EntityType,
  data: Record<string, unknown>,
  opts: EntityWriteOptions,
): ChangeOp {
  const id = typeof data.id === 'string' ? data.id : newId();
  if (findEntity(file, type, id)) {
    throw new AppFailure(
      'ENTITY_EXISTS',
      `A ${type} with id ${id} already exists.`,
      'Update it instead of creating it.',
    );
  }
  const entity = validate(type, {
    ...data,
    id,
    createdAt: opts.now,
    updatedAt: opts.now,
    createdVia: opts.via,
    provenance: opts.provenance ?? (data.provenance as object | undefined) ?? {},
    ...(opts.confidence !== undefined ? { confidence: opts.confidence } : {}),
  });
  checkReferences(file, type, entity);
  return { type, id, before: null, after: entity as unknown as Record<string, unknown> };
}

/** Plans a partial update; a manual edit marks the entity as user-edited so agents ask before overwriting. */
export function planUpdate(
  file: ProjectFile,
  type: EntityType,
  id: string,
  patch: Record<string, unknown>,
  opts: EntityWriteOptions,
): ChangeOp {
  const current = findEntity(file, type, id);
  if (!current) {
    throw new AppFailure(
      'ENTITY_NOT_FOUND',
      `No ${type} with id ${id} in this project.`,
      'Reload the project; it may have been deleted.',
    );
  }
  for (const field of SYSTEM_FIELDS) {
    if (Object.hasOwn(patch, field) && patch[field] !== (current as Record<string, unknown>)[field]) {
      throw new AppFailure(
        'ENTITY_FIELD_READONLY',
        `The field "${field}" of a ${type} cannot be changed.`,
        undefined,
        { field },
      );
    }
  }
  const merged: Record<string, unknown> = { ...current, ...patch, updatedAt: opts.now };
  for (const [key, value] of Object.entries(patch)) if (value === null) delete merged[key];
  if (opts.via === 'manual' || opts.via === 'chat') merged.userEdited = true;
  const entity = validateUpdate(type, current, merged);
  checkReferences(file, type, entity);
  return {
    type,
    id,
    before: current as unknown as Record<string, unknown>,
    after: entity as unknown as Record<string, unknown>,
  };
}

/** Plans a delete and its cascade (relationships of a character, shots of a scene, dangling references). */
export function planDelete(file: ProjectFile, type: EntityType, id: string, now: string): ChangeOp[] {
  const current = findEntity(file, type, id);
  if (!current) {
    throw new AppFailure(
      'ENTITY_NOT_FOUND',
      `No ${type} with id ${id} in this project.`,
      'Reload the project; it may have been deleted.',
    );
  }
  const ops: ChangeOp[] = [];
  const remove = (t: EntityType, e: AnyEntity) =>
    ops.push({ type: t, id: e.id, before: e as unknown as Record<string, unknown>, after: null });
  const replace = (t: EntityType, e: AnyEntity, next: Record<string, unknown>) =>
    ops.push({
      type: t,
      id: e.id,
      before: e as unknown as Record<string, unknown>,
      after: { ...next, updatedAt: now },
    });
  const without = (ids: string[]) => ids.filter((x) => x !== id);

  if (type === 'character') {
    for (const r of file.entities.relationships)
      if (r.sourceId === id || r.targetId === id) remove('relationship', r);
    for (const c of file.entities.castings) if (c.characterId === id) remove('casting', c);
    for (const s of file.entities.scenes)
      if (s.characterIds.includes(id)) replace('scene', s, { ...s, characterIds: without(s.characterIds) });
    for (const s of file.entities.shots)
      if (s.characterIds.includes(id)) replace('shot', s, { ...s, characterIds: without(s.characterIds) });
  } else if (type === 'location') {
    for (const s of file.entities.scenes)
      if (s.locationId === id) {
        const { locationId: _dropped, ...rest } = s;
        replace('scene', s, rest);
      }
  } else if (type === 'scene') {
    for (const s of file.entities.shots) if (s.sceneId === id) remove('shot', s);
    for (const b of file.entities.beats)
      if (b.sceneIds.includes(id)) replace('beat', b, { ...b, sceneIds: without(b.sceneIds) });
  } else if (type === 'talent') {
    for (const c of file.entities.castings) if (c.talentId === id) remove('casting', c);
  }
  remove(type, current);
  return ops;
}

/**
 * Applies ops to the file in place (collections mutate; entity objects are replaced, never edited).
 * A delete records where the entity stood (`op.index`), so its inverse re-inserts it at the same place.
 */
export function applyOps(file: ProjectFile, ops: readonly ChangeOp[]): void {
  for (const op of ops) {
    if (op.type === 'project') {
      if (op.after) file.project = op.after as unknown as ProjectFile['project'];
      continue;
    }
    const list = file.entities[COLLECTION_OF[op.type]] as unknown as Record<string, unknown>[];
    const index = list.findIndex((e) => e.id === op.id);
    if (op.after === null) {
      if (index >= 0) {
        list.splice(index, 1);
        (op as { index?: number }).index = index;
      }
    } else if (index >= 0) {
      list[index] = op.after;
    } else if (op.index !== undefined && op.index <= list.length) {
      list.splice(op.index, 0, op.after);
    } else {
      list.push(op.after);
    }
  }
}

/** The ops that undo `ops`. */
export function invertOps(ops: readonly ChangeOp[]): ChangeOp[] {
  return [...ops].reverse().map((op) => ({
    type: op.type,
    id: op.id,
    before: op.after,
    after: op.before,
    ...(op.index !== undefined ? { index: op.index } : {}),
    ...(op.historyFrom !== undefined ? { historyFrom: op.historyFrom } : {}),
  }));
}
