// Zod schema of a whole project file (project.json, schemaVersion 1): metadata, workflow, entities, undo history.
import { z } from 'zod';
import {
  BeatSchema,
  CastingSuggestionSchema,
  CharacterSchema,
  IdSchema,
  LocationSchema,
  ProjectKindSchema,
  RelationshipSchema,
  SceneSchema,
  ShotSchema,
  TalentSchema,
  type EntityType,
} from './entities';
import { IdeaBriefSchema } from './idea-brief';

export const CURRENT_SCHEMA_VERSION = 1;

/** Workflow step ids in their master order (every kind's steps are a subsequence; `brand` is for commercials). */
export const WORKFLOW_STEP_IDS = [
  'concept',
  'brand',
  'story_structure',
  'characters',
  'relationships',
  'locations',
  'scene_breakdown',
  'storyboard',
  'shot_list',
  'casting',
  'package',
] as const;
export const WorkflowStepIdSchema = z.enum(WORKFLOW_STEP_IDS);
export type WorkflowStepId = z.infer<typeof WorkflowStepIdSchema>;

export const WorkflowHistoryEntrySchema = z.strictObject({
  at: z.string().max(64),
  from: WorkflowStepIdSchema.optional(),
  to: WorkflowStepIdSchema,
  cause: z.string().max(500),
});
export const WorkflowStateSchema = z.strictObject({
  current: WorkflowStepIdSchema,
  completed: z.array(WorkflowStepIdSchema).max(50).default([]),
  /** Steps after a step the user went back to: kept, but flagged for review. */
  needsReview: z.array(WorkflowStepIdSchema).max(50).default([]),
  history: z.array(WorkflowHistoryEntrySchema).max(2_000).default([]),
});
export type WorkflowState = z.infer<typeof WorkflowStateSchema>;

export const ProjectSettingsSchema = z.strictObject({
  /** Pause before the storyboard stage so the user can approve the scene list (model brains). */
  reviewGate: z.boolean().default(true),
  /** Optional budget cap for model calls, in US dollars. */
  budgetUsd: z.number().min(0).max(100_000).optional(),
});

export const ProjectMetaSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  kind: ProjectKindSchema,
  title: z.string().max(300).optional(),
  logline: z.string().max(2_000).optional(),
  synopsis: z.string().max(50_000).optional(),
  genre: z.string().max(100).optional(),
  tone: z.string().max(100).optional(),
  style: z.string().max(200).optional(),
  theme: z.string().max(500).optional(),
  targetDurationSec: z.number().int().min(0).max(100_000).optional(),
  beatSheet: z.string().max(100).optional(),
  /** What the user's idea names; every generation stage reads it, user corrections win. */
  brief: IdeaBriefSchema.optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
  workflow: WorkflowStateSchema,
  settings: ProjectSettingsSchema.default({ reviewGate: true }),
});
export type ProjectMeta = z.infer<typeof ProjectMetaSchema>;

export const EntityCollectionsSchema = z.strictObject({
  characters: z.array(CharacterSchema).max(100_000).default([]),
  locations: z.array(LocationSchema).max(100_000).default([]),
  relationships: z.array(RelationshipSchema).max(100_000).default([]),
  scenes: z.array(SceneSchema).max(100_000).default([]),
  shots: z.array(ShotSchema).max(500_000).default([]),
  beats: z.array(BeatSchema).max(10_000).default([]),
  talents: z.array(TalentSchema).max(100_000).default([]),
  castings: z.array(CastingSuggestionSchema).max(100_000).default([]),
});
export type EntityCollections = z.infer<typeof EntityCollectionsSchema>;
export type CollectionKey = keyof EntityCollections;

/** Maps an entity type to its collection key in project.json. */
export const COLLECTION_OF = {
  character: 'characters',
  location: 'locations',
  relationship: 'relationships',
  scene: 'scenes',
  shot: 'shots',
  beat: 'beats',
  talent: 'talents',
  casting: 'castings',
} as const satisfies Record<EntityType, CollectionKey>;

/** One operation of an undoable change: the entity before and after (null = absent). */
export const ChangeOpSchema = z.strictObject({
  type: z.enum([
    'character',
    'location',
    'relationship',
    'scene',
    'shot',
    'beat',
    'talent',
    'casting',
    'project',
  ]),
  id: z.string().max(64),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Where a deleted entity stood in its list, so undo puts it back in place. */
  index: z.number().int().min(0).optional(),
  /**
   * Set in undo history and journal records only: `before` and `after` hold a relationship's ledger from this
   * entry on; the entries before it are the ones the relationship holds when the op is applied (they are the same
   * on both sides). The store expands the op before applying it; a change summary always carries whole entities.
   */
  historyFrom: z.number().int().min(0).optional(),
});
export const ChangeSchema = z.strictObject({
  id: z.string().max(64),
  at: z.string().max(64),
  label: z.string().max(500),
  ops: z.array(ChangeOpSchema).max(100_000),
});
export type ChangeOp = z.infer<typeof ChangeOpSchema>;
export type Change = z.infer<typeof ChangeSchema>;

export const HISTORY_LIMIT = 100;
export const HistorySchema = z.strictObject({
  undo: z.array(ChangeSchema).max(HISTORY_LIMIT).default([]),
  redo: z.array(ChangeSchema).max(HISTORY_LIMIT).default([]),
});

export const ProjectFileSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  project: ProjectMetaSchema,
  entities: EntityCollectionsSchema,
  history: HistorySchema.default({ undo: [], redo: [] }),
  /**
   * The sequence number of the last journaled change this file contains (the store's write-ahead journal,
   * project.journal): on open, only journal records after it are replayed. Absent in a file no change was written to.
   */
  journalSeq: z.number().int().min(0).optional(),
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;
