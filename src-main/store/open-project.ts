// Opens one project folder: lock first, then read + migrate + validate, quarantine-free error reporting, first backup.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { listBackups, writeBackup } from './backups';
import { DurableProjectAdapter } from './durable-adapter';
import { fsyncDirectory, removeStaleTempFiles } from './durable-write';
import { JOURNAL_FILE, PROJECT_FILE } from './paths';
import { decodeProjectText } from './project-file-codec';
import { acquireProjectLock } from './project-lock';
import { keepDroppedJournal, readJournalText, replayJournal } from './project-journal';
import { ProjectSession, type JournalRecovery } from './project-session';
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
  const { db, adapter, migratedFrom, replay, journalText } = loaded;
  let recovery: JournalRecovery = { replayed: replay.replayed, keptAside: null, reason: replay.reason };
  if (lock.acquired) {
    try {
      recovery = await prepareWritable(
        dir,
        path,
        db,
        migratedFrom,
        recovery,
        journalText.slice(replay.dropFrom ?? journalText.length),
        existsSync(join(dir, JOURNAL_FILE)),
      );
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  return new ProjectSession({
    dir,
    path,
    db,
    adapter,
    recovery,
    readOnly: !lock.acquired,
    ...(lock.acquired ? { release: lock.release } : { readOnlyReason: lock.reason }),
  });
}

/** Attempts at a consistent read while another process may checkpoint between our reads of the two files. */
const READ_ATTEMPTS = 5;

/**
 * Reads, migrates and validates project.json (a load failure names the newest good backup), then replays the
 * journal's acknowledged changes on top. A reader without the lock may meet a checkpoint of the writer between its
 * two reads (old project.json, rotated journal: a gap in the numbering); it then reads both again.
 */
async function readProject(dir: string, path: string) {
  for (let attempt = 1; ; attempt++) {
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
    const journalText = await readJournalText(dir);
    const replay = replayJournal(db.data, journalText);
    if (!replay.gap || attempt >= READ_ATTEMPTS || (await adapter.isCurrent())) {
      return { db, adapter, migratedFrom: migratedFrom as number | null, replay, journalText };
    }
  }
}

/**
 * The project's current state as a fresh open would load it (project.json plus its journal), without taking the
 * lock or writing anything: for listings and for anyone who must see the latest acknowledged changes.
 */
export async function readProjectState(dir: string): Promise<ProjectFile> {
  return (await readProject(dir, join(dir, PROJECT_FILE))).db.data;
}

/**
 * With the lock held: sweep a killed writer's temp files, keep aside journal records that could not be replayed,
 * checkpoint replayed ones (or a migration) into project.json, remove the journal, take the first backup.
 */
async function prepareWritable(
  dir: string,
  path: string,
  db: Low<ProjectFile>,
  migratedFrom: number | null,
  recovery: JournalRecovery,
  dropped: string,
  hasJournal: boolean,
): Promise<JournalRecovery> {
  // A writer killed mid-write leaves its temp file behind; with the lock held, every one is garbage.
  await removeStaleTempFiles(dir);
  await removeStaleTempFiles(join(dir, 'backups'));
  const keptAside = await keepDroppedJournal(dir, dropped);
  const validated = serializeProjectFile(db.data);
  if (migratedFrom !== null) {
    // Keep the pre-migration bytes, then write the migrated file.
    await writeBackup(dir, await fs.readFile(path, 'utf8'), new Date(), `pre-migration-v${migratedFrom}`);
    await db.write();
  } else if (recovery.replayed > 0) {
    // Checkpoint what the journal held, so the journal can start empty.
    await db.write();
  }
  if (hasJournal) {
    await fs.rm(join(dir, JOURNAL_FILE), { force: true });
    await fsyncDirectory(dir);
  }
  if ((await listBackups(dir)).length === 0) await writeBackup(dir, validated);
  return { ...recovery, keptAside };
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
