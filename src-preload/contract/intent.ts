// Zod schemas of a parsed chat message (intent + parameters), shared by the understand node, both brains and the CLI.
import { z } from 'zod';
import { INTENT_NAMES } from './intent-names';
import { WorkflowStepIdSchema } from './project';

/** Every intent a chat message can carry (DESIGN.md §5); the names live zod-free so light code can list them. */
export const IntentSchema = z.enum(INTENT_NAMES);

/** Kinds of project entity a request can be about. */
export const IntentEntityTypeSchema = z.enum([
  'character',
  'location',
  'scene',
  'relationship',
  'shot',
  'beat',
  'project',
]);

/** Export formats the chat can ask for. */
export const ExportFormatSchema = z.enum(['fountain', 'fdx', 'csv', 'pdf', 'storyloom']);

/** Relationship kinds of the data model. */
export const RelationKindSchema = z.enum([
  'family',
  'romantic',
  'friendship',
  'rivalry',
  'professional',
  'mentor',
  'enemy',
  'other',
]);

/** What a modify request does to its target. */
export const ModifyOperationSchema = z.enum(['update', 'delete', 'rename']);

/** Value of a free attribute change: scalars or a list of words (e.g. traits). */
export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/**
 * Parameters of a request. All optional; conventions (DESIGN.md §5): `names` are the entities the request is
 * about, `participants` the characters of a simulate, `theme` the premise phrase as written, `durationSec` in
 * seconds, `occupation` without article or age, `genre` the genre word as written, `targetStep` a step id.
 */
export const IntentParamsSchema = z.object({
  entityType: IntentEntityTypeSchema.optional(),
  count: z.number().int().min(0).optional(),
  names: z.array(z.string()).optional(),
  age: z.number().int().min(0).max(200).optional(),
  occupation: z.string().optional(),
  gender: z.string().optional(),
  genre: z.string().optional(),
  theme: z.string().optional(),
  style: z.string().optional(),
  mood: z.string().optional(),
  durationSec: z.number().int().min(0).optional(),
  targetStep: WorkflowStepIdSchema.optional(),
  format: ExportFormatSchema.optional(),
  participants: z.array(z.string()).optional(),
  setting: z.string().optional(),
  /** Other attribute changes, e.g. `{ age: 32 }` or `{ traits: ['cynical'] }`. */
  attributes: z.record(z.string(), AttributeValueSchema).optional(),
  relationKind: RelationKindSchema.optional(),
  /** For modify: update (default), delete or rename. */
  operation: ModifyOperationSchema.optional(),
  /** A number that identifies the target, e.g. 4 in "remove scene 4". */
  number: z.number().int().min(0).optional(),
});

/** The understand node's output for one message. */
export const ParsedMessageSchema = z.object({
  intent: IntentSchema,
  confidence: z.number().min(0).max(1),
  params: IntentParamsSchema,
  /** The next most likely intents with their probabilities (offline classifier), for "did you mean…?". */
  alternatives: z
    .array(z.object({ intent: IntentSchema, confidence: z.number().min(0).max(1) }))
    .max(10)
    .optional(),
  /** The later requests of a message that holds several ("add Bruno, then make him a chef"), not yet parsed. */
  followUps: z.array(z.string().max(2_000)).max(10).optional(),
});

export type Intent = z.infer<typeof IntentSchema>;
export type IntentEntityType = z.infer<typeof IntentEntityTypeSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
export type RelationKind = z.infer<typeof RelationKindSchema>;
export type ModifyOperation = z.infer<typeof ModifyOperationSchema>;
export type AttributeValue = z.infer<typeof AttributeValueSchema>;
export type IntentParams = z.infer<typeof IntentParamsSchema>;
export type ParsedMessage = z.infer<typeof ParsedMessageSchema>;
