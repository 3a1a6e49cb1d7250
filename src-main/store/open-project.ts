// Opens one project folder: lock first, then read + migrate + validate, quarantine-free error reporting, first backup.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { listBackups, writeBackup } from './backups';
import { DurableProjectAdapter } from './durable-adapter';
import { removeStaleTempFiles } from './durable-write';
import { PROJECT_FILE } from './paths';
import { decodeProjectText } from './project-file-codec';
import { acquireProjectLock } from './project-lock';
import { ProjectSession } from './project-session';
import { serializeProjectFile } from './serialize-project';

/**
 * Opens a project for editing (or read-only when another instance holds its lock). A damaged file is
 * never overwritten: the error names the problem and the newest backup that can be restored.
 */
export async function openProjectDir(dir: string, owner: string): Promise<ProjectSession> {
  const path = join(dir, PROJECT_FILE);
  if (!existsSync(path)) {
    throw new AppFailure(
      'PROJECT_NOT_FOUND',
      `No project.json in ${dir}.`,
      'Check the path, or create a project with `storyloom new`.',
    );
  }
  // The lock comes first: a read before it could load bytes another process is about to replace, and a
  // later save from that stale copy would silently undo that process's acknowledged changes.
  const lock = acquireProjectLock(dir, owner);
  let loaded: Awaited<ReturnType<typeof readProject>>;
  try {
    loaded = await readProject(dir, path);
  } catch (error) {
    if (lock.acquired) lock.release();
    throw error;
  }
  const { db, adapter, migratedFrom } = loaded;
  const session = new ProjectSession({
    dir,
    path,
    db,
    adapter,
    readOnly: !lock.acquired,
    ...(lock.acquired ? { release: lock.release } : { readOnlyReason: lock.reason }),
  });
  if (lock.acquired) {
    try {
      await prepareWritable(dir, path, db, migratedFrom);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  return session;
}

/** Reads, migrates and validates project.json (a load failure names the newest good backup). */
async function readProject(dir: string, path: string) {
  let migratedFrom: number | null = null;
  const adapter = new DurableProjectAdapter(path, (text) => {
    const decoded = decodeProjectText(text, PROJECT_FILE);
    migratedFrom = decoded.migratedFrom;
    return decoded.file;
  });
  const db = new Low<ProjectFile>(adapter, null as unknown as ProjectFile);
  try {
    await db.read();
  } catch (error) {
    if (error instanceof AppFailure) throw await withBackupRemedy(dir, error);
    throw error;
  }
  return { db, adapter, migratedFrom: migratedFrom as number | null };
}

/** With the lock held: sweep a killed writer's temp files, write a migration, take the first backup. */
async function prepareWritable(
  dir: string,
  path: string,
  db: Low<ProjectFile>,
  migratedFrom: number | null,
): Promise<void> {
  // A writer killed mid-write leaves its temp file behind; with the lock held, every one is garbage.
  await removeStaleTempFiles(dir);
  await removeStaleTempFiles(join(dir, 'backups'));
  const validated = serializeProjectFile(db.data);
  if (migratedFrom !== null) {
    // Keep the pre-migration bytes, then write the migrated file.
    await writeBackup(dir, await fs.readFile(path, 'utf8'), new Date(), `pre-migration-v${migratedFrom}`);
    await db.write();
  } else if ((await listBackups(dir)).length === 0) {
    await writeBackup(dir, validated);
  }
}

/** Adds "restore the newest good backup" to a load failure when one exists. */
async function withBackupRemedy(dir: string, error: AppFailure): Promise<AppFailure> {
  const good = await newestGoodBackup(dir);
  const remedy = good
    ? `Restore the newest good backup (${good}, from the project menu or \`storyloom restore\`). The damaged file is kept aside, never overwritten.`
    : 'No good backup exists; the damaged file was left untouched for recovery.';
  return new AppFailure(error.code, error.message, remedy, { ...error.details, backup: good ?? null, dir });
}

/** The newest backup that decodes and validates, or null. */
export async function newestGoodBackup(dir: string): Promise<string | null> {
  for (const backup of await listBackups(dir)) {
    try {
      decodeProjectText(await fs.readFile(join(dir, 'backups', backup.file), 'utf8'), backup.file);
      return backup.file;
    } catch {
      /* try the next older one */
    }
  }
  return null;
}
