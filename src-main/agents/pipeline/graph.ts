// Wiring of the generate pipeline (LangGraph): stages as nodes, parallel branches, one storyboard branch per scene (Send).
import { END, Send, START, StateGraph } from '@langchain/langgraph';
import { castingDirector } from './nodes/casting-director';
import { characterDesigner } from './nodes/character-designer';
import { locationScout } from './nodes/location-scout';
import { relationshipWriter } from './nodes/relationship-writer';
import { reviewGate } from './nodes/review-gate';
import { sceneBreakdown } from './nodes/scene-breakdown';
import { screenwriter } from './nodes/screenwriter';
import { shotPlanner } from './nodes/shot-planner';
import { storyboardArtist } from './nodes/storyboard-artist';
import { idOf, pipelineDeps } from './pipeline-deps';
import { PipelineState, type PipelineStateValue } from './state';

function compilePipelineGraph() {
  return new StateGraph(PipelineState)
    .addNode('screenwriter', screenwriter)
    .addNode('character_designer', characterDesigner)
    .addNode('location_scout', locationScout)
    .addNode('relationship_writer', relationshipWriter)
    .addNode('scene_breakdown', sceneBreakdown)
    .addNode('review_gate', reviewGate)
    .addNode('storyboard_artist', storyboardArtist)
    .addNode('shot_planner', shotPlanner)
    .addNode('casting_director', castingDirector)
    .addEdge(START, 'screenwriter')
    .addEdge('screenwriter', 'character_designer')
    .addEdge('screenwriter', 'location_scout')
    .addEdge('character_designer', 'relationship_writer')
    .addEdge(['relationship_writer', 'location_scout'], 'scene_breakdown')
    .addEdge('scene_breakdown', 'review_gate')
    .addConditionalEdges(
      'review_gate',
      (state: PipelineStateValue, config) => {
        const deps = pipelineDeps(config);
        if (!deps.record.plan.includes('storyboard_artist')) return 'shot_planner';
        // Only scenes without shots get a storyboard branch (a resumed run skips the ones already drawn).
        const shots = deps.session.file.entities.shots;
        const needsShots = (sceneId: string) => {
          const own = shots.filter((shot) => shot.sceneId === sceneId);
          return (
            own.length === 0 ||
            (deps.record.regenerate === 'storyboard_artist' &&
              own.some((shot) => shot.stale && shot.provenance.runId !== deps.record.runId))
          );
        };
        const todo = state.scenes.filter((scene) => needsShots(idOf(deps, 'scene', scene.key)));
        return todo.length
          ? todo.map((scene) => new Send('storyboard_artist', { ...state, sceneKey: scene.key }))
          : 'shot_planner';
      },
      ['storyboard_artist', 'shot_planner'],
    )
    .addEdge('storyboard_artist', 'shot_planner')
    .addEdge('shot_planner', 'casting_director')
    .addEdge('casting_director', END)
    .compile();
}

export type PipelineGraph = ReturnType<typeof compilePipelineGraph>;

let compiled: PipelineGraph | null = null;

/** The compiled pipeline graph (compiled once per process: it holds no run state, every run passes its own deps). */
export function buildPipelineGraph(): PipelineGraph {
  compiled ??= compilePipelineGraph();
  return compiled;
}
