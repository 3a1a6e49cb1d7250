// Counted scenes and shots for the chat ("create 3 scenes", "make 4 shots for scene 2"), built from the project.
import type { Location, Scene } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';
import { LENS_BY_SIZE } from './shot-planning';

/** One entity a counted request will create; `entityId` is fixed up front so later items can point at it. */
export interface CountedItem {
  key: string;
  entityType: 'location' | 'scene' | 'shot';
  entityId: string;
  label: string;
  /** How the reply names it: "scene 3 INT. DINER - NIGHT with Sarah and Tom", "shot 2 (MS)". */
  summary: string;
  data: Record<string, unknown>;
}

/** A place a new scene can be set in: an existing location, or one drafted for the same request. */
export interface ScenePlace {
  id: string;
  name: string;
  setting?: Location['setting'];
  timeOfDayOptions: readonly string[];
}

/** Times of day used in turn when a place offers none. */
const TIMES = ['DAY', 'NIGHT'] as const;
/** How many of the project's characters a new scene holds. */
const CAST_SIZE = 2;

/** A screenplay slugline for a place: "INT. DINER - NIGHT"; a place that is both reads as interior. */
export function sluglineOf(place: Pick<ScenePlace, 'name' | 'setting'>, time: string): string {
  const prefix = place.setting === 'exterior' ? 'EXT.' : 'INT.';
  return `${prefix} ${place.name.toUpperCase()} - ${time.toUpperCase()}`;
}

/**
 * `count` scenes numbered after the project's last one. Places and cast rotate through what the project has,
 * starting after the scenes already there, so a second request does not repeat the first one's pairs.
 */
export function sceneItems(
  file: ProjectFile,
  count: number,
  places: readonly ScenePlace[],
  newId: () => string,
): CountedItem[] {
  const existing = file.entities.scenes;
  const first = existing.reduce((max, s) => Math.max(max, s.number), 0) + 1;
  const people = file.entities.characters;
  const out: CountedItem[] = [];
  for (let i = 0; i < count; i++) {
    const turn = existing.length + i;
    const place = places.length ? places[turn % places.length] : undefined;
    // The place's own times first, then day and night, so a run of scenes in one place is not all alike.
    const options = [...new Set([...(place?.timeOfDayOptions ?? []).map((t) => t.toUpperCase()), ...TIMES])];
    const time = (options[turn % options.length] ?? 'DAY').toUpperCase();
    const cast = pick(people, turn * CAST_SIZE, Math.min(CAST_SIZE, people.length));
    const heading = place ? sluglineOf(place, time) : `INT. UNNAMED PLACE - ${time}`;
    out.push({
      key: `scene-${first + i}`,
      entityType: 'scene',
      entityId: newId(),
      label: heading,
      summary: `scene ${first + i} ${heading}${cast.length ? ` with ${cast.map((c) => c.name).join(' and ')}` : ''}`,
      data: {
        number: first + i,
        heading,
        ...(place ? { locationId: place.id } : {}),
        timeOfDay: time,
        characterIds: cast.map((c) => c.id),
      },
    });
  }
  return out;
}

/** `n` entries of `list` from position `start`, wrapping round, without repeats. */
function pick<T>(list: readonly T[], start: number, n: number): T[] {
  return Array.from({ length: n }, (_, k) => list[(start + k) % list.length]!);
}

/** The scene a shot request is about: the numbered one, else the last one; undefined when there is none. */
export function shotScene(file: ProjectFile, number?: number): Scene | undefined {
  const scenes = file.entities.scenes;
  if (number !== undefined) return scenes.find((s) => s.number === number);
  return scenes.reduce<Scene | undefined>(
    (last, s) => (!last || s.number > last.number ? s : last),
    undefined,
  );
}

/** Standard coverage, widest first: a master, then closer singles, then an insert. */
const COVERAGE = [
  { size: 'WS', angle: 'eye', movement: 'static', what: 'Wide master of' },
  { size: 'MS', angle: 'eye', movement: 'dolly', what: 'Medium two-shot in' },
  { size: 'CU', angle: 'eye', movement: 'static', what: 'Close-up in' },
  { size: 'MCU', angle: 'low', movement: 'handheld', what: 'Reaction close shot in' },
  { size: 'insert', angle: 'high', movement: 'static', what: 'Insert detail in' },
] as const;

/** `count` shots added after the scene's last shot, in coverage order, framing the scene's cast. */
export function shotItems(
  file: ProjectFile,
  scene: Scene,
  count: number,
  newId: () => string,
): CountedItem[] {
  const shots = file.entities.shots.filter((s) => s.sceneId === scene.id);
  const first = shots.reduce((max, s) => Math.max(max, s.number), 0) + 1;
  return Array.from({ length: count }, (_, i) => {
    const turn = shots.length + i;
    const plan = COVERAGE[turn % COVERAGE.length]!;
    const description = `${plan.what} ${scene.heading}`;
    return {
      key: `shot-${scene.number}-${first + i}`,
      entityType: 'shot' as const,
      entityId: newId(),
      label: `Scene ${scene.number}, shot ${first + i}`,
      summary: `shot ${first + i} (${plan.size})`,
      data: {
        sceneId: scene.id,
        number: first + i,
        size: plan.size,
        angle: plan.angle,
        movement: plan.movement,
        lensMm: LENS_BY_SIZE[plan.size],
        description,
        characterIds: plan.size === 'insert' ? [] : [...scene.characterIds],
      },
    };
  });
}
