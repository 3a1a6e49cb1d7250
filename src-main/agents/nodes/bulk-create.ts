// Node `bulk_create`: "create 5 characters for a heist movie" — seeded drafts, one progress event per item, one undo step.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import { generateCharacters, generateLocations, generateStory, hash32 } from '../../brains/offline/generate';
import type { CharacterDraft, GenerateParams, LocationDraft } from '../../brains/offline/generate/types';
import { characterData, locationData } from '../../domain/draft-to-entity';
import { joinNames, refMarker } from '../../domain/entity-refs';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { chatLabel, commitBuilder, refOfOp, stageEvent } from './node-helpers';

/** Most entities one message may create at once. */
export const BULK_LIMIT = 40;

function draftsFor(
  kind: 'character' | 'location',
  count: number,
  params: GenerateParams,
  existing: string[],
): (CharacterDraft | LocationDraft)[] {
  const out: (CharacterDraft | LocationDraft)[] = [];
  const names = existing.map((name) => ({ name }));
  // Each round reseeds, so later rounds add new people instead of repeating the first ones.
  for (let round = 0; out.length < count && round < 20; round++) {
    const story = generateStory({ ...params, seed: (params.seed + round * 7919) >>> 0 });
    const batch =
      kind === 'character'
        ? generateCharacters(story, params, names)
        : generateLocations(story, params, names);
    for (const draft of batch) {
      if (out.length >= count || names.some((n) => n.name.toLowerCase() === draft.name.toLowerCase()))
        continue;
      names.push({ name: draft.name });
      out.push(draft);
    }
  }
  return out;
}

export async function bulkCreate(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const kind: 'character' | 'location' = params.entityType === 'location' ? 'location' : 'character';
  const count = Math.min(BULK_LIMIT, Math.max(1, params.count ?? 3));
  const generateParams: GenerateParams = {
    idea: params.theme ?? state.text,
    kind: file.project.kind,
    seed: (file.project.seed ^ hash32(state.messageId)) >>> 0,
    ...(params.genre ? { genre: params.genre } : file.project.genre ? { genre: file.project.genre } : {}),
    ...(params.setting ? { setting: params.setting } : {}),
    ...(params.mood ? { mood: params.mood } : {}),
  };
  const existing =
    kind === 'character'
      ? file.entities.characters.map((c) => c.name)
      : file.entities.locations.map((l) => l.name);
  const drafts = draftsFor(kind, count, generateParams, existing);
  const genre = generateParams.genre ? ` for a ${generateParams.genre}` : '';
  const label = `Create ${drafts.length} ${kind}s${genre}`;
  const items = drafts.map((draft) => ({
    key: draft.key,
    entityType: kind,
    label: draft.name,
    data:
      kind === 'character' ? characterData(draft as CharacterDraft) : locationData(draft as LocationDraft),
  }));
  if (deps.queue) {
    // One queue item per entity: live progress, cancel and retry in the tasks drawer, resumed after a restart.
    const taskId = await deps.queue.enqueue(deps.session.id, label, items, state.messageId);
    return {
      outcome: {
        replyParts: [
          `Creating ${drafts.length} ${kind}s${genre}: ${joinNames(drafts.map((d) => d.name))}. Follow them in the Tasks drawer; each can be undone on its own.`,
        ],
        queueTaskId: taskId,
      },
    };
  }
  // Without a queue (embedded uses), the whole batch is one undoable change.
  stageEvent(deps, `bulk_${kind}s`, 'started');
  const builder = new ChangeBuilder(file, { via: 'bulk', provenance: { messageId: state.messageId } });
  const created: EntityRef[] = items.map((item) => refOfOp(builder.create(kind, item.data)));
  await commitBuilder(deps, builder, chatLabel(state.text));
  stageEvent(deps, `bulk_${kind}s`, 'finished');
  return {
    outcome: {
      replyParts: [
        `Created ${created.length} ${kind}s${genre}: ${joinNames(created.map(refMarker))}. Say “undo” to remove them all.`,
      ],
      created,
      updated: [],
      deleted: [],
      choices: [],
      notices: [],
    },
  };
}
