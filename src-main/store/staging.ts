// The projects root's staging folder: where new projects are assembled, and the sweep of what killed processes left.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './project-lock';

/** Hidden folder of the projects root where new projects are assembled before they appear. */
export const STAGING_DIR = '.staging';

/** Past this age a staging folder is stale whoever made it (another host's, or one without an owner in its name). */
export const STAGING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** This host, short and safe for a folder name (a shared drive may hold staging folders of several machines). */
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** `<folder>~<pid>.<host>~<random>`: the owner in the name lets a later start tell a dead process's leftovers. */
const OWNER = /~(\d+)\.([0-9a-f]{8})~[0-9a-f]+$/;

/** A fresh staging folder path for a project folder name, owned by this process. */
export function stagingPath(root: string, folderName: string): string {
  return join(root, STAGING_DIR, `${folderName}~${process.pid}.${HOST}~${randomBytes(6).toString('hex')}`);
}

/** Whether a staging entry was left by a process that can no longer finish it. */
async function isStale(path: string, name: string, now: number): Promise<boolean> {
  const owner = OWNER.exec(name);
  if (owner && owner[2] === HOST) return Number(owner[1]) !== process.pid && !processAlive(Number(owner[1]));
  const { mtimeMs } = await fs.stat(path);
  return now - mtimeMs > STAGING_MAX_AGE_MS;
}

/**
 * Removes the staging folders that a killed import, duplicate or create left behind (they were never shown as
 * projects, but they hold disk space and may hold a copy of the user's text). Folders of live processes stay.
 * Returns the names removed. Never throws: a sweep that fails is retried at the next start.
 */
export async function sweepStaleStaging(root: string, now: number = Date.now()): Promise<string[]> {
  const dir = join(root, STAGING_DIR);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (!(await isStale(path, name, now))) continue;
      await fs.rm(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone already (another process swept it) or not removable now: the next start tries again.
    }
  }
  return removed;
}
