// Atomic, durable file replacement: unique temp file → write → fsync → rename → fsync the folder.
import { promises as fs, constants as fsConstants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fingerprintOfStats, type DiskFingerprint } from './disk-fingerprint';

/**
 * Replaces `path` with `data` so that after the promise resolves the new content survives a crash or
 * power loss, and at no moment can a reader see a partial file. The temp name is unique per call
 * (steno's fixed temp name collides when two writers share a file). Resolves with the written file's
 * fingerprint (rename keeps inode, size and mtime), so a later write can check nobody replaced it meanwhile.
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<DiskFingerprint> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // The temp file gets its final mode at creation, so content is never visible with wider permissions.
  const handle = await fs.open(
    tmp,
    fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY,
    options.mode ?? 0o644,
  );
  let written: DiskFingerprint;
  try {
    await handle.writeFile(data);
    await handle.sync();
    written = fingerprintOfStats(await handle.stat({ bigint: true }));
  } catch (error) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await fsyncDirectory(dir);
  return written;
}

/** The temp-file names `writeFileDurable` uses: `.<name>.<pid>.<12 hex>.tmp`. */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files that a killed writer left in `dir` (a crash between open and rename). Only call it
 * while holding the folder's lock, when no other writer can have a write in flight there.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => TEMP_NAME.test(name));
  for (const name of stale) await fs.rm(join(dir, name), { force: true });
  return stale.length;
}

/** Makes a rename inside `dir` durable (a no-op where the platform cannot open folders, i.e. Windows). */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Appends a line durably (used for append-only logs such as chat JSONL). */
export async function appendLineDurable(path: string, line: string): Promise<void> {
  const handle = await fs.open(path, 'a', 0o644);
  try {
    await handle.appendFile(line.endsWith('\n') ? line : `${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
