// Wiring of the chat-turn graph (LangGraph): understand → one acting node → suggest_next. No logic here.
import { END, START, StateGraph } from '@langchain/langgraph';
import { advanceWorkflow } from './nodes/advance-workflow';
import { analyzeText } from './nodes/analyze-text';
import { answerQueryNode } from './nodes/answer-query';
import { bulkCreate } from './nodes/bulk-create';
import { completeFollowUp } from './nodes/complete-follow-up';
import { clarify, smallTalk } from './nodes/converse';
import { createEntities } from './nodes/create-entities';
import { exportDocument } from './nodes/export-document';
import { modifyEntity } from './nodes/modify-entity';
import { simulateScene } from './nodes/simulate-scene';
import { simulationControl } from './nodes/simulation-control';
import { simulationVerdict } from './nodes/simulation-verdict';
import { editRelationship } from './nodes/edit-relationship';
import { editShot } from './nodes/edit-shot';
import { startGeneration } from './nodes/start-generation';
import { suggestNext } from './nodes/suggest-next';
import { undoLast } from './nodes/undo-last';
import { setProjectMeta } from './nodes/set-project-meta';
import { requestPortraitNode } from './nodes/request-portrait';
import { understand } from './nodes/understand';
import { TurnState, type TurnRoute, type TurnStateValue } from './state';

const ROUTES = {
  create: 'create',
  modify: 'modify',
  shot: 'shot',
  relationship: 'relationship',
  query: 'query',
  advance: 'advance',
  undo: 'undo',
  follow_up: 'follow_up',
  set_meta: 'set_meta',
  clarify: 'clarify',
  small_talk: 'small_talk',
  bulk_create: 'bulk_create',
  generate: 'generate',
  analyze: 'analyze',
  simulate: 'simulate',
  simulation_verdict: 'simulation_verdict',
  simulation_control: 'simulation_control',
  export: 'export',
  portrait: 'portrait',
} as const satisfies Record<TurnRoute, string>;

function compileTurnGraph() {
  return new StateGraph(TurnState)
    .addNode('understand', understand)
    .addNode('create', createEntities)
    .addNode('modify', modifyEntity)
    .addNode('shot', editShot)
    .addNode('relationship', editRelationship)
    .addNode('simulate', simulateScene)
    .addNode('simulation_verdict', simulationVerdict)
    .addNode('simulation_control', simulationControl)
    .addNode('query', answerQueryNode)
    .addNode('advance', advanceWorkflow)
    .addNode('undo', undoLast)
    .addNode('follow_up', completeFollowUp)
    .addNode('set_meta', setProjectMeta)
    .addNode('clarify', clarify)
    .addNode('small_talk', smallTalk)
    .addNode('bulk_create', bulkCreate)
    .addNode('export', exportDocument)
    .addNode('portrait', requestPortraitNode)
    .addNode('generate', startGeneration)
    .addNode('analyze', analyzeText)
    .addNode('suggest_next', suggestNext)
    .addEdge(START, 'understand')
    .addConditionalEdges('understand', (state: TurnStateValue) => ROUTES[state.route], [
      ...new Set(Object.values(ROUTES)),
    ])
    .addEdge('create', 'suggest_next')
    .addEdge('modify', 'suggest_next')
    .addEdge('shot', 'suggest_next')
    .addEdge('relationship', 'suggest_next')
    .addEdge('simulate', END)
    .addEdge('simulation_verdict', 'suggest_next')
    .addEdge('simulation_control', END)
    .addEdge('query', 'suggest_next')
    .addEdge('advance', 'suggest_next')
    .addEdge('undo', 'suggest_next')
    .addEdge('follow_up', 'suggest_next')
    .addEdge('set_meta', 'suggest_next')
    .addEdge('clarify', END)
    .addEdge('small_talk', END)
    .addEdge('bulk_create', 'suggest_next')
    .addEdge('export', END)
    .addEdge('portrait', END)
    .addEdge('generate', END)
    .addEdge('analyze', 'suggest_next')
    .addEdge('suggest_next', END)
    .compile();
}

export type TurnGraph = ReturnType<typeof compileTurnGraph>;

let compiled: TurnGraph | null = null;

/** The compiled chat-turn graph (compiled once per process: turns pass their own deps through config). */
export function buildTurnGraph(): TurnGraph {
  compiled ??= compileTurnGraph();
  return compiled;
}
