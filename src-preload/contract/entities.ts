// Zod schemas of every entity of the data model (DESIGN.md §4), shared by store, agents and renderer.
import { z } from 'zod';
import { RELATIONSHIP_HISTORY_MAX } from './ledger-limits';

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const IdSchema = z.string().regex(ULID_PATTERN, 'must be a ULID');
const Iso = z.string().min(1).max(64);
const Text = (max = 20_000) => z.string().max(max);
const Name = z.string().trim().min(1, 'must not be empty').max(200);
const Unit = z.number().min(0).max(1);
const Signed = z.number().min(-1).max(1);
const Strings = (max = 200) => z.array(z.string().max(2_000)).max(max);

export const CreatedViaSchema = z.enum(['chat', 'manual', 'import', 'agent', 'bulk']);
export const ProvenanceSchema = z.strictObject({
  messageId: z.string().max(64).optional(),
  runId: z.string().max(64).optional(),
  stage: z.string().max(64).optional(),
  source: z
    .strictObject({
      file: z.string().max(1_000),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    })
    .optional(),
});

/** Fields every entity carries. */
const base = {
  id: IdSchema,
  createdAt: Iso,
  updatedAt: Iso,
  createdVia: CreatedViaSchema,
  provenance: ProvenanceSchema.default({}),
  confidence: Unit.optional(),
  /** Set when a person edited the entity by hand: agents never overwrite it without asking. */
  userEdited: z.boolean().optional(),
  /** Set when an upstream stage was regenerated and this output may no longer fit. */
  stale: z.boolean().optional(),
};

export const ProjectKindSchema = z.enum([
  'feature-film',
  'short-film',
  'series-episode',
  'music-video',
  'commercial',
]);
export const CharacterRoleSchema = z.enum(['protagonist', 'antagonist', 'supporting', 'minor']);
export const GenderSchema = z.enum(['female', 'male', 'nonbinary', 'unspecified']);

export const PersonalitySchema = z.strictObject({
  openness: Unit,
  conscientiousness: Unit,
  extraversion: Unit,
  agreeableness: Unit,
  neuroticism: Unit,
});

/** Where a generated portrait stands (the image endpoint's work through the task queue). */
export const PortraitStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export const PortraitJobSchema = z.strictObject({
  status: PortraitStatusSchema,
  /** The queue task doing (or that did) the work. */
  taskId: z.string().max(64).optional(),
  /** Why it failed, and what to do next. */
  error: z.string().max(2_000).optional(),
  remedy: z.string().max(1_000).optional(),
  /** The image model that drew the portrait in `portraitAssetId`. */
  model: z.string().max(256).optional(),
  updatedAt: Iso,
});

export const CharacterSchema = z.strictObject({
  ...base,
  name: Name,
  aliases: Strings(50).default([]),
  age: z.number().int().min(0).max(150).optional(),
  gender: GenderSchema.optional(),
  occupation: z.string().max(200).optional(),
  role: CharacterRoleSchema.optional(),
  description: Text().optional(),
  personality: PersonalitySchema.optional(),
  goals: Strings(50).default([]),
  arc: Text().optional(),
  traits: Strings(50).default([]),
  appearance: Text().optional(),
  wardrobe: z
    .array(z.strictObject({ sceneId: IdSchema, description: Text(2_000) }))
    .max(500)
    .default([]),
  emotionalState: z.string().max(200).optional(),
  /** Named feelings, each 0..1: interactions move them and story time lets them settle. */
  emotions: z.strictObject({ joy: Unit, anger: Unit, fear: Unit, sadness: Unit, affection: Unit }).optional(),
  voiceNotes: Text(2_000).optional(),
  /** The portrait image in the project's assets/ (a generated one); without it the offline card is the portrait. */
  portraitAssetId: z.string().max(200).optional(),
  /** The latest portrait generation: a failed or cancelled one keeps the previous image. */
  portrait: PortraitJobSchema.optional(),
  mentions: z.number().int().min(0).optional(),
});

export const LocationSchema = z.strictObject({
  ...base,
  name: Name,
  aliases: Strings(50).default([]),
  setting: z.enum(['interior', 'exterior', 'both']).optional(),
  description: Text().optional(),
  timeOfDayOptions: Strings(20).default([]),
  props: Strings(200).default([]),
});

