// lowdb adapter of ours: validated reads and durable, atomic, conflict-checked writes (steno alone never fsyncs).
import type { Adapter } from 'lowdb';
import type { ProjectFile } from '../../src-preload/contract/project';
import { GuardedFile } from './guarded-file';
import { serializeProjectFile } from './serialize-project';

export class DurableProjectAdapter implements Adapter<ProjectFile> {
  /** The exact bytes of the last successful write: backups are taken from these, never re-read from disk. */
  lastWritten: string | null = null;
  /** The length of project.json as last read or written (what a checkpoint costs, roughly). */
  knownLength = 0;
  private readonly file: GuardedFile;

  constructor(
    readonly path: string,
    private readonly parse: (text: string) => ProjectFile,
  ) {
    this.file = new GuardedFile(path);
  }

  async read(): Promise<ProjectFile | null> {
    const text = await this.file.read();
    if (text === null) return null;
    this.knownLength = text.length;
    return this.parse(text);
  }

  /** Whether project.json on disk is still the file this process last read or wrote. */
  isCurrent(): Promise<boolean> {
    return this.file.isCurrent();
  }

  /** Refuses (STORE_CONFLICT) when project.json on disk is no longer the file this process read or wrote. */
  async write(data: ProjectFile): Promise<void> {
    // Serialize synchronously, before the first await: the write captures exactly the changes made so far.
    const text = serializeProjectFile(data);
    await this.file.write(text);
    this.lastWritten = text;
    this.knownLength = text.length;
  }
}
