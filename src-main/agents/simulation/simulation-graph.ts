// Wiring of the simulation subgraph: director → speak → appraise → director, until the director ends the scene.
import { END, START, StateGraph } from '@langchain/langgraph';
import { appraise } from './nodes/appraise';
import { director } from './nodes/director';
import { speak } from './nodes/speak';
import { SimulationState, type SimulationStateValue } from './simulation-state';

function compileSimulationGraph() {
  return new StateGraph(SimulationState)
    .addNode('director', director)
    .addNode('speak', speak)
    .addNode('appraise', appraise)
    .addEdge(START, 'director')
    .addConditionalEdges('director', (s: SimulationStateValue) => (s.next ? 'speak' : END), ['speak', END])
    .addEdge('speak', 'appraise')
    .addEdge('appraise', 'director')
    .compile();
}

export type SimulationGraph = ReturnType<typeof compileSimulationGraph>;
let compiled: SimulationGraph | null = null;

/** The compiled simulation subgraph (once per process; runs pass their deps through config). */
export function buildSimulationGraph(): SimulationGraph {
  compiled ??= compileSimulationGraph();
  return compiled;
}
