// Handlers of agent:* — cancel a chat turn or a pipeline run, list runs for the timeline, resume after a restart.
import type { RunView } from '../../src-preload/contract/dto';
import { MAX_RUN_NOTICES, type RunRecord } from '../agents/pipeline/run-record';
import type { HandlerTable } from '../shared/handler-types';
import type { Services } from './index';

const viewOf = (r: RunRecord): RunView => ({
  runId: r.runId,
  status: r.status,
  plan: r.plan,
  stagesDone: Object.keys(r.stages),
  startedAt: r.startedAt,
  updatedAt: r.updatedAt,
  ...(r.pauseReason ? { reason: r.pauseReason } : r.error ? { reason: r.error.message } : {}),
  costUsd: r.costUsd,
  ...(r.estimate ? { estimateUsd: r.estimate.costUsd } : {}),
  usage: r.usage ?? {},
  ...(r.notices?.length ? { notices: r.notices.slice(0, MAX_RUN_NOTICES) } : {}),
});

type AgentHandlers = Pick<HandlerTable, 'agent:cancel' | 'agent:runs' | 'agent:resume'>;

export function agentHandlers(services: Services): AgentHandlers {
  return {
    'agent:cancel': async ({ runId }) => ({
      cancelled: services.chat.cancel(runId) || services.pipeline.cancel(runId),
    }),
    'agent:runs': async ({ projectId }) => (await services.pipeline.recent(projectId)).map(viewOf),
    'agent:resume': async ({ projectId, runId, approve }) => {
      const { runId: id } = await services.pipeline.resume(projectId, runId, approve ? { approve } : {});
      return { runId: id };
    },
  };
}
