// An open project: validated data in memory, journaled durable writes, undo/redo that survives restarts.
import { type Low } from 'lowdb';
import type { ChangeSummary } from '../../src-preload/contract/dto';
import type { AnyEntity, EntityType } from '../../src-preload/contract/entities';
import {
  type Change,
  type ChangeOp,
  type ProjectFile,
  type ProjectMeta,
} from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { newId, nowIso } from '../shared/ids';
import { writeBackup } from './backups';
import { type DurableProjectAdapter } from './durable-adapter';
import {
  findEntity,
  invertOps,
  planCreate,
  planDelete,
  planUpdate,
  type EntityWriteOptions,
} from './entity-ops';
import { JournaledWrites } from './journaled-writes';
import { applyAction, type SessionAction } from './session-actions';

/** The loader's cap on a change label (ChangeSchema); labels are our own descriptive text, so they are shortened. */
const LABEL_MAX = 500;

/** How often, at most, a rotating backup is taken while the project is being edited. */
export const BACKUP_INTERVAL_MS = 5 * 60_000;

export interface SessionOptions {
  dir: string;
  path: string;
  db: Low<ProjectFile>;
  adapter: DurableProjectAdapter;
  readOnly: boolean;
  readOnlyReason?: string;
  release?: () => void;
  onChange?: (summary: ChangeSummary) => void;
  /** What opening found in the journal. */
  recovery?: JournalRecovery;
}

/** What opening a project found in its journal: records replayed, and records kept aside unreplayed. */
export interface JournalRecovery {
  replayed: number;
  /** The file (beside project.json) that keeps journal records replay could not trust, if any. */
  keptAside: string | null;
  reason: string | null;
}

export class ProjectSession {
  readonly dir: string;
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  revision = 0;
  private readonly db: Low<ProjectFile>;
  readonly recovery: JournalRecovery;
  private readonly adapter: DurableProjectAdapter;
  private readonly writes: JournaledWrites;
  private readonly release?: () => void;
  private lastBackupAt = 0;
  private closed = false;
  /** The last physical write failed (e.g. a full disk): changes in memory are not on disk yet. */
  private unsaved: Error | null = null;
  onChange?: (summary: ChangeSummary) => void;

  constructor(options: SessionOptions) {
    this.dir = options.dir;
    this.path = options.path;
    this.db = options.db;
    this.adapter = options.adapter;
    this.readOnly = options.readOnly;
    if (options.readOnlyReason !== undefined) this.readOnlyReason = options.readOnlyReason;
    if (options.release) this.release = options.release;
    if (options.onChange) this.onChange = options.onChange;
    this.recovery = options.recovery ?? { replayed: 0, keptAside: null, reason: null };
    this.writes = new JournaledWrites({
      dir: options.dir,
      path: options.path,
      db: options.db,
      adapter: options.adapter,
      afterCheckpoint: () => this.backupIfDue(),
    });
  }

  /** Set when project.json or the journal was changed behind our back: every later write is refused with it. */
  private get conflict(): AppFailure | null {
    return this.writes.conflict;
  }

  get file(): ProjectFile {
    return this.db.data;
  }
  get id(): string {
    return this.db.data.project.id;
  }
  get canUndo(): boolean {
    return this.db.data.history.undo.length > 0;
  }
  get canRedo(): boolean {
    return this.db.data.history.redo.length > 0;
  }

  /**
   * Applies ops as one undoable change; resolves once the change is durable on disk. The change is checked
   * with the loader's own schemas and caps first: a change that would make project.json unloadable is
   * refused (PROJECT_LIMIT) and leaves memory untouched.
   */
  async commit(label: string, ops: ChangeOp[]): Promise<ChangeSummary> {
    this.assertWritable();
    const short = label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
    const change = this.apply({
      kind: 'commit',
      change: { id: newId(), at: nowIso(), label: short, ops },
    });
    return this.persist(change);
  }

  /** Applies an action in memory (refused actions change nothing) and queues its journal record. */
  private apply(action: SessionAction): Change {
    const seq = (this.db.data.journalSeq ?? 0) + 1;
    const applied = applyAction(this.db.data, action, seq);
    this.writes.record(seq, applied.action);
    return applied.change;
  }

  async createEntity(
    type: EntityType,
    data: Record<string, unknown>,
    opts: Omit<EntityWriteOptions, 'now'>,
    label?: string,
  ) {
    const op = planCreate(this.file, type, data, { ...opts, now: nowIso() });
    const change = await this.commit(label ?? `Create ${type} ${nameOf(op.after)}`, [op]);
    return { entity: op.after as unknown as AnyEntity, change };
  }

  async updateEntity(
    type: EntityType,
    id: string,
    patch: Record<string, unknown>,
    opts: Omit<EntityWriteOptions, 'now'>,
    label?: string,
  ) {
    const op = planUpdate(this.file, type, id, patch, { ...opts, now: nowIso() });
    const change = await this.commit(label ?? `Edit ${type} ${nameOf(op.after)}`, [op]);
    return { entity: op.after as unknown as AnyEntity, change };
  }

