// Plans several entity ops against a working copy, so later ops can reference earlier ones; commit them as one change.
import type { EntityType } from '../../src-preload/contract/entities';
import type { ChangeOp, ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { nowIso } from '../shared/ids';
import { applyOps, planCreate, planDelete, planUpdate, type EntityWriteOptions } from './entity-ops';

/**
 * An invalid entity planned from a source text carries where it came from (and the start of the invalid
 * value, to find its exact line), so the error can name the line of the file.
 */
function withSource(
  error: unknown,
  data: Record<string, unknown>,
  source: { file: string; start: number } | undefined,
): unknown {
  if (!(error instanceof AppFailure) || !source) return error;
  const field = typeof error.details?.field === 'string' ? error.details.field.split('.')[1] : undefined;
  const value = field !== undefined ? data[field] : undefined;
  return new AppFailure(error.code, error.message, error.remedy, {
    ...error.details,
    sourceFile: source.file,
    sourceOffset: source.start,
    ...(typeof value === 'string' && value.trim() ? { sourceText: value.trim().slice(0, 60) } : {}),
  });
}

export class ChangeBuilder {
  readonly ops: ChangeOp[] = [];
  /** The project as it will be after the planned ops (entity arrays copied; entities shared, never mutated). */
  readonly work: ProjectFile;
  private readonly now = nowIso();

  constructor(
    file: ProjectFile,
    private readonly options: Omit<EntityWriteOptions, 'now'>,
  ) {
    const entities = Object.fromEntries(
      Object.entries(file.entities).map(([k, v]) => [k, [...(v as unknown[])]]),
    );
    this.work = { ...file, entities: entities as ProjectFile['entities'] };
  }

  create(
    type: EntityType,
    data: Record<string, unknown>,
    overrides: Partial<Omit<EntityWriteOptions, 'now'>> = {},
  ): ChangeOp {
    const options = { ...this.options, ...overrides, now: this.now };
    try {
      return this.add([planCreate(this.work, type, data, options)]);
    } catch (error) {
      throw withSource(error, data, options.provenance?.source);
    }
  }

  update(type: EntityType, id: string, patch: Record<string, unknown>): ChangeOp {
    return this.add([planUpdate(this.work, type, id, patch, { ...this.options, now: this.now })]);
  }

  /**
   * Creates the entity with `data.id`, or updates it when it already exists (a stage that ran before a crash
   * runs again and must not duplicate). An entity a person edited is left alone and reported as kept.
   */
  upsert(
    type: EntityType,
    data: Record<string, unknown> & { id: string },
  ): { op: ChangeOp | null; kept: boolean } {
    const existing = (
      this.work.entities as unknown as Record<string, { id: string; userEdited?: boolean }[]>
    )[`${type}s`]?.find((e) => e.id === data.id);
    if (!existing) return { op: this.create(type, data), kept: false };
    if (existing.userEdited) return { op: null, kept: true };
    const { id: _id, ...patch } = data;
    return { op: this.update(type, data.id, { ...patch, stale: null }), kept: false };
  }

  delete(type: EntityType, id: string): ChangeOp {
    return this.add(planDelete(this.work, type, id, this.now));
  }

  /** Changes project metadata (title, logline, workflow…) in the same change as the entity ops. */
  updateProject(patch: Partial<ProjectFile['project']>): ChangeOp {
    const before = this.work.project;
    const after = { ...before, ...patch, updatedAt: this.now };
    return this.add([
      {
        type: 'project',
        id: before.id,
        before: before as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      },
    ]);
  }

  get isEmpty(): boolean {
    return this.ops.length === 0;
  }

  private add(ops: ChangeOp[]): ChangeOp {
    applyOps(this.work, ops);
    this.ops.push(...ops);
    return ops.at(-1)!;
  }
}
