// Stage `character_designer`: a cast whose goals and arcs connect to the logline, names that fit the setting.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateCharacters } from '../../../brains/offline/generate';
import type { CharacterDraft } from '../../../brains/offline/generate/types';
import { characterData } from '../../draft-to-entity';
import { ChangeBuilder } from '../../../store/change-builder';
import { characterDraftOf } from '../drafts-from-project';
import { reuseReplacedIds, splitForRegeneration } from '../regeneration';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { briefOf } from '../run-brief';
import { authorCast } from '../authoring/author-cast';
import { withoutSharedAliases } from '../cast-aliases';
import { need, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

export async function characterDesigner(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  const all = deps.session.file.entities.characters;
  if (!deps.record.plan.includes('character_designer')) return { characters: all.map(characterDraftOf) };
  // What this run already wrote (the stage committed, then the process died before its checkpoint) is not the
  // user's own: it is drafted again under the same stable ids. Regenerating replaces the agent-made cast in place.
  const { own: kept, replaced } = splitForRegeneration(deps.record, 'character_designer', all);
  const own = kept.map(characterDraftOf);
  const story = need(state.story, 'story');
  const characters = await runStage<CharacterDraft[]>(
    deps,
    'character_designer',
    async () => {
      // A regeneration replaces the agent-made entities one for one; the user's own stay as they are.
      const limit = replaced.length || undefined;
      const drafts = await authorCast(
        deps,
        own,
        () => generateCharacters(story, deps.record.params, own, briefOf(deps)).slice(0, limit),
        limit,
      );
      return [...own, ...withoutSharedAliases(drafts, own)];
    },
    async (drafts) => {
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'character_designer' },
      });
      const fresh = drafts.filter((d) => !own.some((o) => o.key === d.key));
      reuseReplacedIds(
        deps.record,
        builder,
        'character',
        fresh.map((d) => d.key),
        replaced,
      );
      for (const draft of drafts)
        if (!own.some((o) => o.key === draft.key))
          builder.upsert('character', { id: idOf(deps, 'character', draft.key), ...characterData(draft) });
      advanceWorkflowIn(deps, builder, 'characters');
      await deps.session.commit('Character designer: cast', builder.ops);
    },
  );
  return { characters };
}