export const RelationshipKindSchema = z.enum([
  'family',
  'romantic',
  'friendship',
  'rivalry',
  'professional',
  'mentor',
  'enemy',
  'other',
]);
/** What caused a ledger entry (DESIGN.md §4): every change of a relationship says where it came from. */
export const LedgerCauseSchema = z.enum(['chat', 'simulation', 'import', 'generation', 'manual']);
/** Kinds of interaction between two characters that move their relationship (relationship dynamics). */
export const InteractionTypeSchema = z.enum([
  'greeting',
  'small_talk',
  'help',
  'collaboration',
  'gift',
  'compliment',
  'confession',
  'flirtation',
  'apology',
  'reconciliation',
  'argument',
  'insult',
  'accusation',
  'lie',
  'threat',
  'betrayal',
  'violence',
  'rejection',
]);
/** One entry of a relationship's ledger: when in story time, why, and by how much it moved. */
export const RelationshipEventSchema = z.strictObject({
  at: Iso,
  sceneId: IdSchema.optional(),
  /** Position in story time (a scene's number, fractions between scenes); absent = outside the story's timeline. */
  storyOrder: z.number().min(-1_000_000).max(1_000_000).optional(),
  interactionId: z.string().max(64).optional(),
  /** Entries written before causes were recorded read as manual edits. */
  cause: LedgerCauseSchema.default('manual'),
  /** The interaction that moved the relationship, when one did. */
  interaction: InteractionTypeSchema.optional(),
  /** The kind after this entry, when the entry changed it. */
  kind: RelationshipKindSchema.optional(),
  /** The kind before this entry, when the entry changed it. */
  fromKind: RelationshipKindSchema.optional(),
  dStrength: Signed.or(z.number().min(-2).max(2)),
  dTrust: z.number().min(-1).max(1),
  /** Values after the entry, so the graph can replay the ledger without summing from an unknown start. */
  strength: Signed.optional(),
  trust: Unit.optional(),
  /** Pins set (true) or released (false) by this entry. */
  pinned: z
    .strictObject({
      kind: z.boolean().optional(),
      strength: z.boolean().optional(),
      trust: z.boolean().optional(),
    })
    .optional(),
  reason: Text(2_000),
});
/** Which values of a relationship the user pinned: a pinned value never moves. */
export const RelationshipPinsSchema = z.strictObject({
  kind: z.boolean().optional(),
  strength: z.boolean().optional(),
  trust: z.boolean().optional(),
});
export const RelationshipSchema = z.strictObject({
  ...base,
  sourceId: IdSchema,
  targetId: IdSchema,
  kind: RelationshipKindSchema,
  label: z.string().max(200).optional(),
  directed: z.boolean().default(false),
  strength: Signed,
  trust: Unit,
  interactionCount: z.number().int().min(0).default(0),
  pinned: RelationshipPinsSchema.optional(),
  history: z.array(RelationshipEventSchema).max(RELATIONSHIP_HISTORY_MAX).default([]),
});

export const SceneElementSchema = z.strictObject({
  type: z.enum(['action', 'dialogue', 'parenthetical', 'transition']),
  text: Text(),
  characterId: IdSchema.optional(),
  characterName: z.string().max(200).optional(),
});
export const BreakdownSchema = z.strictObject({
  props: Strings().default([]),
  wardrobe: Strings().default([]),
  vehicles: Strings().default([]),
  vfx: Strings().default([]),
  sfx: Strings().default([]),
  extras: Strings().default([]),
});
export const SceneSchema = z.strictObject({
  ...base,
  number: z.number().int().min(0),
  heading: z.string().max(300),
  locationId: IdSchema.optional(),
  timeOfDay: z.string().max(50).optional(),
  characterIds: z.array(IdSchema).max(500).default([]),
  summary: Text().optional(),
  elements: z.array(SceneElementSchema).max(5_000).default([]),
  beatId: IdSchema.optional(),
  durationSec: z.number().min(0).max(36_000).optional(),
  breakdown: BreakdownSchema.default({ props: [], wardrobe: [], vehicles: [], vfx: [], sfx: [], extras: [] }),
});

