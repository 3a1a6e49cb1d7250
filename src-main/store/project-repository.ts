// The projects root: list, create, open (one session per project), rename, duplicate, delete, backups.
import { existsSync, promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ProjectSummary } from '../../src-preload/contract/dto';
import type { ProjectKind } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { nowIso } from '../shared/ids';
import { listBackups } from './backups';
import { writeFileDurable } from './durable-write';
import { newProjectFile } from './new-project';
import { newestGoodBackup, openProjectDir, readProjectState } from './open-project';
import { JOURNAL_FILE, PROJECT_FILE, projectDirFromPath, projectFolderName } from './paths';
import { decodeProjectText } from './project-file-codec';
import { type ProjectSession } from './project-session';
import { summarize } from './project-summary';
import { remapProjectIds } from './remap-ids';
import { serializeProjectFile } from './serialize-project';
import { stagingPath, sweepStaleStaging } from './staging';
import type { ChangeSummary } from '../../src-preload/contract/dto';

export interface RepositoryOptions {
  root: string;
  /** Who opens projects (shown to a second instance that finds the lock). */
  owner?: string;
  /** Moves a folder to the OS trash (Electron's shell.trashItem); default: the root's `.trash` folder. */
  trash?: (dir: string) => Promise<string>;
  onChange?: (projectId: string, summary: ChangeSummary) => void;
  onListChanged?: (reason: string) => void;
}

export class ProjectRepository {
  readonly root: string;
  private readonly sessions = new Map<string, ProjectSession>();
  private readonly dirs = new Map<string, string>();
  private readonly openHooks: ((session: ProjectSession) => Promise<void>)[] = [];
  private swept: Promise<string[]> | undefined;

  constructor(private readonly options: RepositoryOptions) {
    this.root = resolve(options.root);
  }

  /**
   * Once per start (the first list or creation): removes the staging folders a killed process left behind.
   * Returns their names.
   */
  sweepStaging(): Promise<string[]> {
    return (this.swept ??= sweepStaleStaging(this.root));
  }

