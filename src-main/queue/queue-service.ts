// Runs queued bulk work per project: one item at a time, durable progress, cancel, retry failed items, resume after restart.
import type { EntityRef } from '../../src-preload/contract/dto';
import type { EntityType } from '../../src-preload/contract/entities';
import type { EventHub } from '../events/event-hub';
import { AppFailure } from '../shared/failure';
import { newId, nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectRepository } from '../store/project-repository';
import type { ProjectSession } from '../store/project-session';
import { QueueFile, type QueueTask } from './queue-file';

export interface NewQueueItem {
  key: string;
  entityType: EntityType;
  label: string;
  data: Record<string, unknown>;
  /** Fixed up front when a later item of the same task refers to this one (a scene to its new location). */
  entityId?: string;
}

export interface TaskOutcome {
  taskId: string;
  status: QueueTask['status'];
  created: EntityRef[];
  failed: { label: string; error: string }[];
}

export class QueueService {
  /** The queue file of each project folder, replaced when the project is reopened (never a stale copy). */
  private readonly files = new Map<string, QueueFile>();
  private readonly workers = new Map<string, Promise<void>>();
  private readonly cancelled = new Set<string>();
  private readonly waiters = new Map<string, ((outcome: TaskOutcome) => void)[]>();

  constructor(
    private readonly projects: ProjectRepository,
    private readonly events: EventHub,
  ) {}

  /** Queues one task of items and starts the project's worker; resolves with the task id at once. */
  async enqueue(
    projectId: string,
    label: string,
    items: readonly NewQueueItem[],
    messageId?: string,
  ): Promise<string> {
    const session = await this.projects.open(projectId);
    session.assertWritable();
    const tasks = await this.load(session);
    const now = nowIso();
    const task: QueueTask = {
      id: newId(),
      label,
      status: 'queued',
      createdAt: now,
      updatedAt: now,
      ...(messageId ? { messageId } : {}),
      items: items.map((item) => ({
        ...item,
        entityId: item.entityId ?? newId(),
        status: 'pending' as const,
      })),
    };
    tasks.push(task);
    await this.fileOf(session).save();
    this.progress(session.id, task);
    this.kick(session);
    return task.id;
  }

  async list(projectId: string): Promise<QueueTask[]> {
    return [...(await this.load(await this.projects.open(projectId)))].reverse();
  }

  /** Stops a task after the item in progress; finished items stay. */
  cancel(taskId: string): boolean {
    const known = [...this.files.values()].some((file) =>
      file.loaded.some((t) => t.id === taskId && (t.status === 'queued' || t.status === 'running')),
    );
    if (known) this.cancelled.add(taskId);
    return known;
  }

  /** Puts a task's failed (or not yet done) items back in the queue. */
  async retry(projectId: string, taskId: string): Promise<void> {
    const session = await this.projects.open(projectId);
    const task = (await this.load(session)).find((t) => t.id === taskId);
    if (!task) throw new AppFailure('TASK_NOT_FOUND', `No task ${taskId} in this project.`);
    for (const item of task.items) {
      if (item.status !== 'failed') continue;
      item.status = 'pending';
      delete item.error;
    }
    task.status = 'queued';
    this.cancelled.delete(taskId);
    await this.fileOf(session).save();
    this.kick(session);
  }

  /**
   * Continues the tasks a previous process left unfinished (call when a project opens, app or CLI); resolves
   * with how many tasks will run. A read-only session leaves them to the process that holds the project.
   */
  async resume(projectId: string): Promise<number> {
    const session = await this.projects.open(projectId);
    if (session.readOnly) return 0;
    const open = (await this.load(session)).filter(isOpen).length;
    if (open) this.kick(session);
    return open;
  }

  /** Resolves when the project's worker has nothing left to do (the CLI waits for resumed tasks before exiting). */
  async idle(projectId: string): Promise<void> {
    const session = await this.projects.open(projectId);
    for (let worker = this.workers.get(session.dir); worker; worker = this.workers.get(session.dir))
      await worker;
  }

  /** Resolves when the task finishes, fails or is cancelled. */
  wait(taskId: string): Promise<TaskOutcome> {
    const task = [...this.files.values()].flatMap((file) => file.loaded).find((t) => t.id === taskId);
    if (task && !isOpen(task)) return Promise.resolve(outcomeOf(task));
    return new Promise((resolve) => this.waiters.set(taskId, [...(this.waiters.get(taskId) ?? []), resolve]));
  }

  private fileOf(session: ProjectSession): QueueFile {
    let file = this.files.get(session.dir);
    if (!file || file.session !== session) {
      file = new QueueFile(session);
      this.files.set(session.dir, file);
    }
    return file;
  }

  private load(session: ProjectSession): Promise<QueueTask[]> {
    return this.fileOf(session).load();
  }

  private kick(session: ProjectSession): void {
    if (this.workers.has(session.dir)) return;
    const worker = this.work(session).finally(() => this.workers.delete(session.dir));
    this.workers.set(session.dir, worker);
  }

  private async work(session: ProjectSession): Promise<void> {
    const tasks = await this.load(session);
    for (let task = tasks.find(isOpen); task; task = tasks.find(isOpen)) {
      task.status = 'running';
      for (const item of task.items) {
        if (this.cancelled.has(task.id)) break;
        if (item.status !== 'pending') continue;
        try {
          const builder = new ChangeBuilder(session.file, {
            via: 'bulk',
            provenance: task.messageId ? { messageId: task.messageId } : {},
          });
          builder.upsert(item.entityType, { ...item.data, id: item.entityId });
          await session.commit(`${task.label}: ${item.label}`, builder.ops);
          item.status = 'done';
        } catch (error) {
          item.status = 'failed';
          item.error = error instanceof Error ? error.message : String(error);
        }
        task.updatedAt = nowIso();
        await this.fileOf(session).save();
        this.progress(session.id, task);
      }
      task.status = this.cancelled.has(task.id)
        ? 'cancelled'
        : task.items.some((i) => i.status === 'failed')
          ? 'failed'
          : 'done';
      this.cancelled.delete(task.id);
      task.updatedAt = nowIso();
      await this.fileOf(session).save();
      this.progress(session.id, task);
      this.finish(task);
    }
  }

  private progress(projectId: string, task: QueueTask): void {
    const done = task.items.filter((i) => i.status !== 'pending').length;
    this.events.emit('queue:progress', {
      projectId,
      taskId: task.id,
      label: task.label,
      done,
      total: task.items.length,
      status: task.status,
    });
  }

  private finish(task: QueueTask): void {
    const outcome = outcomeOf(task);
    for (const resolve of this.waiters.get(task.id) ?? []) resolve(outcome);
    this.waiters.delete(task.id);
  }
}

const isOpen = (t: QueueTask): boolean => t.status === 'queued' || t.status === 'running';

function outcomeOf(task: QueueTask): TaskOutcome {
  return {
    taskId: task.id,
    status: task.status,
    created: task.items
      .filter((i) => i.status === 'done')
      .map((i) => ({ type: i.entityType, id: i.entityId, name: i.label })),
    failed: task.items
      .filter((i) => i.status === 'failed')
      .map((i) => ({ label: i.label, error: i.error ?? 'failed' })),
  };
}
