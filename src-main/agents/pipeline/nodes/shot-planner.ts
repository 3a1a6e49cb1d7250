// Stage `shot_planner`: lens per framing, shot durations filling each scene, continuity notes between cuts.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { planSceneShots, type ShotPlan } from '../../../domain/shot-planning';
import { ChangeBuilder } from '../../../store/change-builder';
import { pipelineDeps } from '../pipeline-deps';
import { authorShotPlans } from '../authoring/author-shot-plan';
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
      const names = new Map(deps.session.file.entities.characters.map((c) => [c.id, c.name]));
      return authorShotPlans(deps, (scene, shots) =>
        planSceneShots(scene.durationSec ?? 0, shots, (id) => names.get(id) ?? 'the subject'),
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
