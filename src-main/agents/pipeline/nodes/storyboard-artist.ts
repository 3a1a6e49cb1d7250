// Stage `storyboard_artist`, one branch per scene (LangGraph Send): shots with framing, frames and a panel sketch.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateShots } from '../../../brains/offline/generate';
import type { ShotDraft } from '../../../brains/offline/generate/types';
import { ChangeBuilder } from '../../../store/change-builder';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { authorShots } from '../authoring/author-shots';
import { need, requireStep, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';

/** A panel sketch spec the storyboard panel draws: framing, angle and who is in frame. */
const sketchOf = (shot: ShotDraft): string =>
  JSON.stringify({
    size: shot.size,
    angle: shot.angle,
    movement: shot.movement,
    subjects: shot.characterKeys.length,
  });

export async function storyboardArtist(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  const sceneKey = need(state.sceneKey, 'scene for this storyboard branch');
  const scene = need(
    state.scenes.find((s) => s.key === sceneKey),
    `scene ${sceneKey}`,
  );
  const story = need(state.story, 'story');
  const shots = await runStage<ShotDraft[]>(
    deps,
    `storyboard:${sceneKey}`,
    () => authorShots(deps, scene, state.characters, () => generateShots(scene, story, state.characters)),
    async (drafts) => {
      requireStep(deps, 'storyboard');
      const sceneId = idOf(deps, 'scene', sceneKey);
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'storyboard_artist' },
      });
      // Redrawing a scene replaces its stale, agent-made shots; shots a person edited stay.
      for (const old of builder.work.entities.shots.filter(
        (x) => x.sceneId === sceneId && x.stale && !x.userEdited && x.provenance.runId !== deps.record.runId,
      )) {
        builder.delete('shot', old.id);
      }
      for (const s of drafts) {
        builder.upsert('shot', {
          id: idOf(deps, 'shot', `${sceneKey}#${s.number}`),
          sceneId,
          number: s.number,
          size: s.size,
          angle: s.angle,
          movement: s.movement,
          lensMm: s.lensMm,
          description: s.description,
          firstFrame: s.firstFrame,
          lastFrame: s.lastFrame,
          characterIds: s.characterKeys.map((k) => idOf(deps, 'character', k)),
          ...(s.dialogue ? { dialogue: s.dialogue } : {}),
          durationSec: s.durationSec,
          continuity: s.continuity,
          panel: { sketch: sketchOf(s) },
        });
      }
      await deps.session.commit(`Storyboard: scene ${scene.number}`, builder.ops);
    },
  );
  const done = Object.keys(deps.record.stages).filter((k) => k.startsWith('storyboard:')).length;
  deps.emit({
    type: 'stage_progress',
    runId: deps.record.runId,
    stage: 'storyboard_artist',
    done,
    total: state.scenes.length,
  });
  return { shots: { [sceneKey]: shots } };
}
