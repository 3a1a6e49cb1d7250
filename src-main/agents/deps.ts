// The services a turn's nodes use, passed through LangGraph's config so tests can inject fakes.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentEvent } from '../../src-preload/contract/events';
import type { Brain } from '../brains/brain';
import type { ProjectSession } from '../store/project-session';
import type { WorkflowConfig } from '../workflow';
import type { PipelineService } from './pipeline/pipeline-service';
import type { QueueService } from '../queue/queue-service';
import type { ImageEndpointSource } from '../queue/portrait-task';
import { strictAssert } from '../shared/assert';

export interface TurnDeps {
  session: ProjectSession;
  brain: Brain;
  runId: string;
  emit: (event: AgentEvent) => void;
  signal?: AbortSignal;
  workflowConfig?: WorkflowConfig;
  /** Starts and resumes generate runs (absent where no pipeline is wired, e.g. some tests). */
  pipeline?: PipelineService;
  /** Runs bulk work item by item (absent in some tests: bulk then writes in one change). */
  queue?: QueueService;
  /** The image endpoint for portraits as set now (absent or undefined: none is set). */
  imageEndpoint?: ImageEndpointSource;
}

export function depsOf(config: LangGraphRunnableConfig | undefined): TurnDeps {
  const deps = (config?.configurable as { deps?: TurnDeps } | undefined)?.deps;
  strictAssert(deps, 'agent graph invoked without configurable.deps');
  return deps;
}
