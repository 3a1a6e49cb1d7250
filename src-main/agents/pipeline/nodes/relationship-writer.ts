// Stage `relationship_writer`: who relates to whom, coherent with the roles; strength and trust to start from.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateRelationships } from '../../../brains/offline/generate';
import type { RelationshipDraft } from '../../../brains/offline/generate/types';
import { openingEntry } from '../../../domain/relationship-ledger';
import { nowIso } from '../../../shared/ids';
import { ChangeBuilder } from '../../../store/change-builder';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { authorRelationships } from '../authoring/author-relationships';
import { briefOf } from '../run-brief';
import { need, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

export async function relationshipWriter(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  if (!deps.record.plan.includes('relationship_writer')) return { relationships: [] };
  const story = need(state.story, 'story');
  const relationships = await runStage<RelationshipDraft[]>(
    deps,
    'relationship_writer',
    () =>
      authorRelationships(deps, state.characters, () =>
        generateRelationships(story, state.characters, briefOf(deps)),
      ),
    async (drafts) => {
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'relationship_writer' },
      });
      const existing = builder.work.entities.relationships;
      for (const r of drafts) {
        const sourceId = idOf(deps, 'character', r.sourceKey);
        const targetId = idOf(deps, 'character', r.targetKey);
        const id = idOf(deps, 'relationship', `${r.sourceKey}~${r.targetKey}`);
        // A pair the user already linked keeps the user's relationship.
        const twin = existing.some(
          (e) =>
            e.id !== id &&
            ((e.sourceId === sourceId && e.targetId === targetId) ||
              (e.sourceId === targetId && e.targetId === sourceId)),
        );
        if (twin) continue;
        builder.upsert('relationship', {
          id,
          sourceId,
          targetId,
          kind: r.kind,
          label: r.label,
          directed: r.directed,
          strength: r.strength,
          trust: r.trust,
          interactionCount: 0,
          // The ledger opens with the generated values, so a generated project has a story to scrub from.
          history: [
            openingEntry(r, 'generation', `Generated with the story: ${r.label || r.kind}.`, nowIso(), {
              storyOrder: 0,
            }),
          ],
        });
      }
      advanceWorkflowIn(deps, builder, 'relationships');
      await deps.session.commit('Relationship writer: relationships', builder.ops);
    },
  );
  return { relationships };
}
