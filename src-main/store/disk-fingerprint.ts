// Identity of a file on disk (device, inode, size, times): lets a writer notice that someone else replaced the file.
import { promises as fs, type BigIntStats } from 'node:fs';

/**
 * Every durable write renames a fresh temp file into place, so each write gives the file a new inode and a new
 * mtime: a file whose fingerprint differs from the one this process last read or wrote was written by someone else.
 */
export interface DiskFingerprint {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/** The fingerprint of stat results (taken with `{ bigint: true }`). */
export function fingerprintOfStats(stats: BigIntStats): DiskFingerprint {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs };
}

/** The fingerprint of the file at `path`, or null when there is none. */
export async function fingerprintOf(path: string): Promise<DiskFingerprint | null> {
  try {
    return fingerprintOfStats(await fs.stat(path, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** True when both name the same bytes on disk (or both say "no file"). */
export function sameFingerprint(a: DiskFingerprint | null, b: DiskFingerprint | null): boolean {
  if (a === null || b === null) return a === b;
  // Not ctime: a rename moves it, so the temp file's stat before the rename would never match.
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}
