// Durable writes of an open project: each change is one group-committed journal append; project.json is checkpointed behind.
import type { Low } from 'lowdb';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import type { DurableProjectAdapter } from './durable-adapter';
import { conflictFailure } from './guarded-file';
import { encodeRecord, JOURNAL_HEADER } from './journal-codec';
import { JournalWriter } from './project-journal';
import type { SessionAction } from './session-actions';
import { WriteCoalescer } from './write-coalescer';

/**
 * A checkpoint starts once this many records are not yet in project.json (bounds replay work on open), or once the
 * journal grew by twice as many bytes as project.json itself (at least CHECKPOINT_MIN_BYTES): a checkpoint costs a
 * whole-file write, so tying it to the file's size keeps the bytes written within 1.5 times the journal's, and the
 * disk free of a background rewrite most of the time.
 */
export const CHECKPOINT_RECORDS = 1000;
export const CHECKPOINT_MIN_BYTES = 4 * 1024 * 1024;

/** A journal record: its action, encoded on first need (a backlog written as a checkpoint never needs it). */
interface Line {
  seq: number;
  action: SessionAction;
  text?: string;
}

const textOf = (line: Line): string => (line.text ??= encodeRecord(line.seq, line.action));

export interface JournaledWritesOptions {
  dir: string;
  path: string;
  db: Low<ProjectFile>;
  adapter: DurableProjectAdapter;
  /** Runs after each successful checkpoint (rotating backups are taken from its bytes). */
  afterCheckpoint: () => Promise<void>;
}

const isConflict = (error: unknown): error is AppFailure =>
  error instanceof AppFailure && error.code === 'STORE_CONFLICT';

/**
 * A change is acknowledged once its record is appended to project.journal and fdatasync'ed (changes issued while
 * an append is in flight share the next one). project.json is replaced in full — the checkpoint — in the
 * background (see CHECKPOINT_RECORDS) and on close; it records the journal sequence it holds,
 * and only then are the records it holds dropped from the journal (an atomic rewrite of the journal's tail).
 */
export class JournaledWrites {
  /** Set once another writer touched project.json or the journal: every later write is refused with it. */
  conflict: AppFailure | null = null;
  private readonly journal: JournalWriter;
  private readonly coalescer = new WriteCoalescer(() => this.writeNow());
  /** Records applied in memory, not yet appended. */
  private pending: Line[] = [];
  /** Records in the current journal file. */
  private appended: Line[] = [];
  private bytesSinceCheckpoint = 0;
  /** The journal sequence project.json holds on disk. */
  private checkpointSeq: number;
  private checkpointing: Promise<void> | null = null;
  private checkpointsStarted = 0;
  /** A failed append could not be cut back: the journal's tail may hold garbage, so it must be rewritten first. */
  private damaged = false;
  /** Closing: a finished background checkpoint no longer asks for a rotation (the journal is about to go). */
  private closing = false;

  constructor(private readonly options: JournaledWritesOptions) {
    this.journal = new JournalWriter(options.dir);
    this.checkpointSeq = options.db.data.journalSeq ?? 0;
  }

  /** The journal sequence of the state in memory. */
  private get seq(): number {
    return this.options.db.data.journalSeq ?? 0;
  }

  /** Queues the record of an action just applied in memory as write number `seq`. */
  record(seq: number, action: SessionAction): void {
    this.pending.push({ seq, action });
  }

  /** Resolves once every record queued before the call is durable (in the journal or in a checkpoint). */
  request(): Promise<void> {
    return this.coalescer.request();
  }

  /** Resolves when no append is queued or running. */
  idle(): Promise<void> {
    return this.coalescer.idle();
  }

  private async writeNow(): Promise<void> {
    try {
      // After a failed append that could not be cut back, the whole state goes to project.json first; so does a
      // backlog of records larger than project.json itself (a burst), where one file rewrite is the cheaper write.
      const full = this.damaged || this.backlogOutweighsCheckpoint();
      if (full) await this.checkpoint();
      if (full || this.rotationDue()) await this.rotate();
      if (this.pending.length) await this.appendPending();
    } catch (error) {
      if (isConflict(error)) this.conflict ??= error;
      throw error;
    }
    const behind = this.seq - this.checkpointSeq;
    const byteBudget = Math.max(CHECKPOINT_MIN_BYTES, 2 * this.options.adapter.knownLength);
    if (behind >= CHECKPOINT_RECORDS || this.bytesSinceCheckpoint >= byteBudget) this.startCheckpoint();
  }

