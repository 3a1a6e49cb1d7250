// Runtime copies of the contract's enums the UI needs (the contract itself is type-only here), checked for completeness.
import type {
  Character,
  EntityType,
  Location,
  ProjectKind,
  ProviderId,
  RelationshipKind,
  Shot,
  WorkflowStepId,
} from '../contract';

/** Compile-time proof that a runtime list names every member of a union. */
type Covers<Union, List extends readonly unknown[]> =
  Exclude<Union, List[number]> extends never ? true : never;

export const PROJECT_KINDS = [
  'feature-film',
  'short-film',
  'series-episode',
  'music-video',
  'commercial',
] as const satisfies readonly ProjectKind[];
export const projectKindsCovered: Covers<ProjectKind, typeof PROJECT_KINDS> = true;

/** Human labels of the project kinds. */
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  'feature-film': 'Feature film',
  'short-film': 'Short film',
  'series-episode': 'Series episode',
  'music-video': 'Music video',
  commercial: 'Commercial',
};

type Role = NonNullable<Character['role']>;
export const CHARACTER_ROLES = [
  'protagonist',
  'antagonist',
  'supporting',
  'minor',
] as const satisfies readonly Role[];
export const characterRolesCovered: Covers<Role, typeof CHARACTER_ROLES> = true;

type Setting = NonNullable<Location['setting']>;
export const LOCATION_SETTINGS = ['interior', 'exterior', 'both'] as const satisfies readonly Setting[];
export const locationSettingsCovered: Covers<Setting, typeof LOCATION_SETTINGS> = true;

export const RELATIONSHIP_KINDS = [
  'family',
  'romantic',
  'friendship',
  'rivalry',
  'professional',
  'mentor',
  'enemy',
  'other',
] as const satisfies readonly RelationshipKind[];
export const relationshipKindsCovered: Covers<RelationshipKind, typeof RELATIONSHIP_KINDS> = true;

export const SHOT_SIZES = [
  'EWS',
  'WS',
  'FS',
  'MS',
  'MCU',
  'CU',
  'ECU',
  'insert',
] as const satisfies readonly Shot['size'][];
export const shotSizesCovered: Covers<Shot['size'], typeof SHOT_SIZES> = true;

export const SHOT_ANGLES = [
  'eye',
  'high',
  'low',
  'dutch',
  'overhead',
  'POV',
] as const satisfies readonly Shot['angle'][];
export const shotAnglesCovered: Covers<Shot['angle'], typeof SHOT_ANGLES> = true;

export const SHOT_MOVEMENTS = [
  'static',
  'pan',
  'tilt',
  'dolly',
  'truck',
  'crane',
  'handheld',
  'zoom',
  'steadicam',
] as const satisfies readonly Shot['movement'][];
export const shotMovementsCovered: Covers<Shot['movement'], typeof SHOT_MOVEMENTS> = true;

export const ENTITY_TYPES = [
  'character',
  'location',
  'relationship',
  'scene',
  'shot',
  'beat',
  'talent',
  'casting',
] as const satisfies readonly EntityType[];
export const entityTypesCovered: Covers<EntityType, typeof ENTITY_TYPES> = true;

/** Human labels of workflow step ids (ids are part of the contract, labels are ours). */
export const STEP_LABELS: Record<WorkflowStepId, string> = {
  concept: 'Concept',
  story_structure: 'Story structure',
  characters: 'Characters',
  relationships: 'Relationships',
  locations: 'Locations',
  scene_breakdown: 'Scene breakdown',
  storyboard: 'Storyboard',
  shot_list: 'Shot list',
  casting: 'Casting',
  brand: 'Brand',
  package: 'Package',
};

/** Model providers in the order the settings list them (labels and defaults come from main's presets). */
export const PROVIDER_IDS = [
  'offline',
  'openai',
  'ollama',
  'lmstudio',
  'llamacpp',
  'custom',
] as const satisfies readonly ProviderId[];
export const providersCovered: Covers<ProviderId, typeof PROVIDER_IDS> = true;
