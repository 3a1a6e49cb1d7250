// lowdb adapter of ours: validated reads and durable, atomic writes (steno alone never fsyncs).
import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { ProjectFile } from '../../src-preload/contract/project';
import { writeFileDurable } from './durable-write';
import { serializeProjectFile } from './serialize-project';

export class DurableProjectAdapter implements Adapter<ProjectFile> {
  /** The exact bytes of the last successful write: backups are taken from these, never re-read from disk. */
  lastWritten: string | null = null;

  constructor(
    readonly path: string,
    private readonly parse: (text: string) => ProjectFile,
  ) {}

  async read(): Promise<ProjectFile | null> {
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.parse(text);
  }

  async write(data: ProjectFile): Promise<void> {
    // Serialize synchronously, before the first await: the write captures exactly the changes made so far.
    const text = serializeProjectFile(data);
    await writeFileDurable(this.path, text);
    this.lastWritten = text;
  }
}
