// The persistent task queue of a project (queue.json): bulk work split into items, each done or failed on its own.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EntityTypeSchema } from '../../src-preload/contract/entities';
import { writeFileDurable } from '../store/durable-write';

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

export const QueueTaskSchema = z.strictObject({
  id: z.string().max(64),
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

export async function readQueue(projectDir: string): Promise<QueueTask[]> {
  const path = join(projectDir, 'queue.json');
  if (!existsSync(path)) return [];
  const parsed = QueueFileSchema.safeParse(JSON.parse(await fs.readFile(path, 'utf8')));
  // A damaged queue file must not block the project: its tasks are dropped, the project data is untouched.
  return parsed.success ? parsed.data.tasks : [];
}

export async function writeQueue(projectDir: string, tasks: readonly QueueTask[]): Promise<void> {
  const active = tasks.filter((t) => t.status === 'queued' || t.status === 'running');
  const finished = tasks.filter((t) => t.status !== 'queued' && t.status !== 'running').slice(-KEEP_FINISHED);
  await writeFileDurable(join(projectDir, 'queue.json'), JSON.stringify({ tasks: [...finished, ...active] }));
}
