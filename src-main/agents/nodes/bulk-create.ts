// Node `bulk_create`: "create 5 characters for a heist movie" — seeded drafts, one progress event per item, one undo step.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import { generateCharacters, generateLocations, generateStory, hash32 } from '../../brains/offline/generate';
import type { CharacterDraft, GenerateParams, LocationDraft } from '../../brains/offline/generate/types';
import { characterData, locationData } from '../draft-to-entity';
import { joinNames, refMarker } from '../../domain/entity-refs';
import { ChangeBuilder } from '../../store/change-builder';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { chatLabel, commitBuilder, refOfOp, stageEvent } from './node-helpers';

/**
 * Most entities one message may create at once: each is one queued item with its own progress, undo and retry,
 * and a task of a few hundred items is still one the Tasks drawer can show. Asking for more is said, not hidden.
 */
export const BULK_LIMIT = 200;
/** Drafting rounds without a single new name before the generator is considered out of names. */
const DRY_ROUNDS = 5;

function draftsFor(
  kind: 'character' | 'location',
  count: number,
  params: GenerateParams,
  existing: string[],
): (CharacterDraft | LocationDraft)[] {
  const out: (CharacterDraft | LocationDraft)[] = [];
  const names = existing.map((name) => ({ name }));
  // Each round reseeds, so later rounds add new people instead of repeating the first ones; it stops when
  // the offline generator keeps producing only names it already has.
  for (let round = 0, dry = 0; out.length < count && dry < DRY_ROUNDS; round++) {
    const before = out.length;
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
    dry = out.length === before ? dry + 1 : 0;
  }
  return out;
}

/** Says plainly why fewer entities than asked are being created (never a silent cut). */
export function shortfallNotice(kind: string, asked: number, making: number): string | null {
  if (making >= asked) return null;
  if (asked > BULK_LIMIT && making === BULK_LIMIT)
    return `You asked for ${asked} ${kind}s; one message creates at most ${BULK_LIMIT} (each is a task item with its own progress and undo), so I am creating ${BULK_LIMIT}. Ask again for more.`;
  return `You asked for ${asked} ${kind}s, but the offline engine could only draft ${making} with distinct names; rename or add the rest by hand, or use a model for more variety.`;
}

export async function bulkCreate(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const kind: 'character' | 'location' = params.entityType === 'location' ? 'location' : 'character';
  const asked = Math.max(1, params.count ?? 3);
  const count = Math.min(BULK_LIMIT, asked);
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
  const shortfall = shortfallNotice(kind, asked, drafts.length);
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
          ...(shortfall ? [shortfall] : []),
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
        ...(shortfall ? [shortfall] : []),
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
