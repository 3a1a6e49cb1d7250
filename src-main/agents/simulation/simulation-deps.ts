// What the simulation subgraph's nodes use, passed through LangGraph's config (the brain, cancellation, callbacks).
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SimulationTurn } from '../../../src-preload/contract/simulation';
import type { Brain, BrainUsage } from '../../brains/brain';
import { strictAssert } from '../../shared/assert';

export interface SimulationDeps {
  brain: Brain;
  signal?: AbortSignal;
  /** Token and cost accounting of model turns. */
  onUsage: (usage: BrainUsage) => void;
  /** Each line as it is spoken (streams to the chat). */
  onTurn?: (turn: SimulationTurn) => void;
  /** True when the user asked to pause: the director stops after the line just spoken (the scene can continue). */
  shouldPause?: () => boolean;
  /** The time stamp of ledger entries the scene proposes. */
  now: string;
}

export function simDepsOf(config: LangGraphRunnableConfig | undefined): SimulationDeps {
  const deps = (config?.configurable as { simulation?: SimulationDeps } | undefined)?.simulation;
  strictAssert(deps, 'simulation graph invoked without configurable.simulation');
  return deps;
}