export const ShotSizeSchema = z.enum(['EWS', 'WS', 'FS', 'MS', 'MCU', 'CU', 'ECU', 'insert']);
export const ShotAngleSchema = z.enum(['eye', 'high', 'low', 'dutch', 'overhead', 'POV']);
export const ShotMovementSchema = z.enum([
  'static',
  'pan',
  'tilt',
  'dolly',
  'truck',
  'crane',
  'handheld',
  'zoom',
  'steadicam',
]);
export const ShotSchema = z.strictObject({
  ...base,
  sceneId: IdSchema,
  number: z.number().int().min(0),
  /** The user gave this number by hand: renumbering keeps it. */
  numberLocked: z.boolean().optional(),
  size: ShotSizeSchema,
  angle: ShotAngleSchema,
  movement: ShotMovementSchema,
  lensMm: z.number().min(4).max(1_200).optional(),
  description: Text().optional(),
  firstFrame: Text(2_000).optional(),
  lastFrame: Text(2_000).optional(),
  characterIds: z.array(IdSchema).max(200).default([]),
  dialogue: Text().optional(),
  durationSec: z.number().min(0).max(3_600).optional(),
  continuity: Text(2_000).optional(),
  panel: z
    .strictObject({ assetId: z.string().max(200).optional(), sketch: Text(20_000).optional() })
    .optional(),
});

export const BeatSchema = z.strictObject({
  ...base,
  act: z.number().int().min(1).max(10),
  actName: z.string().max(100).optional(),
  order: z.number().int().min(0),
  name: Name,
  summary: Text().optional(),
  sceneIds: z.array(IdSchema).max(500).default([]),
  targetSec: z.number().min(0).optional(),
});

export const TalentSchema = z.strictObject({
  ...base,
  name: Name,
  ageMin: z.number().int().min(0).max(150),
  ageMax: z.number().int().min(0).max(150),
  gender: GenderSchema.optional(),
  languages: Strings(30).default([]),
  skills: Strings(50).default([]),
  look: Text(2_000).optional(),
  credits: Strings(100).default([]),
});

export const CastingSuggestionSchema = z.strictObject({
  ...base,
  characterId: IdSchema,
  talentId: IdSchema,
  score: Unit,
  reasons: Strings(20).default([]),
  /** On the character's shortlist (kept when suggestions are re-ranked). */
  shortlisted: z.boolean().optional(),
  /** The casting decision: this talent plays the character (at most one per character). */
  chosen: z.boolean().optional(),
});

/** Entity type names, also the keys of `entities` in project.json (plural). */
export const ENTITY_TYPES = [
  'character',
  'location',
  'relationship',
  'scene',
  'shot',
  'beat',
  'talent',
  'casting',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const ENTITY_SCHEMAS = {
  character: CharacterSchema,
  location: LocationSchema,
  relationship: RelationshipSchema,
  scene: SceneSchema,
  shot: ShotSchema,
  beat: BeatSchema,
  talent: TalentSchema,
  casting: CastingSuggestionSchema,
} as const satisfies Record<EntityType, z.ZodType>;

export type Character = z.infer<typeof CharacterSchema>;
export type PortraitJob = z.infer<typeof PortraitJobSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
export type Scene = z.infer<typeof SceneSchema>;
export type Shot = z.infer<typeof ShotSchema>;
export type Beat = z.infer<typeof BeatSchema>;
export type Talent = z.infer<typeof TalentSchema>;
export type CastingSuggestion = z.infer<typeof CastingSuggestionSchema>;
export type EntityOf<T extends EntityType> = z.infer<(typeof ENTITY_SCHEMAS)[T]>;
export type AnyEntity = EntityOf<EntityType>;
export type ProjectKind = z.infer<typeof ProjectKindSchema>;
export type RelationshipKind = z.infer<typeof RelationshipKindSchema>;
export type RelationshipEvent = z.infer<typeof RelationshipEventSchema>;
export type LedgerCause = z.infer<typeof LedgerCauseSchema>;
export type InteractionType = z.infer<typeof InteractionTypeSchema>;
export type Personality = z.infer<typeof PersonalitySchema>;
export type Emotions = NonNullable<Character['emotions']>;
