// What pipeline stages use (passed through LangGraph config): project session, brain, checkpoint, events, ids.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentEvent } from '../../../src-preload/contract/events';
import type { Brain } from '../../brains/brain';
import type { BudgetMeter } from '../budget-meter';
import { strictAssert } from '../../shared/assert';
import { stableId } from '../../shared/stable-id';
import type { ProjectSession } from '../../store/project-session';
import type { RunRecord, RunStore } from './run-record';
import type { WorkflowConfig } from '../../workflow';

export interface PipelineDeps {
  session: ProjectSession;
  /** The run's brain: every call it makes counts against `budget`. */
  brain: Brain;
  /** The run's spending cap (the lower of the project's and the app's budget per run). */
  budget: BudgetMeter;
  record: RunRecord;
  runs: RunStore;
  emit: (event: AgentEvent) => void;
  signal?: AbortSignal;
  /** The project's workflow customisation (workflow.config.json), if any. */
  workflowConfig?: WorkflowConfig;
  /** Stages currently computing or persisting (awaited before a cancelled run is recorded). */
  inFlight: Set<Promise<unknown>>;
  /** Serialises checkpoint writes of parallel branches. */
  saveRecord: () => Promise<void>;
}

export function pipelineDeps(config: LangGraphRunnableConfig | undefined): PipelineDeps {
  const deps = (config?.configurable as { pipeline?: PipelineDeps } | undefined)?.pipeline;
  strictAssert(deps, 'pipeline graph invoked without configurable.pipeline');
  return deps;
}

/** The entity id of a draft key: a project entity's own id, or a stable id derived from the run. */
export function idOf(deps: PipelineDeps, kind: string, key: string): string {
  if (/^[0-9A-HJKMNP-TV-Z]{26}$/.test(key)) return key;
  return (
    deps.record.reuse?.[`${kind}:${key}`] ?? stableId(deps.record.runId, `${kind}:${key}`, deps.record.idTime)
  );
}
