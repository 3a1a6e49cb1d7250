// A lock file per project so only one Storyloom instance writes it; others open read-only and say why.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'project.lock';

interface LockRecord {
  pid: number;
  host: string;
  at: string;
  owner: string;
}

/** Locks this process holds, released on exit so a clean exit never leaves a stale lock. */
const held = new Set<string>();
let exitHookInstalled = false;
function trackHeld(path: string): void {
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const lock of held) releaseIfOurs(lock);
    });
  }
}

export type LockOutcome = { acquired: true; release: () => void } | { acquired: false; reason: string };

/** Whether a process of this host is still running (EPERM: it is, but belongs to another user). */
export const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readLock(path: string): LockRecord | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockRecord;
  } catch {
    return null;
  }
}

/** Errors that mean the folder cannot be written at all: the project still opens, read-only. */
const UNWRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

function unwritableReason(code: string): string {
  return code === 'EROFS'
    ? 'The project is on a read-only file system (EROFS), so it opened read-only: you can look, export or duplicate it elsewhere, but not change it here.'
    : `Storyloom may not write to the project folder (${code}: permission denied), so it opened read-only; fix the folder's permissions to edit it.`;
}

/**
 * Takes the lock of a project folder. A lock left by a dead process on this host (a crash) is taken
 * over; a live one, or one from another host (a shared drive), makes the caller read-only.
 */
export function acquireProjectLock(projectDir: string, owner: string): LockOutcome {
  const path = join(projectDir, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, host: hostname(), at: new Date().toISOString(), owner };
  const body = JSON.stringify(record);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, body);
      closeSync(fd);
      trackHeld(path);
      return {
        acquired: true,
        release: () => {
          held.delete(path);
          releaseIfOurs(path);
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code && UNWRITABLE.has(code)) return { acquired: false, reason: unwritableReason(code) };
      if (code !== 'EEXIST') throw error;
    }
    const holder = readLock(path);
    const stale =
      !holder ||
      (holder.host === record.host && (holder.pid === process.pid ? false : !processAlive(holder.pid)));
    if (holder && holder.pid === process.pid && holder.host === record.host) {
      return { acquired: false, reason: 'This project is already open in this Storyloom process.' };
    }
    if (!stale) {
      return {
        acquired: false,
        reason: `Another Storyloom (${holder?.owner ?? 'unknown'}, process ${holder?.pid} on ${holder?.host}) has this project open since ${holder?.at}; it opened read-only so nothing is overwritten.`,
      };
    }
    // Stale lock from a crashed process: replace it atomically, then retry the exclusive create once.
    const tmp = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, tmp);
      unlinkSync(tmp);
    } catch {
      /* another process took it over first; the retry decides */
    }
  }
  return { acquired: false, reason: 'The project lock could not be taken; another instance is starting up.' };
}

function releaseIfOurs(path: string): void {
  const holder = readLock(path);
  if (holder && holder.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}
