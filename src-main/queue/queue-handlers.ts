// Handlers of queue:* — the tasks drawer's list, cancel and retry of bulk work.
import type { HandlerTable } from '../shared/handler-types';
import type { QueueService } from './queue-service';

type QueueHandlers = Pick<HandlerTable, 'queue:list' | 'queue:cancel' | 'queue:retry'>;

export function queueHandlers({ queue }: { queue: QueueService }): QueueHandlers {
  return {
    'queue:list': async ({ projectId }) =>
      (await queue.list(projectId)).map((t) => ({
        taskId: t.id,
        label: t.label,
        status: t.status,
        done: t.items.filter((i) => i.status !== 'pending').length,
        total: t.items.length,
        failed: t.items
          .filter((i) => i.status === 'failed')
          .map((i) => ({ label: i.label, error: i.error ?? 'failed' })),
        updatedAt: t.updatedAt,
      })),
    'queue:cancel': async ({ taskId }) => ({ cancelled: queue.cancel(taskId) }),
    'queue:retry': async ({ projectId, taskId }) => {
      await queue.retry(projectId, taskId);
      return { queued: true };
    },
  };
}
