// Draft types produced by the offline generators: entity-shaped, keyed by strings instead of ids (DESIGN.md §4–6).
import type { z } from 'zod';
import type {
  GenderSchema,
  PersonalitySchema,
  ProjectKind,
  RelationshipKind,
  CharacterRoleSchema,
  ShotAngleSchema,
  ShotMovementSchema,
  ShotSizeSchema,
} from '../../../../src-preload/contract/entities';

export type Gender = z.infer<typeof GenderSchema>;
export type CharacterRole = z.infer<typeof CharacterRoleSchema>;
export type Personality = z.infer<typeof PersonalitySchema>;
export type ShotSize = z.infer<typeof ShotSizeSchema>;
export type ShotAngle = z.infer<typeof ShotAngleSchema>;
export type ShotMovement = z.infer<typeof ShotMovementSchema>;
export type { ProjectKind, RelationshipKind };

/** What the user asked for; every optional field shapes every stage when present. */
export interface GenerateParams {
  idea: string;
  kind: ProjectKind;
  seed: number;
  theme?: string;
  genre?: string;
  style?: string;
  mood?: string;
  durationSec?: number;
  setting?: string;
}

/** One beat of the chosen beat sheet, with its share of the running time. */
export interface BeatDraft {
  key: string;
  act: number;
  actName: string;
  order: number;
  name: string;
  summary: string;
  targetSec: number;
}

/** Project-level story fields (map onto ProjectMeta) plus the beats. */
export interface StoryDraft {
  kind: ProjectKind;
  seed: number;
  title: string;
  logline: string;
  synopsis: string;
  genre: string;
  tone: string;
  style: string;
  theme: string;
  /** Human label of the world, e.g. 'near-future city', 'medieval village'. */
  setting: string;
  targetDurationSec: number;
  /** Name of the beat-sheet template, e.g. 'save-the-cat'. */
  beatSheet: string;
  beats: BeatDraft[];
}

export interface CharacterDraft {
  key: string;
  name: string;
  aliases: string[];
  age: number;
  gender: Gender;
  occupation: string;
  role: CharacterRole;
  description: string;
  personality: Personality;
  goals: string[];
  arc: string;
  traits: string[];
  appearance: string;
  voiceNotes: string;
  emotionalState: string;
}

export type LocationSetting = 'interior' | 'exterior' | 'both';

export interface LocationDraft {
  key: string;
  name: string;
  setting: LocationSetting;
  description: string;
  timeOfDayOptions: string[];
  props: string[];
}

export interface RelationshipDraft {
  sourceKey: string;
  targetKey: string;
  kind: RelationshipKind;
  label: string;
  directed: boolean;
  /** −1..1 */
  strength: number;
  /** 0..1 */
  trust: number;
}

export type SceneElementType = 'action' | 'dialogue' | 'parenthetical' | 'transition';

export interface SceneElementDraft {
  type: SceneElementType;
  text: string;
  characterKey?: string;
}

export interface BreakdownDraft {
  props: string[];
  wardrobe: string[];
  vehicles: string[];
  vfx: string[];
  sfx: string[];
  extras: string[];
}

/** Kind of scene; drives the shot grammar (coverage pattern). */
export type SceneType =
  'establishing' | 'dialogue' | 'action' | 'montage' | 'confrontation' | 'quiet' | 'performance' | 'product';

export const SCENE_TYPES: readonly SceneType[] = [
  'establishing',
  'dialogue',
  'action',
  'montage',
  'confrontation',
  'quiet',
  'performance',
  'product',
];

export interface SceneDraft {
  key: string;
  number: number;
  heading: string;
  locationKey: string;
  timeOfDay: string;
  characterKeys: string[];
  summary: string;
  elements: SceneElementDraft[];
  beatKey: string;
  durationSec: number;
  breakdown: BreakdownDraft;
  sceneType: SceneType;
}

export interface ShotDraft {
  number: number;
  size: ShotSize;
  angle: ShotAngle;
  movement: ShotMovement;
  lensMm: number;
  description: string;
  firstFrame: string;
  lastFrame: string;
  characterKeys: string[];
  dialogue?: string;
  durationSec: number;
  continuity: string;
}

export interface TalentDraft {
  key: string;
  name: string;
  ageMin: number;
  ageMax: number;
  gender: Gender;
  languages: string[];
  skills: string[];
  look: string;
  credits: string[];
}

export interface CastingDraft {
  characterKey: string;
  talentKey: string;
  /** 0..1 */
  score: number;
  reasons: string[];
}
