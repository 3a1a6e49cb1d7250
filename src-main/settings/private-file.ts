// Durable, owner-only (0600) file replacement for secrets and settings: temp file → fsync → rename → fsync folder.
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileDurable } from '../store/durable-write';

/** File mode of every private file: owner read/write only. */
export const PRIVATE_MODE = 0o600;

/**
 * Replaces `path` with `data`, readable and writable by the owner only. The temp file is created 0600 from
 * the start, so the content is never visible with wider permissions, not even for a moment. `write` replaces
 * the durable write (e.g. a GuardedFile's, which first checks no other process replaced the file).
 */
export async function writePrivateFile(
  path: string,
  data: string,
  write: (text: string) => Promise<unknown> = (text) => writeFileDurable(path, text, { mode: PRIVATE_MODE }),
): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await write(data);
  // An older file may have been created with wider permissions by hand; rename kept the temp's 0600.
  if (process.platform !== 'win32') await fs.chmod(path, 0o600);
}

/** Reads a file, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
