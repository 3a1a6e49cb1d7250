// Zod schemas for every channel's request payload: every payload is `unknown` until one of these parses it.
import { z } from 'zod';
import { EntityTypeSchema, IdSchema, ProjectKindSchema } from './entities';
import type { Channel } from './channels';
import { WorkflowStepIdSchema } from './project';
import { PROVIDERS } from './dto';
import { ProjectExportFormatSchema, StoryboardPanelsSchema } from './exports';
import { RosterMappingSchema } from './production';
import { ApiKeyTargetSchema, ImageEndpointPatchSchema } from './image-endpoint';

const ProjectRef = z.strictObject({ projectId: IdSchema });
const SessionId = z.string().regex(/^[\w-]{1,100}$/, 'must be a chat session id');
const Empty = z.strictObject({}).optional();
const ProjectName = z
  .string()
  .trim()
  .min(1, 'Give the project a name.')
  .max(200, 'Keep the name under 200 characters.');
/** Entity payloads are validated again against the entity schema by the store; here only their shape. */
const EntityData = z.record(z.string(), z.unknown());
/** A roster CSV's text (a roster of thousands of talents is well under this). */
const RosterText = z.string().min(1, 'The file is empty.').max(5_000_000);

export const REQUEST_SCHEMAS = {
  'app:info': Empty,
  'project:list': Empty,
  'project:create': z.strictObject({ name: ProjectName, kind: ProjectKindSchema.default('short-film') }),
  'project:open': ProjectRef,
  'project:close': ProjectRef,
  'project:rename': z.strictObject({ projectId: IdSchema, name: ProjectName }),
  'project:duplicate': z.strictObject({ projectId: IdSchema, name: ProjectName.optional() }),
  'project:delete': ProjectRef,
  'project:export': z.strictObject({
    projectId: IdSchema,
    format: ProjectExportFormatSchema.default('storyloom'),
    /** Storyboard PDF only: panels per page (default 6). */
    panelsPerPage: StoryboardPanelsSchema.optional(),
  }),
  'project:import': z.strictObject({
    fileName: z.string().min(1).max(500),
    /** The file's bytes, base64 encoded (at most ~270 MB of text). */
    base64: z.string().max(280_000_000),
  }),
  'project:openDemo': Empty,
  'project:backups': ProjectRef,
  'project:restoreBackup': z.strictObject({ projectId: IdSchema, file: z.string().max(200).optional() }),
  'project:updateSettings': z.strictObject({
    projectId: IdSchema,
    reviewGate: z.boolean().optional(),
    budgetUsd: z.number().min(0).max(100_000).nullable().optional(),
  }),
  'entity:create': z.strictObject({ projectId: IdSchema, type: EntityTypeSchema, data: EntityData }),
  'entity:update': z.strictObject({
    projectId: IdSchema,
    type: EntityTypeSchema,
    id: IdSchema,
    patch: EntityData,
  }),
  'entity:delete': z.strictObject({ projectId: IdSchema, type: EntityTypeSchema, id: IdSchema }),
  'shot:list': ProjectRef,
  'shot:reorder': z.strictObject({
    projectId: IdSchema,
    sceneId: IdSchema,
    /** Every shot of the scene in the new order; a shot of another scene listed here moves into this one. */
    shotIds: z.array(IdSchema).min(1).max(5_000),
  }),
  'shot:renumber': ProjectRef,
  'scene:reorder': z.strictObject({ projectId: IdSchema, sceneIds: z.array(IdSchema).min(1).max(5_000) }),
  'asset:put': z.strictObject({
    projectId: IdSchema,
    fileName: z.string().min(1).max(500),
    /** The image's bytes, base64 encoded (at most ~20 MB). */
    base64: z.string().max(28_000_000),
  }),
  'asset:get': z.strictObject({ projectId: IdSchema, assetId: z.string().regex(/^[\w.-]{1,200}$/) }),
  'history:undo': ProjectRef,
  'history:redo': ProjectRef,
  'chat:send': z.strictObject({
    projectId: IdSchema,
    sessionId: SessionId.optional(),
    text: z
      .string()
      .trim()
      .min(1, 'Type a message first.')
      .max(200_000, 'Keep a message under 200,000 characters; import long texts as a file.'),
  }),
  'chat:sessions': ProjectRef,
  'chat:history': z.strictObject({ projectId: IdSchema, sessionId: SessionId }),
  'chat:search': z.strictObject({ projectId: IdSchema, query: z.string().min(1).max(500) }),
  'chat:parse': z.strictObject({ text: z.string().min(1).max(200_000), projectId: IdSchema.optional() }),
  'agent:cancel': z.strictObject({ runId: z.string().min(1).max(64) }),
  'agent:runs': ProjectRef,
  'agent:resume': z.strictObject({
    projectId: IdSchema,
    runId: z.string().regex(/^[0-9A-Z]{26}$/, 'must be a run id'),
    approve: z.boolean().optional(),
  }),
  /** Pause (it can continue) or stop (it ends there) the simulated scene playing in a project, after its current line. */
  'simulation:interrupt': z.strictObject({ projectId: IdSchema, action: z.enum(['pause', 'stop']) }),
  'queue:list': ProjectRef,
  'queue:cancel': z.strictObject({ taskId: z.string().min(1).max(64) }),
  'queue:retry': z.strictObject({ projectId: IdSchema, taskId: z.string().min(1).max(64) }),
  'workflow:get': ProjectRef,
  'workflow:move': z.strictObject({ projectId: IdSchema, step: WorkflowStepIdSchema }),
  'settings:get': Empty,
  'settings:update': z.strictObject({
    provider: z.enum(PROVIDERS).optional(),
    baseURL: z.string().trim().max(2048).optional(),
    model: z.string().trim().max(256).optional(),
    timeoutMs: z.number().int().min(1_000).max(600_000).optional(),
    budgetUsd: z.number().positive().max(10_000).nullable().optional(),
    image: ImageEndpointPatchSchema.optional(),
  }),
  'settings:setApiKey': z.strictObject({
    apiKey: z.string().trim().min(1).max(4_096).nullable(),
    target: ApiKeyTargetSchema.optional(),
  }),
  'settings:testConnection': Empty,
  'script:get': ProjectRef,
  'casting:options': z.strictObject({ projectId: IdSchema, characterId: IdSchema }),
  'casting:shortlist': z.strictObject({
    projectId: IdSchema,
    characterId: IdSchema,
    talentId: IdSchema,
    shortlisted: z.boolean(),
  }),
  /** `talentId: null` reopens the part. */
  'casting:decide': z.strictObject({
    projectId: IdSchema,
    characterId: IdSchema,
    talentId: IdSchema.nullable(),
  }),
  'talent:previewCsv': z.strictObject({ text: RosterText }),
  'talent:importCsv': z.strictObject({
    projectId: IdSchema,
    fileName: z.string().min(1).max(500),
    text: RosterText,
    mapping: RosterMappingSchema,
  }),
  'character:sheet': z.strictObject({ projectId: IdSchema, characterId: IdSchema }),
  /** Queues a portrait of the character on the configured image endpoint. */
  'character:portrait': z.strictObject({ projectId: IdSchema, characterId: IdSchema }),
  /** A changed screenplay for an existing project: scenes are updated in place, not duplicated. */
  'project:reimport': z.strictObject({
    projectId: IdSchema,
    fileName: z.string().min(1).max(500),
    base64: z.string().max(20_000_000),
  }),
} as const satisfies Record<Channel, z.ZodType>;

export type RequestOf<C extends Channel> = z.input<(typeof REQUEST_SCHEMAS)[C]>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof REQUEST_SCHEMAS)[C]>;
