// Atomic, durable file replacement: unique temp file → write → fsync → rename → fsync the folder.
import { promises as fs, constants as fsConstants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces `path` with `data` so that after the promise resolves the new content survives a crash or
 * power loss, and at no moment can a reader see a partial file. The temp name is unique per call
 * (steno's fixed temp name collides when two writers share a file).
 */
export async function writeFileDurable(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
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
