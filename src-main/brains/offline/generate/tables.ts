// Typed access to the generator tables in resources/engine/generate (content lives in JSON, logic in code).
import archetypesJson from '../../../../resources/engine/generate/archetypes.json';
import beatSheetsJson from '../../../../resources/engine/generate/beat-sheets.json';
import genresJson from '../../../../resources/engine/generate/genres.json';
import kindsJson from '../../../../resources/engine/generate/kinds.json';
import motifsJson from '../../../../resources/engine/generate/motifs.json';
import namesJson from '../../../../resources/engine/generate/names.json';
import sceneLinesJson from '../../../../resources/engine/generate/scene-lines.json';
import settingsJson from '../../../../resources/engine/generate/settings.json';
import shotGrammarJson from '../../../../resources/engine/generate/shot-grammar.json';
import talentJson from '../../../../resources/engine/generate/talent.json';
import type {
  Gender,
  LocationSetting,
  Personality,
  ProjectKind,
  SceneType,
  ShotAngle,
  ShotMovement,
  ShotSize,
} from './types';

export type Weights = Record<string, number>;

export interface NamePool {
  female: string[];
  male: string[];
  neutral: string[];
  family: string[];
}
export interface NamesTable {
  cultures: Record<string, NamePool>;
  machine: { names: string[]; prefixes: string[]; letters: string[] };
  machineNouns: string[];
  femaleNouns: string[];
  maleNouns: string[];
}

export interface LocationTemplate {
  names: string[];
  setting: LocationSetting;
  tags: string[];
  description: string;
  times: string[];
  props: string[];
}
export interface SettingProfile {
  label: string;
  keywords: string[];
  cultures: Weights;
  occupations: string[];
  wardrobe: string[];
  vehicles: string[];
  vfx: string[];
  sfx: string[];
  extras: string[];
  locations: LocationTemplate[];
  /** The years this setting can stand for ([from, to]): a story's period rules out the others. */
  era: [number, number];
}

export interface GenreProfile {
  keywords: string[];
  tone: string;
  lighting: string;
  palette: string;
  night: number;
  dutch: number;
  handheld: number;
  low: number;
  high: number;
  crane: number;
  steadicam: number;
  static: number;
  pace: number;
  humor: boolean;
  beatSheets: Weights;
  sceneTypes: Weights;
  titleAdjs: string[];
  titleNouns: string[];
  loglines: string[];
  forces: string[];
  stakes: string[];
  incitings: string[];
  rivalKind: 'rivalry' | 'enemy';
  personality: Partial<Personality>;
  register: string;
  arcs: [string, string][];
  endings: string[];
}

export type BeatFunction =
  | 'opening'
  | 'setup'
  | 'catalyst'
  | 'debate'
  | 'threshold'
  | 'bond'
  | 'progress'
  | 'midpoint'
  | 'complication'
  | 'crisis'
  | 'reflection'
  | 'climax'
  | 'resolution'
  | 'twist';

export interface BeatTemplate {
  name: string;
  act: number;
  actName: string;
  share: number;
  fn: BeatFunction;
  summary: string;
}
export interface BeatSheetTemplate {
  label: string;
  beats: BeatTemplate[];
}

export interface Motif {
  match: string[];
  theme: string;
  arc: [string, string];
  props: string[];
  titleNouns: string[];
  trait?: string;
  skill?: string;
  wantNoun?: string;
  sfx?: string[];
  vfx?: string[];
  vehicles?: string[];
}

export interface ArchetypeTemplate {
  role: 'protagonist' | 'antagonist' | 'supporting' | 'minor';
  label: string;
  age: [number, number];
  personality: Personality;
  traits: string[];
  goals: string[];
  arcs: string[];
  fates?: string[];
  emotional: string[];
}

export type CastSlot = 'P' | 'S' | 'A';
export interface FunctionTemplate {
  types: Partial<Record<SceneType, number>>;
  tags: string[];
  cast: CastSlot[];
  summaries: string[];
  actions: string[];
  exchange: [CastSlot, string][];
}
export type LinePool = Record<string, string[]>;

export interface ShotSpec {
  role: string;
  size: ShotSize;
  angle: ShotAngle;
  movement: ShotMovement;
  w: number;
}
export interface CoveragePattern {
  open: ShotSpec[];
  cycle: ShotSpec[];
  close: ShotSpec[];
}

export interface KindProfile {
  durationSec: number;
  shortDurationSec?: number;
  longDurationSec?: number;
  sceneSec: [number, number];
  shotSec: number;
  maxShotsPerScene: number;
  elementsPerMin: number;
  maxElements: number;
  beatSheets: Weights;
}

export interface TalentTemplate {
  name: string;
  ageMin: number;
  ageMax: number;
  gender: Gender;
  languages: string[];
  skills: string[];
  look: string;
  credits: string[];
}

export const NAMES = namesJson as unknown as NamesTable;
export const SETTINGS = settingsJson as unknown as {
  default: string;
  settings: Record<string, SettingProfile>;
};
export const GENRES = genresJson as unknown as {
  default: string;
  /** The occupation of an invented antagonist who embodies an opposing force that is a person. */
  forceRoles: Record<string, string>;
  aliases: Record<string, string>;
  genres: Record<string, GenreProfile>;
};
export const BEAT_SHEETS = beatSheetsJson as unknown as { sheets: Record<string, BeatSheetTemplate> };
export const MOTIFS = motifsJson as unknown as {
  motifs: Motif[];
  defaultTheme: string;
  defaultWants: string[];
};
export const ARCHETYPES = archetypesJson as unknown as {
  archetypes: Record<string, ArchetypeTemplate>;
  casts: Record<ProjectKind, string[]>;
  supportSwap: Record<string, Record<string, string>>;
  registers: Record<string, string>;
  appearance: { builds: string[]; hair: string[]; features: string[]; machine: string[] };
};
export const SCENE_LINES = sceneLinesJson as unknown as {
  functions: Record<BeatFunction, FunctionTemplate>;
  lines: Record<string, LinePool>;
  parentheticals: Record<string, string[]>;
};
export const SHOT_GRAMMAR = shotGrammarJson as unknown as {
  lens: Record<ShotSize, number[]>;
  sizeNames: Record<ShotSize, string>;
  patterns: Record<SceneType, CoveragePattern>;
  roleDescriptions: Record<string, string>;
  movementFrames: Record<ShotMovement, [string, string]>;
};
export const KINDS = kindsJson as unknown as { kinds: Record<ProjectKind, KindProfile> };
export const TALENT = talentJson as unknown as { talents: TalentTemplate[] };

/** Entries and weights of a weight map, in a stable order, for Rng.weighted. */
export function weightEntries(w: Weights): [string[], number[]] {
  const keys = Object.keys(w).sort();
  return [keys, keys.map((k) => w[k] ?? 0)];
}
