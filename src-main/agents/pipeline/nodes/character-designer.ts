// Stage `character_designer`: a cast whose goals and arcs connect to the logline, names that fit the setting.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateCharacters } from '../../../brains/offline/generate';
import type { CharacterDraft } from '../../../brains/offline/generate/types';
import { characterData } from '../../../domain/draft-to-entity';
import { ChangeBuilder } from '../../../store/change-builder';
import { characterDraftOf } from '../drafts-from-project';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { CastRefinement, mergeByKey } from '../refinements';
import { need, refine, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowUpTo } from '../workflow-advance';

export async function characterDesigner(state: PipelineStateValue, config?: LangGraphRunnableConfig): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  const all = deps.session.file.entities.characters;
  if (!deps.record.plan.includes('character_designer')) return { characters: all.map(characterDraftOf) };
  // What this run already wrote (the stage committed, then the process died before its checkpoint) is not the
  // user's own: it is drafted again under the same stable ids, never kept and then generated a second time.
  const own = all.filter((e) => e.provenance.runId !== deps.record.runId).map(characterDraftOf);
  const story = need(state.story, 'story');
  const characters = await runStage<CharacterDraft[]>(
    deps,
    'character_designer',
    async () => {
      const drafts = generateCharacters(story, deps.record.params, own);
      const refined = await refine(deps, 'character_designer', CastRefinement, { characters: drafts }, 'Sharpen each character (description, goals, arc) so they serve the logline. Keep keys.');
      return [...own, ...mergeByKey(drafts, refined.characters, 'key')];
    },
    async (drafts) => {
      const builder = new ChangeBuilder(deps.session.file, { via: 'agent', provenance: { runId: deps.record.runId, stage: 'character_designer' } });
      for (const draft of drafts) if (!own.some((o) => o.key === draft.key)) builder.upsert('character', { id: idOf(deps, 'character', draft.key), ...characterData(draft) });
      await deps.session.commit('Character designer: cast', builder.ops);
      await advanceWorkflowUpTo(deps, 'characters');
    },
  );
  return { characters };
}
