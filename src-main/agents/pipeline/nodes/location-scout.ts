// Stage `location_scout`: places that fit the setting and the story (skipped when the user made locations).
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateLocations } from '../../../brains/offline/generate';
import type { LocationDraft } from '../../../brains/offline/generate/types';
import { locationData } from '../../draft-to-entity';
import { ChangeBuilder } from '../../../store/change-builder';
import { locationDraftOf } from '../drafts-from-project';
import { reuseReplacedIds, splitForRegeneration } from '../regeneration';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { briefOf } from '../run-brief';
import { authorPlaces } from '../authoring/author-places';
import { need, runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';

export async function locationScout(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  const all = deps.session.file.entities.locations;
  if (!deps.record.plan.includes('location_scout')) return { locations: all.map(locationDraftOf) };
  // What this run already wrote (the stage committed, then the process died before its checkpoint) is not the
  // user's own: it is drafted again under the same stable ids. Regenerating replaces agent-made places in place.
  const { own: kept, replaced } = splitForRegeneration(deps.record, 'location_scout', all);
  const own = kept.map(locationDraftOf);
  const story = need(state.story, 'story');
  const locations = await runStage<LocationDraft[]>(
    deps,
    'location_scout',
    async () => {
      // A regeneration replaces the agent-made entities one for one; the user's own stay as they are.
      const limit = replaced.length || undefined;
      const drafts = await authorPlaces(
        deps,
        own,
        () => generateLocations(story, deps.record.params, own, briefOf(deps)).slice(0, limit),
        limit,
      );
      return [...own, ...drafts];
    },
    async (drafts) => {
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'location_scout' },
      });
      const fresh = drafts.filter((d) => !own.some((o) => o.key === d.key));
      reuseReplacedIds(
        deps.record,
        builder,
        'location',
        fresh.map((d) => d.key),
        replaced,
      );
      for (const draft of drafts)
        if (!own.some((o) => o.key === draft.key))
          builder.upsert('location', { id: idOf(deps, 'location', draft.key), ...locationData(draft) });
      await deps.session.commit('Location scout: locations', builder.ops);
    },
  );
  return { locations };
}