  private async appendPending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const text = batch.map(textOf).join('');
    try {
      await this.guardProjectFile();
      if (!this.journal.exists) await this.journal.replace(JOURNAL_HEADER);
      await this.journal.append(text);
    } catch (error) {
      // Not acknowledged: the records stay queued (in order) for the next attempt.
      this.pending = [...batch, ...this.pending];
      if (!isConflict(error)) await this.journal.cutBack().catch(() => (this.damaged = true));
      throw error;
    }
    this.appended.push(...batch);
    this.bytesSinceCheckpoint += text.length;
  }

  /**
   * Throws STORE_CONFLICT when project.json is no longer the file this process read or wrote. A checkpoint of ours
   * renames a new file in before it records the new fingerprint, so a mismatch seen meanwhile is checked again.
   */
  private async guardProjectFile(): Promise<void> {
    for (;;) {
      const started = this.checkpointsStarted;
      const inFlight = this.checkpointing;
      if (await this.options.adapter.isCurrent()) return;
      const running = this.checkpointing ?? inFlight;
      if (running) await running.catch(() => undefined);
      else if (this.checkpointsStarted === started) throw conflictFailure(this.options.path);
      if (this.conflict) throw this.conflict;
    }
  }

  /**
   * Whether the queued records add up to more bytes than project.json (several records, never a lone change). The
   * oldest record's size stands for all: records of one burst are alike, and the estimate only picks the cheaper
   * of two equally durable writes.
   */
  private backlogOutweighsCheckpoint(): boolean {
    if (this.pending.length < 2) return false;
    return this.pending.length * textOf(this.pending[0]!).length > this.options.adapter.knownLength;
  }

  /** Whether the journal holds records project.json already has (a checkpoint finished since the last rotation). */
  private rotationDue(): boolean {
    return this.appended.length > 0 && this.appended[0]!.seq <= this.checkpointSeq;
  }

  /** Rewrites the journal atomically with only the records project.json does not hold yet. */
  private async rotate(): Promise<void> {
    const cut = this.checkpointSeq;
    const keep = this.appended.filter((line) => line.seq > cut);
    await this.journal.replace(JOURNAL_HEADER + keep.map(textOf).join(''), this.damaged);
    this.appended = keep;
    this.pending = this.pending.filter((line) => line.seq > cut);
    this.damaged = false;
  }

  /** Starts a checkpoint unless one runs; once it is durable, the journal is rotated (in the append queue). */
  private startCheckpoint(): void {
    if (this.checkpointing || this.conflict) return;
    this.checkpoint()
      .then(() => (this.closing ? undefined : this.coalescer.request()))
      .catch(() => undefined);
  }

  /**
   * Writes everything in memory to project.json (the full durable replace), after any checkpoint in flight.
   * Resolves once project.json holds the state as it was when this checkpoint started.
   */
  checkpoint(): Promise<void> {
    const previous = this.checkpointing ?? Promise.resolve();
    const run: Promise<void> = previous
      .catch(() => undefined)
      .then(() => this.writeCheckpoint())
      .finally(() => {
        if (this.checkpointing === run) this.checkpointing = null;
      });
    this.checkpointing = run;
    return run;
  }

  private async writeCheckpoint(): Promise<void> {
    this.checkpointsStarted += 1;
    if (this.conflict) throw this.conflict;
    const seq = this.seq;
    if (seq <= this.checkpointSeq && !this.damaged) return;
    this.bytesSinceCheckpoint = 0;
    try {
      // The adapter serializes synchronously: the file holds exactly the state at `seq`.
      await this.options.db.write();
    } catch (error) {
      if (isConflict(error)) this.conflict ??= error;
      throw error;
    }
    this.checkpointSeq = Math.max(this.checkpointSeq, seq);
    await this.options.afterCheckpoint().catch(() => undefined);
  }

  /**
   * On close (appends idle): checkpoints whatever memory holds beyond project.json and removes the journal.
   * Returns whether project.json now holds every change in memory; false leaves the journal in place.
   */
  async close(): Promise<boolean> {
    this.closing = true;
    await this.coalescer.idle();
    if (!this.conflict) {
      try {
        await this.checkpoint();
        // A rotation a background checkpoint asked for before the close must not race the removal.
        await this.coalescer.idle();
        this.pending = [];
        this.appended = [];
        await this.journal.remove().catch(() => undefined);
        return true;
      } catch {
        /* the journal keeps every acknowledged change; the caller reports what is not saved */
      }
    }
    await this.journal.closeHandle();
    return false;
  }
}
