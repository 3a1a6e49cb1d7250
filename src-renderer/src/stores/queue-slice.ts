// Queue slice: live progress of background tasks (`queue:progress`), shown by the tasks drawer.
import type { QueueProgressEvent } from '../contract';
import type { SliceCreator } from './types';

export interface QueueSlice {
  /** Latest progress per task id, in the order tasks first appeared. */
  tasks: QueueProgressEvent[];
  applyQueueProgress(event: QueueProgressEvent): void;
  clearFinishedTasks(): void;
}

const FINISHED = new Set<QueueProgressEvent['status']>(['done', 'failed', 'cancelled']);

export const createQueueSlice: SliceCreator<QueueSlice> = (set) => ({
  tasks: [],
  applyQueueProgress(event) {
    set((s) => {
      const index = s.tasks.findIndex((t) => t.taskId === event.taskId);
      if (index < 0) return { tasks: [...s.tasks, event] };
      const tasks = s.tasks.slice();
      tasks[index] = event;
      return { tasks };
    });
  },
  clearFinishedTasks() {
    set((s) => ({ tasks: s.tasks.filter((t) => !FINISHED.has(t.status)) }));
  },
});
