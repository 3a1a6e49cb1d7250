// The write-ahead journal file: conflict-checked durable appends, safe rotation, and replay onto a loaded project.
import { promises as fs, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ProjectFile } from '../../src-preload/contract/project';
import { conflictFailure } from './guarded-file';
import { fsyncDirectory, writeFileDurable } from './durable-write';
import { parseJournal } from './journal-codec';
import { JOURNAL_FILE } from './paths';
import { applyAction } from './session-actions';

/** What replaying a journal did to a project. */
export interface ReplayOutcome {
  /** Records applied on top of project.json. */
  replayed: number;
  /** Where replay stopped early (records from there on were not applied), or null. */
  dropFrom: number | null;
  /** Why it stopped early. */
  reason: string | null;
  /** Replay stopped at a record numbered past the one project.json expects next (a checkpoint raced the read). */
  gap: boolean;
}

/** The journal's text ('' when there is none). */
export async function readJournalText(dir: string): Promise<string> {
  try {
    return await fs.readFile(join(dir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/**
 * Applies the journal's records numbered after `file.journalSeq`, in order, with the live commit's own apply code.
 * Replay stops at the first torn or damaged record, at a gap or repeat in the numbering, and at a record that
 * cannot be applied: a journal never guesses past a record it cannot trust.
 */
export function replayJournal(file: ProjectFile, text: string): ReplayOutcome {
  const parsed = parseJournal(text);
  const start = file.journalSeq ?? 0;
  let seq = start;
  let replayed = 0;
  const stop = (offset: number, reason: string, gap = false): ReplayOutcome => ({
    replayed,
    dropFrom: offset,
    reason,
    gap,
  });
  for (const record of parsed.records) {
    // Records a checkpoint already holds (a crash between checkpoint and rotation leaves them) are skipped.
    if (seq === start && record.seq <= start) continue;
    if (record.seq !== seq + 1) {
      const gap = record.seq > seq + 1;
      return stop(record.offset, `record ${record.seq} follows ${seq}`, gap && seq === start);
    }
    try {
      applyAction(file, record.action, record.seq);
    } catch (error) {
      return stop(record.offset, `record ${record.seq} cannot be applied: ${(error as Error).message}`);
    }
    seq = record.seq;
    replayed += 1;
  }
  return { replayed, dropFrom: parsed.stop ? parsed.end : null, reason: parsed.stop, gap: false };
}

/**
 * Keeps the part of a journal that replay did not apply beside the project (never destroyed), unless it is only
 * a torn last line: an append cut short by a crash was never acknowledged. Returns the file name kept, if any.
 */
export async function keepDroppedJournal(dir: string, dropped: string): Promise<string | null> {
  if (!dropped.includes('\n')) return null;
  const name = `project.dropped-${new Date().toISOString().replace(/[:.]/g, '-')}.journal`;
  await writeFileDurable(join(dir, name), dropped);
  return name;
}

/** Identity of the journal as this process last wrote it: a different inode or size means another writer. */
interface JournalIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
}

const identityOf = (stats: BigIntStats): JournalIdentity => ({
  dev: stats.dev,
  ino: stats.ino,
  size: stats.size,
});

/**
 * The journal as one writer process owns it under the project lock. Every operation first checks the file is
 * still exactly what this process last wrote (same inode, same length): a second writer that slipped past the
 * lock makes both refuse with STORE_CONFLICT, as project.json's guarded writes do.
 */
export class JournalWriter {
  readonly path: string;
  private handle: fs.FileHandle | null = null;
  /** null: this process has not created the journal (none may exist). */
  private expected: JournalIdentity | null = null;

  constructor(dir: string) {
    this.path = join(dir, JOURNAL_FILE);
  }

  /** Whether this process has a journal file open. */
  get exists(): boolean {
    return this.expected !== null;
  }

  /** Throws STORE_CONFLICT unless the file on disk is exactly the one this process last wrote (or absent, as expected). */
  private async assertCurrent(ownTail = false): Promise<void> {
    let now: JournalIdentity | null = null;
    try {
      now = identityOf(await fs.stat(this.path, { bigint: true }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const e = this.expected;
    const sameFile = e !== null && now !== null && now.dev === e.dev && now.ino === e.ino;
    const same =
      e === null ? now === null : sameFile && (now!.size === e.size || (ownTail && now!.size > e.size));
    if (!same) throw conflictFailure(this.path);
  }

  /** Appends `text` (whole records) and makes it durable: after this resolves, a crash cannot lose it. */
  async append(text: string): Promise<void> {
    await this.assertCurrent();
    const handle = this.handle!;
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    }
    await handle.datasync();
    // Another process appending at the same moment shows up as a length this process did not write.
    const after = await handle.stat({ bigint: true });
    if (after.size !== this.expected!.size + BigInt(bytes.length)) throw conflictFailure(this.path);
    this.expected = identityOf(after);
  }

  /** Cuts a failed append's partial bytes off again, so later records are not stranded behind garbage. */
  async cutBack(): Promise<void> {
    if (!this.handle || !this.expected) return;
    await this.handle.truncate(Number(this.expected.size));
    await this.handle.datasync();
  }

  /**
   * Atomically replaces the journal with `text` (creation and rotation), then appends to the new file. `ownTail`:
   * the file may be longer than this process knows, by the partial bytes of its own failed append.
   */
  async replace(text: string, ownTail = false): Promise<void> {
    await this.assertCurrent(ownTail);
    await this.closeHandle();
    const written = await writeFileDurable(this.path, text);
    this.handle = await fs.open(this.path, 'a');
    this.expected = identityOf(await this.handle.stat({ bigint: true }));
    if (this.expected.ino !== written.ino) throw conflictFailure(this.path);
  }

  /** Deletes the journal (everything in it is in project.json): a cleanly closed project is one file again. */
  async remove(): Promise<void> {
    if (!this.expected) return;
    await this.assertCurrent();
    await this.closeHandle();
    await fs.rm(this.path, { force: true });
    this.expected = null;
    await fsyncDirectory(dirname(this.path));
  }

  /** Closes the file handle (the journal stays on disk). */
  async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}
