// Runs queued work per project (bulk entities, portraits): one item at a time, durable progress, cancel, retry, resume.
import type { EntityRef } from '../../src-preload/contract/dto';
import type { EntityType } from '../../src-preload/contract/entities';
import type { EventHub } from '../events/event-hub';
import { AppFailure } from '../shared/failure';
import { newId, nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import type { ProjectRepository } from '../store/project-repository';
import type { ProjectSession } from '../store/project-session';
import { QueueFile, type QueueItem, type QueueTask, type TaskKind } from './queue-file';

export interface NewQueueItem {
  key: string;
  entityType: EntityType;
  label: string;
  data: Record<string, unknown>;
  /** Fixed up front when a later item of the same task refers to this one (a scene to its new location). */
  entityId?: string;
}

/** What a runner of a task kind gets for one item: the open project, the task, the item, and the cancel signal. */
export interface TaskItemContext {
  session: ProjectSession;
  task: QueueTask;
  item: QueueItem;
  signal: AbortSignal;
}

/**
 * Does the items of one task kind other than bulk entities (which the queue does itself). `run` throws to fail
 * the item; `settle` hears when an item is queued again (retry) or dropped by a cancel before it ran.
 */
export interface TaskRunner {
  run(ctx: TaskItemContext): Promise<void>;
  settle?(ctx: TaskItemContext, status: 'queued' | 'cancelled'): Promise<void>;
}

export interface EnqueueOptions {
  messageId?: string;
  kind?: TaskKind;
  /** Runs with the new task's id before it is queued (a failure queues nothing): e.g. mark a character queued. */
  prepare?: (taskId: string) => Promise<void>;
}

export interface TaskOutcome {
  taskId: string;
  kind: TaskKind;
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
  /** The cancel switch of each item in progress, by task id (a long image call stops at once). */
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly projects: ProjectRepository,
    private readonly events: EventHub,
    private readonly runners: Partial<Record<Exclude<TaskKind, 'entities'>, TaskRunner>> = {},
  ) {}

  /** Queues one task of items and starts the project's worker; resolves with the task id at once. */
  async enqueue(
    projectId: string,
    label: string,
    items: readonly NewQueueItem[],
    { messageId, kind = 'entities', prepare }: EnqueueOptions = {},
  ): Promise<string> {
    const session = await this.projects.open(projectId);
    session.assertWritable();
    const tasks = await this.load(session);
    const now = nowIso();
    const task: QueueTask = {
      id: newId(),
      ...(kind === 'entities' ? {} : { kind }),
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
    await prepare?.(task.id);
    tasks.push(task);
    await this.fileOf(session).save();
    this.progress(session.id, task);
    this.kick(session);
    return task.id;
  }

  /** Tasks of the project still queued or running (a second request for the same work joins the first). */
  async open(projectId: string): Promise<QueueTask[]> {
    return (await this.load(await this.projects.open(projectId))).filter(isOpen);
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
    this.running.get(taskId)?.abort(new Error('cancelled'));
    return known;
  }

  /** Puts a task's failed (or not yet done) items back in the queue. */
  async retry(projectId: string, taskId: string): Promise<void> {
    const session = await this.projects.open(projectId);
    const task = (await this.load(session)).find((t) => t.id === taskId);
    if (!task) throw new AppFailure('TASK_NOT_FOUND', `No task ${taskId} in this project.`);
    const again: QueueItem[] = [];
    for (const item of task.items) {
      if (item.status !== 'failed') continue;
      item.status = 'pending';
      delete item.error;
      again.push(item);
    }
    task.status = 'queued';
    this.cancelled.delete(taskId);
    await this.fileOf(session).save();
    const runner = this.runnerOf(task);
    for (const item of again) await runner?.settle?.(this.context(session, task, item), 'queued');
    this.progress(session.id, task);
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
        await this.runItem(session, task, item);
        task.updatedAt = nowIso();
        await this.fileOf(session).save();
        this.progress(session.id, task);
      }
      const cancelled = this.cancelled.has(task.id);
      if (cancelled) await this.settleCancelled(session, task);
      task.status = cancelled
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

  /** Does one item: bulk entities here, other kinds through their runner. A cancelled item stays pending. */
  private async runItem(session: ProjectSession, task: QueueTask, item: QueueItem): Promise<void> {
    const runner = this.runnerOf(task);
    const abort = new AbortController();
    this.running.set(task.id, abort);
    try {
      if ((task.kind ?? 'entities') === 'entities') await this.upsertItem(session, task, item);
      else if (!runner)
        throw new AppFailure('TASK_KIND_UNKNOWN', `This Storyloom cannot run ${task.kind} tasks.`);
      else {
        this.progress(session.id, task);
        await runner.run(this.context(session, task, item, abort.signal));
      }
      item.status = 'done';
    } catch (error) {
      // A runner's item cancelled mid-way stays pending, for a retry (bulk upserts finish or fail as they are).
      if (abort.signal.aborted && runner) return;
      item.status = 'failed';
      item.error = errorText(error);
    } finally {
      this.running.delete(task.id);
    }
  }

  private async upsertItem(session: ProjectSession, task: QueueTask, item: QueueItem): Promise<void> {
    const builder = new ChangeBuilder(session.file, {
      via: 'bulk',
      provenance: task.messageId ? { messageId: task.messageId } : {},
    });
    builder.upsert(item.entityType, { ...item.data, id: item.entityId });
    await session.commit(`${task.label}: ${item.label}`, builder.ops);
  }

  /** Tells the runner which items a cancel dropped (they stay pending in the task, for a retry). */
  private async settleCancelled(session: ProjectSession, task: QueueTask): Promise<void> {
    const runner = this.runnerOf(task);
    for (const item of task.items.filter((i) => i.status === 'pending'))
      await runner?.settle?.(this.context(session, task, item), 'cancelled').catch(() => undefined);
  }

  private runnerOf(task: QueueTask): TaskRunner | undefined {
    return !task.kind || task.kind === 'entities' ? undefined : this.runners[task.kind];
  }

  private context(
    session: ProjectSession,
    task: QueueTask,
    item: QueueItem,
    signal: AbortSignal = new AbortController().signal,
  ): TaskItemContext {
    return { session, task, item, signal };
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

/** An item's error for the tasks drawer: what went wrong and, when known, what to do next. */
function errorText(error: unknown): string {
  if (error instanceof AppFailure) return error.remedy ? `${error.message} ${error.remedy}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function outcomeOf(task: QueueTask): TaskOutcome {
  const kind = task.kind ?? 'entities';
  return {
    taskId: task.id,
    kind,
    status: task.status,
    // Only bulk work creates entities; a portrait updates its character.
    created: task.items
      .filter((i) => kind === 'entities' && i.status === 'done')
      .map((i) => ({ type: i.entityType, id: i.entityId, name: i.label })),
    failed: task.items
      .filter((i) => i.status === 'failed')
      .map((i) => ({ label: i.label, error: i.error ?? 'failed' })),
  };
}
