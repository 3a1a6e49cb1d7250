// Write-side validation: a change is checked with the same zod schemas and caps project.json is loaded with.
import { ENTITY_SCHEMAS } from '../../src-preload/contract/entities';
import {
  ChangeSchema,
  COLLECTION_OF,
  EntityCollectionsSchema,
  ProjectMetaSchema,
  type Change,
  type ChangeOp,
  type CollectionKey,
  type ProjectFile,
} from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { describeZodError } from '../shared/zod-issue';

/** The `max` of a collection's array schema in EntityCollectionsSchema (the loader's own cap). */
export function collectionCap(key: CollectionKey): number {
  const array = EntityCollectionsSchema.shape[key].unwrap() as unknown as {
    _zod: { def: { checks?: { _zod: { def: { check: string; maximum?: number } } }[] } };
  };
  for (const check of array._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'max_length' && def.maximum !== undefined) return def.maximum;
  }
  return Number.POSITIVE_INFINITY;
}

const CAPS = new Map<CollectionKey, number>(
  (Object.keys(EntityCollectionsSchema.shape) as CollectionKey[]).map((key) => [key, collectionCap(key)]),
);

function refused(what: string, message: string, field: string): AppFailure {
  return new AppFailure(
    'PROJECT_LIMIT',
    `This change was not saved: ${what} — ${message}. Storyloom refuses to write a project it could not open again.`,
    'Shorten or split the change and try again; nothing was changed.',
    { field },
  );
}

/** One op's `after` parsed by the loader's schema (project meta or its entity type); throws PROJECT_LIMIT. */
function validOp(op: ChangeOp): ChangeOp {
  if (op.after === null) return op;
  const schema = op.type === 'project' ? ProjectMetaSchema : ENTITY_SCHEMAS[op.type];
  const parsed = schema.safeParse(op.after);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error, op.type);
    throw refused(`the ${op.type === 'project' ? 'project' : op.type} would not be valid`, message, path);
  }
  return { ...op, after: parsed.data as Record<string, unknown> };
}

/**
 * Checks a change before it is applied: the change record itself, and every entity or project it writes.
 * Returns the change with each `after` as the loader would read it back; throws PROJECT_LIMIT otherwise.
 */
export function validateChange(change: Change): Change {
  const checked = { ...change, ops: change.ops.map(validOp) };
  const parsed = ChangeSchema.safeParse(checked);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error, 'change');
    throw refused('the change is too large to record', message, path);
  }
  return checked;
}

/** Throws PROJECT_LIMIT when a collection the ops touched is above the loader's cap (call after applying them). */
export function assertWithinCaps(file: ProjectFile, ops: readonly ChangeOp[]): void {
  const touched = new Set(ops.flatMap((op) => (op.type === 'project' ? [] : [COLLECTION_OF[op.type]])));
  for (const key of touched) {
    const cap = CAPS.get(key) ?? Number.POSITIVE_INFINITY;
    const count = file.entities[key].length;
    if (count > cap)
      throw refused(
        `${key} would number ${count}`,
        `a project holds at most ${cap} ${key}`,
        `entities.${key}`,
      );
  }
}
