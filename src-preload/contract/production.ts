// Production paperwork views: the script view, casting choices, talent CSV mapping, character sheets, re-imports.
import { z } from 'zod';

/** Roster fields a CSV column can be mapped to (the column-mapping step of the talent import). */
export const ROSTER_FIELDS = [
  'name',
  'playingAge',
  'gender',
  'languages',
  'skills',
  'look',
  'credits',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
const ColumnIndex = z.number().int().min(0).max(500);
/** Which column of the file holds each roster field (0-based); `name` and `playingAge` are required. */
export const RosterMappingSchema = z.strictObject({
  name: ColumnIndex,
  playingAge: ColumnIndex,
  gender: ColumnIndex.optional(),
  languages: ColumnIndex.optional(),
  skills: ColumnIndex.optional(),
  look: ColumnIndex.optional(),
  credits: ColumnIndex.optional(),
});
export type RosterMapping = z.infer<typeof RosterMappingSchema>;

/** A CSV roster's header and the mapping guessed from it, before anything is imported. */
export interface RosterPreview {
  header: string[];
  guess: Partial<RosterMapping>;
  rows: number;
}

/** What a roster import did. */
export interface RosterImportResult {
  added: number;
  updated: number;
  suggestions: number;
}

/** One talent ranked for one character, with the casting choices made for that pair. */
export interface CastingOption {
  talentId: string;
  name: string;
  playingAge: string;
  score: number;
  reasons: string[];
  shortlisted: boolean;
  chosen: boolean;
}

/** One paragraph of the script view; `index` is the scene element it came from (absent: not editable). */
export interface ScriptElementView {
  type: 'action' | 'dialogue' | 'parenthetical' | 'transition';
  text: string;
  character?: string;
  index?: number;
}

/** One scene of the script view. */
export interface ScriptSceneView {
  sceneId: string;
  number: string;
  heading: string;
  elements: ScriptElementView[];
}

/** The project as a screenplay, from the same mapper as the Fountain, FDX and PDF exports. */
export interface ScriptView {
  title: string;
  scenes: ScriptSceneView[];
}

/** A character's one-page sheet: the same content in the app and in the character bible PDF. */
export interface CharacterSheet {
  characterId: string;
  name: string;
  /** Label/value lines: role, age, gender, occupation, appearance… */
  profile: { label: string; value: string }[];
  personality: { trait: string; value: number }[];
  traits: string[];
  goals: string[];
  arc?: string;
  relationships: { name: string; kind: string; label?: string; strength: number; trust: number }[];
  scenes: { number: number; heading: string }[];
  wardrobe: { scene: string; description: string }[];
  casting: { talent: string; score: number; shortlisted: boolean; chosen: boolean }[];
  /** The offline portrait card, an SVG document (drawn from the character's attributes). */
  portraitSvg: string;
  /** The generated portrait image in the project's assets/ (shown instead of the card when present). */
  portraitAssetId?: string;
  /** The latest portrait generation and where it stands. */
  portrait?: {
    status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
    error?: string;
    remedy?: string;
    model?: string;
    updatedAt: string;
  };
  /** Whether an image endpoint is set; when not, `hint` says how to set one (the button stays disabled). */
  portraitEndpoint: { configured: boolean; hint?: string };
}

/** The sheet as drawn from the project alone (the app adds whether an image endpoint is set). */
export type CharacterSheetBody = Omit<CharacterSheet, 'portraitEndpoint'>;

/** What re-importing a changed script into its project did: scenes matched by heading and order. */
export interface ReimportReport {
  added: string[];
  updated: string[];
  unchanged: number;
  /** Scenes of the project the new script no longer has: kept (with their shots), listed for review. */
  missing: string[];
  /** Scenes left as they were because a person edited them by hand. */
  keptEdits: string[];
  shotsKept: number;
}
