// Test fixtures for the workflow engine: a small factory of schema-valid projects and entities.
import { ulid } from 'ulid';
import {
  BeatSchema,
  CharacterSchema,
  LocationSchema,
  RelationshipSchema,
  SceneSchema,
  ShotSchema,
  type Beat,
  type Character,
  type Location,
  type ProjectKind,
  type Relationship,
  type Scene,
  type Shot,
} from '../../../src-preload/contract/entities';
import {
  ProjectFileSchema,
  type EntityCollections,
  type ProjectFile,
  type ProjectMeta,
  type WorkflowStepId,
} from '../../../src-preload/contract/project';

export const NOW = '2025-03-01T10:00:00.000Z';
const base = () => ({ id: ulid(), createdAt: NOW, updatedAt: NOW, createdVia: 'manual' as const });

export const makeCharacter = (name: string, over: Partial<Character> = {}): Character =>
  CharacterSchema.parse({ ...base(), name, ...over });
export const makeLocation = (name: string, over: Partial<Location> = {}): Location =>
  LocationSchema.parse({ ...base(), name, ...over });
export const makeBeat = (name: string, order = 0): Beat =>
  BeatSchema.parse({ ...base(), act: 1, order, name });
export const makeRelationship = (a: Character, b: Character): Relationship =>
  RelationshipSchema.parse({
    ...base(),
    sourceId: a.id,
    targetId: b.id,
    kind: 'friendship',
    strength: 0.5,
    trust: 0.5,
  });
export const makeScene = (number: number, location?: Location, characters: Character[] = []): Scene =>
  SceneSchema.parse({
    ...base(),
    number,
    heading: `INT. PLACE ${number} - DAY`,
    ...(location ? { locationId: location.id } : {}),
    characterIds: characters.map((c) => c.id),
  });
export const makeShot = (scene: Scene, number: number, durationSec?: number): Shot =>
  ShotSchema.parse({
    ...base(),
    sceneId: scene.id,
    number,
    size: 'MS',
    angle: 'eye',
    movement: 'static',
    ...(durationSec === undefined ? {} : { durationSec }),
  });

/** An empty project of `kind` at `concept` (only a name). */
export function makeProject(kind: ProjectKind, meta: Partial<ProjectMeta> = {}): ProjectFile {
  return ProjectFileSchema.parse({
    schemaVersion: 1,
    project: {
      id: ulid(),
      name: 'Test project',
      kind,
      seed: 7,
      createdAt: NOW,
      updatedAt: NOW,
      workflow: { current: 'concept', completed: [], needsReview: [], history: [] },
      ...meta,
    },
    entities: {},
  });
}

/** A copy of `project` with some collections replaced. */
export const withEntities = (project: ProjectFile, patch: Partial<EntityCollections>): ProjectFile => ({
  ...project,
  entities: { ...project.entities, ...patch },
});

/** A copy of `project` with some metadata replaced. */
export const withMeta = (project: ProjectFile, patch: Partial<ProjectMeta>): ProjectFile => ({
  ...project,
  project: { ...project.project, ...patch },
});

/** A copy standing at `step`, with `completed` as given (defaults to none). */
export const atStep = (
  project: ProjectFile,
  step: WorkflowStepId,
  completed: WorkflowStepId[] = [],
): ProjectFile => withMeta(project, { workflow: { current: step, completed, needsReview: [], history: [] } });

/** A project of `kind` that satisfies every guard of every kind, standing at `concept`. */
export function completeProject(kind: ProjectKind): ProjectFile {
  const mara = makeCharacter('Mara', { role: 'protagonist', description: 'A night-shift cook.' });
  const theo = makeCharacter('Theo', { role: 'antagonist', description: 'Her landlord.' });
  const ines = makeCharacter('Ines', { role: 'supporting', description: 'A regular.' });
  const diner = makeLocation('Diner');
  const harbour = makeLocation('Harbour');
  const scenes = [
    makeScene(1, diner, [mara, ines]),
    makeScene(2, harbour, [mara, theo]),
    makeScene(3, diner, [theo]),
  ];
  const shots = scenes.flatMap((s) => [makeShot(s, 1, 4), makeShot(s, 2, 6)]);
  const project = makeProject(kind, {
    title: 'Night Shift',
    logline: 'A cook fights to keep her diner open.',
    theme: 'belonging',
    tone: 'warm',
  });
  return withEntities(project, {
    characters: [mara, theo, ines],
    locations: [diner, harbour],
    relationships: [makeRelationship(mara, theo), makeRelationship(mara, ines)],
    beats: [makeBeat('Opening image', 0), makeBeat('Catalyst', 1)],
    scenes,
    shots,
  });
}

export const KINDS: ProjectKind[] = [
  'feature-film',
  'short-film',
  'series-episode',
  'music-video',
  'commercial',
];
