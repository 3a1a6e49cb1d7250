// Durable, owner-only (0600) file replacement for secrets and settings: temp file → fsync → rename → fsync folder.
import { promises as fs, constants as fsConstants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory } from '../store/durable-write';

/**
 * Replaces `path` with `data`, readable and writable by the owner only. The temp file is created 0600 from
 * the start, so the content is never visible with wider permissions, not even for a moment.
 */
export async function writePrivateFile(path: string, data: string): Promise<void> {
  const dir = dirname(path);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o600);
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
  // An older file may have been created with wider permissions by hand; rename kept the temp's 0600.
  if (process.platform !== 'win32') await fs.chmod(path, 0o600);
  await fsyncDirectory(dir);
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
