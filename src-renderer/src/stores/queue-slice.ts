// Queue slice: live progress of background tasks (`queue:progress`), their cancel and retry, for the tasks drawer.
import type { QueueProgressEvent } from '../contract';
import type { SliceCreator } from './types';

export interface QueueSlice {
  /** Latest progress per task id, in the order tasks first appeared. */
  tasks: QueueProgressEvent[];
  /** Failures per task (label: reason), loaded from `queue:list` when a task ends with failures. */
  taskFailures: Record<string, { label: string; error: string }[]>;
  applyQueueProgress(event: QueueProgressEvent): void;
  loadQueue(): Promise<void>;
  cancelTask(taskId: string): Promise<void>;
  retryTask(taskId: string): Promise<void>;
  clearFinishedTasks(): void;
}

const FINISHED = new Set<QueueProgressEvent['status']>(['done', 'failed', 'cancelled']);

export const createQueueSlice: SliceCreator<QueueSlice> = (set, get, api, scope) => ({
  // Tasks of every project stay (the drawer shows the open project's); failures are loaded per project.
  tasks: [],
  ...scope.own({ taskFailures: {} }),
  applyQueueProgress(event) {
    set((s) => {
      const index = s.tasks.findIndex((t) => t.taskId === event.taskId);
      if (index < 0) return { tasks: [...s.tasks, event] };
      const tasks = s.tasks.slice();
      tasks[index] = event;
      return { tasks };
    });
    if (event.status === 'failed') void get().loadQueue();
  },
  async loadQueue() {
    const projectId = get().snapshot?.summary.id;
    if (!projectId) return;
    const result = await api.invoke('queue:list', { projectId });
    if (!result.ok) return get().reportError(result.error);
    const known = new Set(get().tasks.map((t) => t.taskId));
    const missing = result.value
      .filter((t) => !known.has(t.taskId))
      .map((t) => ({
        projectId,
        taskId: t.taskId,
        label: t.label,
        done: t.done,
        total: t.total,
        status: t.status,
      }));
    set((s) => ({
      tasks: [...s.tasks, ...missing],
      taskFailures: Object.fromEntries(
        result.value.filter((t) => t.failed.length).map((t) => [t.taskId, t.failed]),
      ),
    }));
  },
  async cancelTask(taskId) {
    const result = await api.invoke('queue:cancel', { taskId });
    if (!result.ok) get().reportError(result.error);
  },
  async retryTask(taskId) {
    const projectId = get().snapshot?.summary.id;
    if (!projectId) return;
    const result = await api.invoke('queue:retry', { projectId, taskId });
    if (!result.ok) get().reportError(result.error);
  },
  clearFinishedTasks() {
    set((s) => ({ tasks: s.tasks.filter((t) => !FINISHED.has(t.status)) }));
  },
});
