// Node `bulk_create`: "create 6 characters for a caper film" — seeded drafts, one progress event per item, one undo step.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { EntityRef } from '../../../src-preload/contract/dto';
import { generateCharacters, generateLocations, generateStory, hash32 } from '../../brains/offline/generate';
import type { CharacterDraft, GenerateParams, LocationDraft } from '../../brains/offline/generate/types';
import { characterData, locationData } from '../draft-to-entity';
import { joinNames, refMarker } from '../../domain/entity-refs';
import type { ProjectFile } from '../../../src-preload/contract/project';
import {
  type CountedItem,
  sceneItems,
  shotItems,
  shotScene,
  type ScenePlace,
} from '../../domain/counted-items';
import type { NewQueueItem } from '../../queue/queue-service';
import { newId } from '../../shared/ids';
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

/** The offline generator's settings for this request: the project's kind and genre, reseeded per message. */
function generateParamsOf(state: TurnStateValue, file: ProjectFile): GenerateParams {
  const params = state.parsed?.params ?? {};
  return {
    idea: params.theme ?? state.text,
    kind: file.project.kind,
    seed: (file.project.seed ^ hash32(state.messageId)) >>> 0,
    ...(params.genre ? { genre: params.genre } : file.project.genre ? { genre: file.project.genre } : {}),
    ...(params.setting ? { setting: params.setting } : {}),
    ...(params.mood ? { mood: params.mood } : {}),
  };
}

/** What one counted request will create, how it is named in the reply, and anything to say first. */
interface CountedPlan {
  items: NewQueueItem[];
  /** The entities the reply lists: names, or "scene 3 INT. DINER - NIGHT with Sarah and Tom". */
  named: string[];
  /** Whether the offline generator drafted the items (people and places), so the genre shaped them. */
  drafted: boolean;
  /** "3 scenes", "4 shots for scene 2". */
  noun: string;
  notices: string[];
}

/** Characters or locations drafted by the offline generator with names the project does not have yet. */
function peoplePlacesPlan(
  kind: 'character' | 'location',
  asked: number,
  generateParams: GenerateParams,
  file: ProjectFile,
): CountedPlan {
  const count = Math.min(BULK_LIMIT, asked);
  const existing =
    kind === 'character'
      ? file.entities.characters.map((c) => c.name)
      : file.entities.locations.map((l) => l.name);
  const drafts = draftsFor(kind, count, generateParams, existing);
  const shortfall = shortfallNotice(kind, asked, drafts.length);
  const items = drafts.map((draft) => ({
    key: draft.key,
    entityType: kind,
    label: draft.name,
    data:
      kind === 'character' ? characterData(draft as CharacterDraft) : locationData(draft as LocationDraft),
  }));
  return {
    items,
    named: items.map((i) => i.label),
    drafted: true,
    noun: `${items.length} ${kind}s`,
    notices: shortfall ? [shortfall] : [],
  };
}

/** A counted item as the queue stores it (the reply's wording stays out of the task file). */
const queueItem = ({ summary: _summary, ...item }: CountedItem): NewQueueItem => item;

/** Scenes set in the project's places (or in new ones drafted with them when it has none), with its cast. */
function scenesPlan(asked: number, generateParams: GenerateParams, file: ProjectFile): CountedPlan {
  const count = Math.min(BULK_LIMIT, asked);
  const notices = asked > count ? [shortfallNotice('scene', asked, count)!] : [];
  const newPlaces: NewQueueItem[] = [];
  let places: ScenePlace[] = file.entities.locations;
  if (places.length === 0) {
    const drafts = draftsFor('location', Math.min(count, 3), generateParams, []) as LocationDraft[];
    places = drafts.map((d) => ({ ...d, id: newId() }));
    drafts.forEach((d, i) =>
      newPlaces.push({
        key: d.key,
        entityType: 'location',
        entityId: places[i]!.id,
        label: d.name,
        data: locationData(d),
      }),
    );
    if (drafts.length)
      notices.push(
        `The project had no locations, so I added ${joinNames(drafts.map((d) => d.name))} for them.`,
      );
  }
  if (file.entities.characters.length === 0)
    notices.push(
      'The project has no characters yet, so the scenes have no cast; add characters and name them in the scenes.',
    );
  const scenes = sceneItems(file, count, places, newId);
  return {
    items: [...newPlaces, ...scenes.map(queueItem)],
    named: scenes.map((s) => s.summary),
    drafted: false,
    noun: `${count} scenes`,
    notices,
  };
}

