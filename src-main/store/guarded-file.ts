// A file this process owns under the project lock: each write first checks the disk still holds what it last read or wrote.
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { AppFailure } from '../shared/failure';
import { fingerprintOf, fingerprintOfStats, sameFingerprint, type DiskFingerprint } from './disk-fingerprint';
import { writeFileDurable } from './durable-write';

/**
 * Reads and durably replaces one file. A write never overwrites bytes this process has not seen: when another
 * process (a second instance that ignored or lost the lock, a sync tool, a hand edit) replaced the file since
 * our last read or write, the write is refused with STORE_CONFLICT instead of silently discarding that change.
 */
export class GuardedFile {
  /** What the disk held after our last read or write; undefined until the first read (then writes are unchecked). */
  private expected: DiskFingerprint | null | undefined;

  constructor(
    readonly path: string,
    private readonly options: { mode?: number } = {},
  ) {}

  /** The file's text (null when it does not exist), remembering exactly which bytes were read. */
  async read(): Promise<string | null> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.expected = null;
      return null;
    }
    try {
      // fstat on the open handle: the fingerprint belongs to the very bytes read, even if a rename happens now.
      const stats = await handle.stat({ bigint: true });
      const text = await handle.readFile('utf8');
      this.expected = fingerprintOfStats(stats);
      return text;
    } finally {
      await handle.close();
    }
  }

  /** Whether the disk still holds what this process last read or wrote (true before the first read). */
  async isCurrent(): Promise<boolean> {
    return this.expected === undefined || sameFingerprint(await fingerprintOf(this.path), this.expected);
  }

  /** Replaces the file durably, unless someone else replaced it since our last read or write. */
  async write(text: string): Promise<void> {
    if (!(await this.isCurrent())) throw conflictFailure(this.path);
    this.expected = await writeFileDurable(this.path, text, this.options);
  }
}

/** STORE_CONFLICT: the file on disk is not the one this process loaded. */
export function conflictFailure(path: string): AppFailure {
  const name = basename(path);
  return new AppFailure(
    'STORE_CONFLICT',
    `${name} was changed on disk by another program after this session loaded it, so this change was not saved (saving would have overwritten that other change).`,
    'Close and reopen the project to load the newer file, then make the change again. Only one Storyloom at a time should edit a project.',
    { file: name },
  );
}
