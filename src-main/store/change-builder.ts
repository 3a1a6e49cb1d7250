// Plans several entity ops against a working copy, so later ops can reference earlier ones; commit them as one change.
import type { EntityType } from '../../src-preload/contract/entities';
import type { ChangeOp, ProjectFile } from '../../src-preload/contract/project';
import { nowIso } from '../shared/ids';
import { applyOps, planCreate, planDelete, planUpdate, type EntityWriteOptions } from './entity-ops';

export class ChangeBuilder {
  readonly ops: ChangeOp[] = [];
  /** The project as it will be after the planned ops (entity arrays copied; entities shared, never mutated). */
  readonly work: ProjectFile;
  private readonly now = nowIso();

  constructor(file: ProjectFile, private readonly options: Omit<EntityWriteOptions, 'now'>) {
    const entities = Object.fromEntries(Object.entries(file.entities).map(([k, v]) => [k, [...(v as unknown[])]]));
    this.work = { ...file, entities: entities as ProjectFile['entities'] };
  }

  create(type: EntityType, data: Record<string, unknown>, overrides: Partial<Omit<EntityWriteOptions, 'now'>> = {}): ChangeOp {
    return this.add([planCreate(this.work, type, data, { ...this.options, ...overrides, now: this.now })]);
  }

  update(type: EntityType, id: string, patch: Record<string, unknown>): ChangeOp {
    return this.add([planUpdate(this.work, type, id, patch, { ...this.options, now: this.now })]);
  }

  delete(type: EntityType, id: string): ChangeOp {
    return this.add(planDelete(this.work, type, id, this.now));
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
