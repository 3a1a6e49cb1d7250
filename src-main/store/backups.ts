// Rotating snapshots of project.json (newest 10 kept), written only from validated bytes.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../src-preload/contract/dto';
import { writeFileDurable } from './durable-write';

export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 10;
const PREFIX = 'project-';

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** Writes a backup from bytes that were validated (never re-read from a possibly damaged file). */
export async function writeBackup(
  projectDir: string,
  validatedText: string,
  now = new Date(),
  tag = '',
): Promise<string> {
  const dir = join(projectDir, BACKUP_DIR);
  await fs.mkdir(dir, { recursive: true });
  const name = `${PREFIX}${stamp(now)}${tag ? `-${tag}` : ''}.json`;
  await writeFileDurable(join(dir, name), validatedText);
  await pruneBackups(dir);
  return name;
}

/** Backups of a project, newest first. */
export async function listBackups(projectDir: string): Promise<BackupInfo[]> {
  const dir = join(projectDir, BACKUP_DIR);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const files = names
    .filter((n) => n.startsWith(PREFIX) && n.endsWith('.json'))
    .sort()
    .reverse();
  const infos: BackupInfo[] = [];
  for (const file of files) {
    const stat = await fs.stat(join(dir, file)).catch(() => null);
    if (stat) infos.push({ file, at: stat.mtime.toISOString(), bytes: stat.size });
  }
  return infos;
}

async function pruneBackups(dir: string): Promise<void> {
  const names = (await fs.readdir(dir)).filter((n) => n.startsWith(PREFIX) && n.endsWith('.json')).sort();
  const excess = names.length - BACKUPS_KEPT;
  for (let i = 0; i < excess; i++) await fs.rm(join(dir, names[i]!), { force: true });
}