/** Shots for the scene named by number, else the project's last scene; none when there is no such scene. */
function shotsPlan(asked: number, number: number | undefined, file: ProjectFile): CountedPlan | string {
  const scene = shotScene(file, number);
  if (!scene)
    return number !== undefined
      ? `There is no scene ${number} in the project, so I made no shots. Say which scene they are for.`
      : 'The project has no scenes yet, so there is nothing to attach shots to. Add a scene first (“add a scene INT. DINER - NIGHT”).';
  const count = Math.min(BULK_LIMIT, asked);
  const notices = asked > count ? [shortfallNotice('shot', asked, count)!] : [];
  const items = shotItems(file, scene, count, newId);
  return {
    items: items.map(queueItem),
    named: items.map((i) => i.summary),
    drafted: false,
    noun: `${count} shots for scene ${scene.number} (${scene.heading})`,
    notices,
  };
}

/** The plan for the type asked: only people and places need the name generator. */
function planFor(state: TurnStateValue, file: ProjectFile): CountedPlan | string {
  const params = state.parsed?.params ?? {};
  const asked = Math.max(1, params.count ?? 3);
  const generateParams = generateParamsOf(state, file);
  switch (params.entityType) {
    case 'scene':
      return scenesPlan(asked, generateParams, file);
    case 'shot':
      return shotsPlan(asked, params.number, file);
    case 'location':
      return peoplePlacesPlan('location', asked, generateParams, file);
    default:
      return peoplePlacesPlan('character', asked, generateParams, file);
  }
}

export async function bulkCreate(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const plan = planFor(state, file);
  if (typeof plan === 'string') return { outcome: { replyParts: [plan] } };
  // The genre the names were drafted for ("6 characters for a caper film"); scenes and shots draw on the project.
  const genreName = plan.drafted ? generateParamsOf(state, file).genre : undefined;
  const genre = genreName ? ` for a ${genreName}` : '';
  const names = joinNames(plan.named);
  if (deps.queue) {
    // One queue item per entity: live progress, cancel and retry in the tasks drawer, resumed after a restart.
    const taskId = await deps.queue.enqueue(deps.session.id, `Create ${plan.noun}${genre}`, plan.items, {
      messageId: state.messageId,
    });
    return {
      outcome: {
        replyParts: [
          ...plan.notices,
          `Creating ${plan.noun}${genre}: ${names}. Follow them in the Tasks drawer; each can be undone on its own.`,
        ],
        queueTaskId: taskId,
      },
    };
  }
  // Without a queue (embedded uses), the whole batch is one undoable change.
  stageEvent(deps, 'bulk_create', 'started');
  const builder = new ChangeBuilder(file, { via: 'bulk', provenance: { messageId: state.messageId } });
  const created: EntityRef[] = plan.items.map((item) =>
    refOfOp(
      builder.create(item.entityType, { ...item.data, ...(item.entityId ? { id: item.entityId } : {}) }),
    ),
  );
  await commitBuilder(deps, builder, chatLabel(state.text));
  stageEvent(deps, 'bulk_create', 'finished');
  return {
    outcome: {
      replyParts: [
        ...plan.notices,
        `Created ${plan.noun}${genre}: ${joinNames(created.map(refMarker))}. Say “undo” to remove them all.`,
      ],
      created,
      updated: [],
      deleted: [],
      choices: [],
      notices: [],
    },
  };
}
