// Per-project workflow configuration (workflow.config.json): strict zod schema and a parser with exact field paths.
import { z } from 'zod';
import { ProjectKindSchema } from '../../src-preload/contract/entities';
import { WorkflowStepIdSchema } from '../../src-preload/contract/project';
import { WORKFLOW_CODES } from './steps';

const Count = z.number().int().min(0).max(10_000);
const StepTexts = (max: number) => z.partialRecord(WorkflowStepIdSchema, z.string().trim().min(1).max(max));

const ThresholdOverridesSchema = z.strictObject({
  minBeats: Count.optional(),
  minCharacters: Count.optional(),
  minDevelopedCharacters: Count.optional(),
  minRelationships: Count.optional(),
  minLocations: Count.optional(),
  minScenes: Count.optional(),
  minShotsPerScene: Count.optional(),
  requireShotDurations: z.boolean().optional(),
});

/** How a configuration changes one kind's workflow (or every kind's, under `all`). */
export const KindConfigSchema = z
  .strictObject({
    /** Steps to leave out. `concept` is where every project starts and cannot be skipped. */
    skip: z.array(WorkflowStepIdSchema).max(20).optional(),
    /** Steps the kind skips by default that this project wants (e.g. `casting` for a music video). */
    add: z.array(WorkflowStepIdSchema).max(20).optional(),
    titles: StepTexts(80).optional(),
    descriptions: StepTexts(500).optional(),
    thresholds: ThresholdOverridesSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const skip = value.skip ?? [];
    skip.forEach((step, i) => {
      if (step === 'concept')
        ctx.addIssue({ code: 'custom', path: ['skip', i], message: 'concept cannot be skipped' });
    });
    (value.add ?? []).forEach((step, i) => {
      if (skip.includes(step)) {
        ctx.addIssue({ code: 'custom', path: ['add', i], message: `"${step}" is both skipped and added` });
      }
    });
  });

const KindsSchema = z.strictObject(
  Object.fromEntries(ProjectKindSchema.options.map((kind) => [kind, KindConfigSchema.optional()])) as Record<
    z.infer<typeof ProjectKindSchema>,
    z.ZodOptional<typeof KindConfigSchema>
  >,
);

/** The whole file: `all` applies to every kind, then `kinds[kind]` on top. */
export const WorkflowConfigSchema = z.strictObject({
  version: z.literal(1).optional(),
  all: KindConfigSchema.optional(),
  kinds: KindsSchema.optional(),
});
export type WorkflowConfig = z.infer<typeof WorkflowConfigSchema>;
export type KindConfig = z.infer<typeof KindConfigSchema>;

export type ParseConfigResult =
  | { ok: true; config: WorkflowConfig }
  | {
      ok: false;
      error: { code: typeof WORKFLOW_CODES.configInvalid; message: string; remedy: string; path: string };
    };

/** `kinds.music-video.thresholds.minCharacters`, `kinds.feature-film.skip[0]`; the root is `(root)`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(root)';
}

/**
 * Validates a parsed workflow.config.json. Unknown keys anywhere are errors (a typo must not be
 * silently ignored); the message names the exact field path of the first problem.
 */
export function parseWorkflowConfig(json: unknown): ParseConfigResult {
  const parsed = WorkflowConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issue = parsed.error.issues[0];
  const basePath = issue?.path ?? [];
  const keys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
  const path = formatPath(keys.length > 0 ? [...basePath, keys[0] as string] : basePath);
  const what = keys.length > 0 ? 'unknown field' : (issue?.message ?? 'invalid value');
  return {
    ok: false,
    error: {
      code: WORKFLOW_CODES.configInvalid,
      message: `workflow.config.json: ${path}: ${what}`,
      remedy: `Fix or remove "${path}" in workflow.config.json; the built-in workflow is used until then.`,
      path,
    },
  };
}
