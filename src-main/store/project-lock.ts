// A lock file per project so only one Storyloom instance writes it; others open read-only and say why.
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

/** The lock file as found: its text, its record (null when unreadable) and its age; null when there is none. */
interface FoundLock {
  text: string;
  record: LockRecord | null;
  ageMs: number;
}

function inspectLock(path: string): FoundLock | null {
  let text: string;
  let ageMs: number;
  try {
    text = readFileSync(path, 'utf8');
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return { text, record: JSON.parse(text) as LockRecord, ageMs };
  } catch {
    return { text, record: null, ageMs };
  }
}

function readLock(path: string): LockRecord | null {
  try {
    return inspectLock(path)?.record ?? null;
  } catch {
    return null;
  }
}

/**
 * How long an unreadable lock file counts as one being written right now. A lock is created empty (exclusive
 * create) and filled a moment later: another process reading it in between must not take it for a crashed
 * writer's leftover, or both would hold the lock.
 */
export const UNREADABLE_LOCK_GRACE_MS = 5_000;

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
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = createLockFile(path, JSON.stringify(record));
    if (created !== 'exists') return created;
    const found = inspectLock(path);
    if (!found) continue; // released between our create and our read: try again
    const refusal = refusalFor(found, record);
    if (refusal) return { acquired: false, reason: refusal };
    if (!removeStaleLock(path, found)) break;
  }
  return { acquired: false, reason: STARTING_UP };
}

const STARTING_UP =
  'Another Storyloom is opening this project at this very moment, so it opened read-only; try again in a moment.';

/** Creates the lock file exclusively with our record: the outcome, or 'exists' when another lock is there. */
function createLockFile(path: string, body: string): LockOutcome | 'exists' {
  try {
    const fd = openSync(path, 'wx', 0o644);
    try {
      writeSync(fd, body);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && UNWRITABLE.has(code)) return { acquired: false, reason: unwritableReason(code) };
    if (code === 'EEXIST') return 'exists';
    throw error;
  }
  trackHeld(path);
  return {
    acquired: true,
    release: () => {
      held.delete(path);
      releaseIfOurs(path);
    },
  };
}

/** Why a found lock keeps us out (a live holder, another host, a lock being written), or null when it is stale. */
function refusalFor(found: FoundLock, me: LockRecord): string | null {
  const holder = found.record;
  if (!holder) return found.ageMs < UNREADABLE_LOCK_GRACE_MS ? STARTING_UP : null;
  if (holder.host === me.host && holder.pid === me.pid) {
    return 'This project is already open in this Storyloom process.';
  }
  if (holder.host === me.host && !processAlive(holder.pid)) return null;
  return `Another Storyloom (${holder.owner ?? 'unknown'}, process ${holder.pid} on ${holder.host}) has this project open since ${holder.at}; it opened read-only so nothing is overwritten.`;
}

/**
 * Removes a stale lock (a crashed process's) so the exclusive create can be tried again. It is moved aside first
 * and checked: if another process replaced it with a fresh lock since we read it, that lock is put back and we
 * stay out (false).
 */
function removeStaleLock(path: string, seen: FoundLock): boolean {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return true; // another process moved it first; the exclusive create decides
  }
  if (readFileSync(aside, 'utf8') === seen.text) {
    unlinkSync(aside);
    return true;
  }
  renameSync(aside, path);
  return false;
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
