// The persistent task queue of a project (queue.json): bulk work and portraits split into items, each done or failed on its own.
import { join } from 'node:path';
import { z } from 'zod';
import { EntityTypeSchema } from '../../src-preload/contract/entities';
import { GuardedFile } from '../store/guarded-file';
import type { ProjectSession } from '../store/project-session';

export const QUEUE_FILE = 'queue.json';

export const QueueItemSchema = z.strictObject({
  key: z.string().max(100),
  entityType: EntityTypeSchema,
  /** What to create; the entity id is fixed up front, so a repeated item (after a crash) upserts. */
  data: z.record(z.string(), z.unknown()),
  entityId: z.string().max(64),
  label: z.string().max(300),
  status: z.enum(['pending', 'done', 'failed']),
  error: z.string().max(2_000).optional(),
});

/** What a task's items do: create or update entities (bulk work), or draw a character's portrait. */
export const TaskKindSchema = z.enum(['entities', 'portrait']);
export type TaskKind = z.infer<typeof TaskKindSchema>;

export const QueueTaskSchema = z.strictObject({
  id: z.string().max(64),
  /** Absent means bulk entity work (all tasks written before portraits existed are). */
  kind: TaskKindSchema.optional(),
  label: z.string().max(300),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
  messageId: z.string().max(64).optional(),
  items: z.array(QueueItemSchema).max(1_000),
});

export const QueueFileSchema = z.strictObject({ tasks: z.array(QueueTaskSchema).max(500) });

export type QueueItem = z.infer<typeof QueueItemSchema>;
export type QueueTask = z.infer<typeof QueueTaskSchema>;

/** Finished tasks kept for the tasks drawer. */
const KEEP_FINISHED = 50;

/**
 * queue.json of one open project: the only reader and writer of that file, bound to the session that holds the
 * project lock. It is loaded after the lock is taken, every save checks the session may write (a read-only
 * session never rewrites it) and that the file on disk is the one it last read or wrote (never a stale copy).
 */
export class QueueFile {
  private tasks: QueueTask[] | null = null;
  private readonly file: GuardedFile;
  /** Saves run one at a time: a conflict check racing our own previous write would be a false alarm. */
  private saving: Promise<void> = Promise.resolve();

  constructor(readonly session: ProjectSession) {
    this.file = new GuardedFile(join(session.dir, QUEUE_FILE));
  }

  /** The tasks loaded so far (empty before the first load). */
  get loaded(): readonly QueueTask[] {
    return this.tasks ?? [];
  }

  /** The tasks, read once per session. A damaged file drops its tasks but never blocks the project. */
  async load(): Promise<QueueTask[]> {
    if (this.tasks) return this.tasks;
    const text = await this.file.read();
    let tasks: QueueTask[] = [];
    if (text !== null) {
      try {
        const parsed = QueueFileSchema.safeParse(JSON.parse(text));
        if (parsed.success) tasks = parsed.data.tasks;
      } catch {
        /* not JSON: treated as an empty queue; the next save replaces it */
      }
    }
    this.tasks ??= tasks;
    return this.tasks;
  }

  /** Durably writes the current tasks (finished ones beyond the newest 50 are dropped). */
  async save(): Promise<void> {
    this.session.assertWritable();
    const tasks = await this.load();
    const next = this.saving.then(() => {
      const active = tasks.filter(isActive);
      const finished = tasks.filter((t) => !isActive(t)).slice(-KEEP_FINISHED);
      return this.file.write(JSON.stringify({ tasks: [...finished, ...active] }));
    });
    this.saving = next.catch(() => undefined);
    await next;
  }
}

const isActive = (t: QueueTask): boolean => t.status === 'queued' || t.status === 'running';
