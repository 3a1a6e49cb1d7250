// Stage `shot_planner`: lens per framing, shot durations filling each scene, continuity notes between cuts.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { planSceneShots, type ShotPlan } from '../../../domain/shot-planning';
import { ChangeBuilder } from '../../../store/change-builder';
import { pipelineDeps } from '../pipeline-deps';
import { requireStep, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

export async function shotPlanner(
  _state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  if (!deps.record.plan.includes('shot_planner')) return {};
  await runStage<ShotPlan[]>(
    deps,
    'shot_planner',
    async () => {
      const file = deps.session.file;
      const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
      return file.entities.scenes.flatMap((scene) =>
        planSceneShots(
          scene.durationSec ?? 0,
          file.entities.shots.filter((s) => s.sceneId === scene.id),
          (id) => names.get(id) ?? 'the subject',
        ),
      );
    },
    async (plans) => {
      requireStep(deps, 'shot_list');
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'shot_planner' },
      });
      for (const plan of plans) {
        const shot = builder.work.entities.shots.find((s) => s.id === plan.id);
        if (shot && !shot.userEdited)
          builder.update('shot', plan.id, {
            lensMm: plan.lensMm,
            durationSec: plan.durationSec,
            continuity: plan.continuity,
          });
      }
      advanceWorkflowIn(deps, builder, 'shot_list');
      await deps.session.commit(`Shot planner: ${plans.length} shots`, builder.ops);
    },
  );
  return {};
}
