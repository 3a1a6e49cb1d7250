// Stage `casting`: talent suggestions per character, with the reasons each one fits.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { defaultTalentPool, generateCasting } from '../../../brains/offline/generate';
import type { CastingDraft } from '../../../brains/offline/generate/types';
import { ChangeBuilder } from '../../../store/change-builder';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { authorCasting } from '../authoring/author-casting';
import { requireStep, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

export async function castingDirector(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  if (!deps.record.plan.includes('casting')) return {};
  const pool = defaultTalentPool();
  const casting = await runStage<CastingDraft[]>(
    deps,
    'casting',
    () =>
      authorCasting(deps, state.characters, pool, () =>
        generateCasting(state.characters, pool, state.story ?? undefined),
      ),
    async (drafts) => {
      requireStep(deps, 'casting');
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'casting' },
      });
      const used = new Set(drafts.map((d) => d.talentKey));
      for (const talent of pool.filter((t) => used.has(t.key))) {
        const { key, ...data } = talent;
        builder.upsert('talent', { id: idOf(deps, 'talent', key), ...data });
      }
      for (const d of drafts) {
        builder.upsert('casting', {
          id: idOf(deps, 'casting', `${d.characterKey}~${d.talentKey}`),
          characterId: idOf(deps, 'character', d.characterKey),
          talentId: idOf(deps, 'talent', d.talentKey),
          score: d.score,
          reasons: d.reasons,
        });
      }
      advanceWorkflowIn(deps, builder, 'casting');
      await deps.session.commit(`Casting: ${drafts.length} suggestions`, builder.ops);
    },
  );
  return { casting };
}