  /** All projects under the root, newest first; unreadable ones are listed with a zeroed summary. */
  async list(): Promise<ProjectSummary[]> {
    await fs.mkdir(this.root, { recursive: true });
    await this.sweepStaging();
    const summaries: ProjectSummary[] = [];
    for (const entry of await fs.readdir(this.root, { withFileTypes: true })) {
      // Hidden folders (`.staging` holds creations a killed process never finished) are not projects.
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dir = join(this.root, entry.name);
      const open = [...this.sessions.values()].find((s) => s.dir === dir);
      if (open) {
        summaries.push(summarize(open.file, dir));
        continue;
      }
      try {
        // Through the loader: another process's acknowledged changes may still be in the journal only.
        const file = await readProjectState(dir);
        this.dirs.set(file.project.id, dir);
        summaries.push(summarize(file, dir));
      } catch (error) {
        const damaged = await this.damagedSummary(dir, error);
        if (damaged) summaries.push(damaged);
      }
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /**
   * A damaged project is still listed — from its newest good backup, flagged — so the user can reach the
   * restore offer. A folder with neither a readable project.json nor a good backup is not a project we can show.
   */
  private async damagedSummary(dir: string, error: unknown): Promise<ProjectSummary | null> {
    if (!existsSync(join(dir, PROJECT_FILE))) return null;
    const backup = await newestGoodBackup(dir);
    if (!backup) return null;
    const { file } = decodeProjectText(await fs.readFile(join(dir, 'backups', backup), 'utf8'), backup);
    this.dirs.set(file.project.id, dir);
    const reason = error instanceof AppFailure ? error : new AppFailure('PROJECT_CORRUPT', String(error));
    return { ...summarize(file, dir), damaged: { code: reason.code, message: reason.message, backup } };
  }

  /** Creates a new, empty project folder and returns its summary. */
  async create(name: string, kind: ProjectKind, options: { seed?: number } = {}): Promise<ProjectSummary> {
    const file = newProjectFile(name, kind, options);
    const dir = await this.writeNewProject(file);
    this.options.onListChanged?.('created');
    return summarize(file, dir);
  }

  /** Writes a brand-new project folder (used by create, duplicate and import). */
  async writeNewProject(file: ProjectFile, extra?: (dir: string) => Promise<void>): Promise<string> {
    await fs.mkdir(this.root, { recursive: true });
    const dir = join(this.root, projectFolderName(file.project.name, file.project.id));
    if (existsSync(dir)) throw new AppFailure('PROJECT_EXISTS', `A project folder already exists at ${dir}.`);
    // Staged in a hidden folder of the same root (same filesystem, so the rename is atomic): a kill or an
    // error before the rename leaves nothing that `list` shows as a project.
    await this.sweepStaging();
    const staging = stagingPath(this.root, basename(dir));
    try {
      await fs.mkdir(join(staging, 'chat'), { recursive: true });
      await fs.mkdir(join(staging, 'runs'), { recursive: true });
      await fs.mkdir(join(staging, 'assets'), { recursive: true });
      await writeFileDurable(join(staging, PROJECT_FILE), serializeProjectFile(file));
      if (extra) await extra(staging);
      // The folder appears complete or not at all.
      await fs.rename(staging, dir);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    this.dirs.set(file.project.id, dir);
    return dir;
  }

  /** Resolves a project reference: an id under the root, a project folder, or its project.json. */
  async resolveDir(ref: string): Promise<string> {
    const known = this.dirs.get(ref);
    if (known && existsSync(join(known, PROJECT_FILE))) return known;
    const fromPath = projectDirFromPath(ref);
    if (fromPath) return fromPath;
    await this.list();
    const listed = this.dirs.get(ref);
    if (listed) return listed;
    throw new AppFailure(
      'PROJECT_NOT_FOUND',
      `No project "${ref}" in ${this.root}.`,
      'Pass a project folder, its project.json, or an id shown by `storyloom list`.',
    );
  }

  /**
   * Registers work done each time a project opens writable, with the lock held (e.g. marking the runs a
   * killed process left `running` as interrupted). Rooms above the store register; the store knows none of them.
   */
  onOpenWritable(hook: (session: ProjectSession) => Promise<void>): void {
    this.openHooks.push(hook);
  }

  /** Opens (or returns the already open) session of a project. */
  async open(ref: string): Promise<ProjectSession> {
    const cached = this.sessions.get(ref);
    if (cached) return cached;
    const dir = await this.resolveDir(ref);
    const existing = [...this.sessions.values()].find((s) => s.dir === dir);
    if (existing) return existing;
    const session = await openProjectDir(dir, this.options.owner ?? `storyloom pid ${process.pid}`);
    session.onChange = (summary) => this.options.onChange?.(session.id, summary);
    this.sessions.set(session.id, session);
    this.dirs.set(session.id, dir);
    if (!session.readOnly) for (const hook of this.openHooks) await hook(session);
    return session;
  }

  async close(projectId: string): Promise<boolean> {
    const session = this.sessions.get(projectId);
    if (!session) return false;
    this.sessions.delete(projectId);
    await session.close();
    return true;
  }

  /** Closes every session; the first failure (changes that could not be written) is thrown after all are closed. */
  async closeAll(): Promise<void> {
    let failure: unknown = null;
    for (const id of [...this.sessions.keys()])
      await this.close(id).catch((error: unknown) => (failure ??= error));
    if (failure) throw failure;
  }

  async rename(projectId: string, name: string): Promise<ProjectSummary> {
    const session = await this.open(projectId);
    await session.updateMeta({ name }, `Rename project to "${name}"`);
    this.options.onListChanged?.('renamed');
    return summarize(session.file, session.dir);
  }

  async duplicate(projectId: string, name?: string): Promise<ProjectSummary> {
    const session = await this.open(projectId);
    await session.flush();
    const copy = remapProjectIds(structuredClone(session.file)).file;
    copy.project = {
      ...copy.project,
      name: name ?? `${session.file.project.name} (copy)`,
      updatedAt: nowIso(),
    };
    copy.history = { undo: [], redo: [] };
    const dir = await this.writeNewProject(copy, async (target) => {
      await fs
        .cp(join(session.dir, 'assets'), join(target, 'assets'), { recursive: true })
        .catch(() => undefined);
    });
    this.options.onListChanged?.('duplicated');
    return summarize(copy, dir);
  }

  /** Moves the project to the OS trash (or the root's `.trash` folder); nothing is destroyed. */
  async delete(projectId: string): Promise<{ deleted: boolean; movedTo: string }> {
    const dir = await this.resolveDir(projectId);
    await this.close(projectId);
    const movedTo = this.options.trash ? await this.options.trash(dir) : await this.moveToTrashFolder(dir);
    this.dirs.delete(projectId);
    this.options.onListChanged?.('deleted');
    return { deleted: true, movedTo };
  }

  async backups(projectId: string) {
    return listBackups(await this.resolveDir(projectId));
  }

  /** Replaces a damaged project.json with a good backup; the damaged file is kept beside it. */
  async restoreBackup(projectId: string, file?: string): Promise<ProjectSession> {
    const dir = await this.resolveDir(projectId);
    // The backup is chosen and checked before the open session closes: a refused restore must leave the project as
    // it was (closing checkpoints the journal into project.json).
    const chosen = file ?? (await newestGoodBackup(dir));
    if (!chosen || chosen.includes('/') || chosen.includes('\\')) {
      throw new AppFailure('BACKUP_NOT_FOUND', 'There is no good backup of this project to restore.');
    }
    const text = await fs.readFile(join(dir, 'backups', chosen), 'utf8');
    decodeProjectText(text, chosen);
    await this.close(projectId);
    const current = join(dir, PROJECT_FILE);
    const stamp = Date.now();
    if (existsSync(current)) await fs.rename(current, join(dir, `project.damaged-${stamp}.json`));
    // The journal's records continue the damaged file, not the backup: kept beside it, never replayed onto the backup.
    const journal = join(dir, JOURNAL_FILE);
    if (existsSync(journal)) await fs.rename(journal, join(dir, `project.damaged-${stamp}.journal`));
    await writeFileDurable(current, text);
    return this.open(dir);
  }

  /** The folder of an open or known project. */
  dirOf(projectId: string): string | undefined {
    return this.dirs.get(projectId);
  }

  private async moveToTrashFolder(dir: string): Promise<string> {
    const trash = join(this.root, '.trash');
    await fs.mkdir(trash, { recursive: true });
    const target = join(trash, `${dir.split(/[\\/]/).pop()}-${Date.now()}`);
    await fs.rename(dir, target);
    return target;
  }
}
