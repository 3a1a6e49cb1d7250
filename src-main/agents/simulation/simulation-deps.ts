// What the simulation subgraph's nodes use, passed through LangGraph's config (the brain, cancellation, callbacks).
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SimulationChange, SimulationTurn } from '../../../src-preload/contract/simulation';
import type { Brain, BrainUsage } from '../../brains/brain';
import { strictAssert } from '../../shared/assert';
import type { SimulationInterrupt } from './pause-requests';
import type { CastMember } from './simulation-state';

/** A turn once appraised: the line, its place in the scene, what it proposes, and everyone's feelings after it. */
export interface AppraisedTurn {
  index: number;
  turn: SimulationTurn;
  changes: SimulationChange[];
  cast: readonly CastMember[];
}

export interface SimulationDeps {
  brain: Brain;
  signal?: AbortSignal;
  /** Token and cost accounting of model turns. */
  onUsage: (usage: BrainUsage) => void;
  /** Each line once appraised, in order (streams to the chat and the graph as a proposal). */
  onTurn?: (turn: AppraisedTurn) => void;
  /** The user's request, if any: the director pauses (the scene can continue) or stops after the line just spoken. */
  interrupt?: () => SimulationInterrupt | undefined;
  /** Waits this long after each turn: pacing for a watched demo only, 0 (none) by default. */
  turnDelayMs?: number;
  /** The time stamp of ledger entries the scene proposes. */
  now: string;
}

export function simDepsOf(config: LangGraphRunnableConfig | undefined): SimulationDeps {
  const deps = (config?.configurable as { simulation?: SimulationDeps } | undefined)?.simulation;
  strictAssert(deps, 'simulation graph invoked without configurable.simulation');
  return deps;
}
