// Stage `scene_breakdown`: scenes that follow the beat sheet, with action, dialogue, tags and durations adding up.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateScenes } from '../../../brains/offline/generate';
import type { SceneDraft } from '../../../brains/offline/generate/types';
import { ChangeBuilder } from '../../../store/change-builder';
import { recordSceneHistory } from '../scene-history';
import { sceneDraftOf } from '../drafts-from-project';
import { idOf, pipelineDeps, type PipelineDeps } from '../pipeline-deps';
import { briefOf } from '../run-brief';
import { authorScenes } from '../authoring/author-scenes';
import { need, requireStep, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

async function persistScenes(
  deps: PipelineDeps,
  drafts: SceneDraft[],
  characterNames: Map<string, string>,
): Promise<void> {
  requireStep(deps, 'scene_breakdown');
  const builder = new ChangeBuilder(deps.session.file, {
    via: 'agent',
    provenance: { runId: deps.record.runId, stage: 'scene_breakdown' },
  });
  const beatScenes = new Map<string, string[]>();
  for (const s of drafts) {
    const id = idOf(deps, 'scene', s.key);
    const beatId = s.beatKey ? idOf(deps, 'beat', s.beatKey) : undefined;
    if (beatId) beatScenes.set(beatId, [...(beatScenes.get(beatId) ?? []), id]);
    builder.upsert('scene', {
      id,
      number: s.number,
      heading: s.heading,
      locationId: idOf(deps, 'location', s.locationKey),
      timeOfDay: s.timeOfDay,
      characterIds: s.characterKeys.map((k) => idOf(deps, 'character', k)),
      summary: s.summary,
      elements: s.elements.map((e) => ({
        type: e.type,
        text: e.text,
        ...(e.characterKey
          ? {
              characterId: idOf(deps, 'character', e.characterKey),
              characterName: characterNames.get(e.characterKey),
            }
          : {}),
      })),
      ...(beatId && builder.work.entities.beats.some((b) => b.id === beatId) ? { beatId } : {}),
      durationSec: s.durationSec,
      breakdown: s.breakdown,
    });
  }
  recordSceneHistory(builder, new Set(drafts.map((s) => idOf(deps, 'scene', s.key))));
  for (const [beatId, sceneIds] of beatScenes) {
    if (builder.work.entities.beats.some((b) => b.id === beatId))
      builder.update('beat', beatId, { sceneIds });
  }
  advanceWorkflowIn(deps, builder, 'scene_breakdown');
  await deps.session.commit(`Scene breakdown: ${drafts.length} scenes`, builder.ops);
}

export async function sceneBreakdown(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  if (!deps.record.plan.includes('scene_breakdown'))
    return { scenes: deps.session.file.entities.scenes.map(sceneDraftOf) };
  const story = need(state.story, 'story');
  const names = new Map(state.characters.map((c) => [c.key, c.name.toUpperCase()]));
  const scenes = await runStage<SceneDraft[]>(
    deps,
    'scene_breakdown',
    () =>
      authorScenes(deps, { story, characters: state.characters, locations: state.locations }, () =>
        generateScenes(story, state.characters, state.locations, state.relationships, briefOf(deps)),
      ),
    (drafts) => persistScenes(deps, drafts, names),
  );
  return { scenes };
}