  async deleteEntity(type: EntityType, id: string, label?: string) {
    const ops = planDelete(this.file, type, id, nowIso());
    const target = findEntity(this.file, type, id);
    return {
      change: await this.commit(
        label ?? `Delete ${type} ${nameOf(target as unknown as Record<string, unknown>)}`,
        ops,
      ),
    };
  }

  /** Updates project metadata (name, logline, workflow…) as an undoable change. */
  async updateMeta(patch: Partial<ProjectMeta>, label: string): Promise<ChangeSummary> {
    const before = this.file.project;
    const after = { ...before, ...patch, updatedAt: nowIso() };
    return this.commit(label, [
      {
        type: 'project',
        id: before.id,
        before: before as unknown as Record<string, unknown>,
        after: after as unknown as Record<string, unknown>,
      },
    ]);
  }

  async undo(): Promise<ChangeSummary | null> {
    this.assertWritable();
    const change = this.db.data.history.undo.at(-1);
    if (!change) return null;
    const whole = this.apply({ kind: 'undo', at: nowIso(), changeId: change.id });
    return this.persist({ ...whole, label: `Undo: ${change.label}`, ops: invertOps(whole.ops) });
  }

  async redo(): Promise<ChangeSummary | null> {
    this.assertWritable();
    const change = this.db.data.history.redo.at(-1);
    if (!change) return null;
    const whole = this.apply({ kind: 'redo', at: nowIso(), changeId: change.id });
    return this.persist({ ...whole, label: `Redo: ${change.label}` });
  }

  /** Waits for every requested write to be durable. */
  async flush(): Promise<void> {
    await this.writes.idle();
  }

  /**
   * Writes project.json with everything in memory (normally done in the background and on close). Code that
   * reads project.json from disk instead of through `readProjectState` calls this first.
   */
  async checkpoint(): Promise<void> {
    this.assertWritable();
    await this.flush();
    await this.writes.checkpoint();
  }

  /**
   * Flushes, checkpoints project.json and releases the lock; throws STORE_WRITE_FAILED when changes could not be
   * written (never silent).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    if (!this.readOnly) {
      // One more try for changes whose write failed (the disk may have been freed meanwhile).
      if (this.unsaved && !this.conflict)
        await this.writes.request().then(
          () => (this.unsaved = null),
          () => undefined,
        );
      // A final checkpoint holds every change in memory, including any whose append failed.
      if (await this.writes.close()) this.unsaved = null;
    }
    this.closed = true;
    this.release?.();
    const lost = this.conflict ?? this.unsaved;
    if (lost) {
      throw new AppFailure(
        this.conflict ? 'STORE_CONFLICT' : 'STORE_WRITE_FAILED',
        `The project closed with changes that are not on disk: ${lost.message}`,
        this.conflict
          ? this.conflict.remedy
          : 'Free some disk space or fix the folder permissions, then make the change again.',
      );
    }
  }

  /** Throws PROJECT_READ_ONLY / PROJECT_CLOSED / STORE_CONFLICT unless this session may write its folder. */
  assertWritable(): void {
    if (this.closed) throw new AppFailure('PROJECT_CLOSED', 'This project was closed.', 'Open it again.');
    if (this.readOnly) {
      throw new AppFailure(
        'PROJECT_READ_ONLY',
        `This project is open read-only: ${this.readOnlyReason ?? 'another instance holds it'}`,
        'Close it in the other Storyloom window, then reopen it here.',
      );
    }
    if (this.conflict) throw this.conflict;
  }

  private async persist(change: Change): Promise<ChangeSummary> {
    this.revision += 1;
    const summary: ChangeSummary = {
      changeId: change.id,
      label: change.label,
      revision: this.revision,
      ops: change.ops,
      canUndo: this.canUndo,
      canRedo: this.canRedo,
    };
    try {
      await this.writes.request();
      this.unsaved = null;
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'STORE_CONFLICT') throw error;
      this.unsaved = error as Error;
      throw writeFailure(error);
    }
    this.onChange?.(summary);
    return summary;
  }

  /** After a checkpoint: a rotating backup from its exact bytes, at most every BACKUP_INTERVAL_MS. */
  private async backupIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastBackupAt >= BACKUP_INTERVAL_MS && this.adapter.lastWritten) {
      await writeBackup(this.dir, this.adapter.lastWritten, new Date(now));
      this.lastBackupAt = now;
    }
  }
}

/** STORE_WRITE_FAILED, honest about where the change now lives: only in this session's memory. */
function writeFailure(error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException).code;
  return new AppFailure(
    'STORE_WRITE_FAILED',
    `The change could not be saved to disk${code ? ` (${code})` : ''}: ${(error as Error).message}.`,
    code === 'ENOSPC'
      ? 'The disk is full: free some space, then save again. Until a save succeeds the change exists only in this open session, and is lost if it closes.'
      : 'Check the folder permissions, then save again. Until a save succeeds the change exists only in this open session, and is lost if it closes.',
    { ...(code ? { errno: code } : {}) },
  );
}

function nameOf(entity: Record<string, unknown> | null | undefined): string {
  const name = entity?.name ?? entity?.heading;
  return typeof name === 'string' ? `"${name}"` : '';
}
