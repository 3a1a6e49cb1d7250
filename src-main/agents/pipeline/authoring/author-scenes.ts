// Scene breakdown, model path: scenes with headings, places, cast, action and dialogue, authored by the model.
import { z } from 'zod';
import { sceneCount, splitSeconds } from '../../../brains/offline/generate/durations';
import {
  SCENE_TYPES,
  type CharacterDraft,
  type LocationDraft,
  type SceneDraft,
  type SceneElementDraft,
  type SceneType,
  type StoryDraft,
} from '../../../brains/offline/generate/types';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, noticeFallback, type Mapped } from './author-stage';
import { sceneParts, type ScenePart } from './scene-parts';
import { nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

const text = (max: number) => z.string().trim().min(1).max(max);
const tags = z.array(text(300)).max(30).optional();

/** What the model returns for the scene breakdown stage. */
export const AuthoredScenesSchema = z.object({
  scenes: z
    .array(
      z.object({
        heading: text(300),
        /** Name of one of the project's places. */
        place: text(120),
        timeOfDay: text(30).optional(),
        /** 1-based number of the beat the scene plays. */
        beat: z.number().int().min(1).max(200).optional(),
        cast: z.array(text(120)).min(1).max(30),
        summary: text(2_000),
        type: z.enum(SCENE_TYPES as [SceneType, ...SceneType[]]).optional(),
        /** Share of the running time (normalised so the scenes fill the film exactly). */
        durationSec: z.number().positive().max(36_000).optional(),
        elements: z
          .array(
            z.object({
              type: z.enum(['action', 'dialogue', 'parenthetical', 'transition']),
              text: text(4_000),
              /** The speaker of a dialogue line (or the one a parenthetical belongs to). */
              character: text(120).optional(),
            }),
          )
          .min(1)
          .max(200),
        breakdown: z
          .object({ props: tags, wardrobe: tags, vehicles: tags, vfx: tags, sfx: tags, extras: tags })
          .optional(),
      }),
    )
    .min(1)
    .max(400),
});
export type AuthoredScenes = z.infer<typeof AuthoredScenesSchema>;
type AuthoredScene = AuthoredScenes['scenes'][number];

interface SceneWorld {
  story: StoryDraft;
  findCharacter: (name: string | undefined) => CharacterDraft | undefined;
  findPlace: (name: string | undefined) => LocationDraft | undefined;
  locations: readonly LocationDraft[];
  lead: CharacterDraft;
}

/** A scene's place: its named place, else a place its heading names, else the first place (every scene has one). */
function placeOf(s: AuthoredScene, w: SceneWorld): LocationDraft {
  const heading = s.heading.toUpperCase();
  return (
    w.findPlace(s.place) ?? w.locations.find((l) => heading.includes(l.name.toUpperCase())) ?? w.locations[0]!
  );
}

/** Elements with speakers resolved; a line whose speaker is nobody in the cast keeps its words as action. */
function elementsOf(s: AuthoredScene, w: SceneWorld): SceneElementDraft[] {
  return s.elements.map((e): SceneElementDraft => {
    if (e.type !== 'dialogue' && e.type !== 'parenthetical') return { type: e.type, text: e.text };
    const speaker = w.findCharacter(e.character);
    if (speaker) return { type: e.type, text: e.text, characterKey: speaker.key };
    return { type: 'action', text: e.character ? `${e.character}: ${e.text}` : e.text };
  });
}

function sceneFrom(s: AuthoredScene, i: number, count: number, w: SceneWorld, seconds: number): SceneDraft {
  const place = placeOf(s, w);
  const elements = elementsOf(s, w);
  const speakers = elements.flatMap((e) => (e.characterKey ? [e.characterKey] : []));
  const named = s.cast.map((n) => w.findCharacter(n)?.key).filter((k): k is string => Boolean(k));
  const cast = [...new Set([...named, ...speakers])];
  const time = (s.timeOfDay ?? /-\s*([A-Z ]+)$/.exec(s.heading.toUpperCase())?.[1] ?? 'DAY')
    .trim()
    .toUpperCase();
  const heading = /^(INT|EXT|I\/E)/i.test(s.heading)
    ? s.heading.toUpperCase()
    : `${place.setting === 'exterior' ? 'EXT' : 'INT'}. ${place.name.toUpperCase()} - ${time}`;
  const beats = w.story.beats;
  const beat = beats[s.beat ? Math.min(s.beat, beats.length) - 1 : Math.floor((i * beats.length) / count)];
  const b = s.breakdown ?? {};
  return {
    key: `scene-${i + 1}`,
    number: i + 1,
    heading,
    locationKey: place.key,
    timeOfDay: time,
    characterKeys: cast.length ? cast : [w.lead.key],
    summary: s.summary,
    elements,
    beatKey: beat?.key ?? '',
    durationSec: seconds,
    breakdown: {
      props: b.props ?? [],
      wardrobe: b.wardrobe ?? [],
      vehicles: b.vehicles ?? [],
      vfx: b.vfx ?? [],
      sfx: b.sfx ?? [],
      extras: b.extras ?? [],
    },
    sceneType: s.type ?? (speakers.length ? 'dialogue' : 'action'),
  };
}

/** The model's scenes as SceneDrafts: names resolved to the cast and places, durations filling the running time. */
export function sceneDraftsFromAuthored(
  a: AuthoredScenes,
  story: StoryDraft,
  characters: readonly CharacterDraft[],
  locations: readonly LocationDraft[],
): Mapped<SceneDraft[]> {
  const lead = characters.find((c) => c.role === 'protagonist') ?? characters[0];
  if (!lead || locations.length === 0)
    return { ok: false, error: 'the project has no characters or places to stage' };
  const world: SceneWorld = {
    story,
    findCharacter: nameIndex(characters),
    findPlace: nameIndex(locations),
    locations,
    lead,
  };
  const n = a.scenes.length;
  const seconds = splitSeconds(
    story.targetDurationSec,
    a.scenes.map((s) => s.durationSec ?? 1),
  );
  return { ok: true, value: a.scenes.map((s, i) => sceneFrom(s, i, n, world, seconds[i]!)) };
}

/** Scenes one model call writes at most: long films are written in parts (in parallel), so no call runs too long. */
export const SCENES_PER_CALL = 8;

function partWording(part: ScenePart, parts: number): string {
  if (parts === 1) return `all the scenes (about ${part.scenes})`;
  return `only the scenes of beats ${part.first} to ${part.last} (about ${part.scenes} scenes); the other beats are written separately, so leave them out`;
}

/**
 * The scene breakdown: authored by the model (in parts of a few beats for long films, all parts in parallel), or
 * `fallback` (offline) when any part is unusable: a scene list is one piece, never half model and half offline.
 */
export async function authorScenes(
  deps: PipelineDeps,
  input: { story: StoryDraft; characters: readonly CharacterDraft[]; locations: readonly LocationDraft[] },
  fallback: () => SceneDraft[],
): Promise<SceneDraft[]> {
  const { story, characters, locations } = input;
  const count = sceneCount(story.kind, story.targetDurationSec, story.beats.length);
  const parts = sceneParts(story, count, SCENES_PER_CALL);
  // Built once for all parts, and only when a model is asked.
  let common: Record<string, string> | undefined;
  const slots = () =>
    (common ??= { ...commonSlots(deps, 'scenes'), durationSec: String(story.targetDurationSec) });
  let failed = false;
  const answers = await Promise.all(
    parts.map((part, i) =>
      authorStage<AuthoredScenes, AuthoredScene[]>(deps, {
        prompt: 'scene-breakdown',
        stage: 'scene_breakdown',
        what: parts.length > 1 ? `scene list (part ${i + 1} of ${parts.length})` : 'scene list',
        schema: AuthoredScenesSchema,
        slots: () => ({ ...slots(), part: partWording(part, parts.length) }),
        map: (a) => ({ ok: true, value: a.scenes }),
        fallback: () => {
          failed = true;
          return [];
        },
        // One stream at a time reads well in the timeline: the first part's.
        stream: i === 0,
      }),
    ),
  );
  if (failed) return fallback();
  const mapped = sceneDraftsFromAuthored({ scenes: answers.flat() }, story, characters, locations);
  if (mapped.ok) return mapped.value;
  noticeFallback(deps, 'scene list', mapped.error);
  return fallback();
}
