// One authored stage: the model writes the stage's structure from idea, brief and facts; the offline draft is the fallback.
import type { z } from 'zod';
import type { BrainCall } from '../../../brains/brain';
import type { PipelineDeps } from '../pipeline-deps';
import { MAX_RUN_NOTICES } from '../run-record';
import { checkBudget } from '../stage';
import { fillTemplate, stagePrompt, type PromptFile } from './prompt-file';

/** A mapped model answer, or why it cannot be used (then the stage falls back, with a notice). */
export type Mapped<D> = { ok: true; value: D } | { ok: false; error: string };

export interface AuthorSpec<A, D> {
  /** The prompt file (resources/prompts/<prompt>.md). */
  prompt: PromptFile;
  /** Key of the run's usage table (the stage name). */
  stage: string;
  /** What is produced, in the user's words ("cast list"): used in notices. */
  what: string;
  /** The model's answer schema. */
  schema: z.ZodType<A>;
  /** Values of the prompt's `{{slots}}` (built only when a model is asked: the offline engine needs none). */
  slots: () => Record<string, string>;
  /** The answer mapped onto the same drafts the offline engine makes, so persisting is shared. */
  map: (authored: A) => Mapped<D>;
  /** The offline engine's drafts: used by the offline brain and whenever the model's answer is unusable. */
  fallback: () => D;
  /** Long outputs stream their tokens to the run timeline. */
  stream?: boolean;
}

/** Brain call options of a stage: cancel, visible notices, usage per stage, streamed tokens. */
function stageCall(deps: PipelineDeps, stage: string): BrainCall {
  const runId = deps.record.runId;
  return {
    ...(deps.signal ? { signal: deps.signal } : {}),
    onNotice: (n) => recordNotice(deps, n.message),
    onUsage: (u) => {
      deps.record.costUsd += u.costUsd ?? 0;
      const usage = (deps.record.usage ??= {});
      const own = (usage[stage] ??= { promptTokens: 0, completionTokens: 0, costUsd: 0 });
      own.promptTokens += u.promptTokens;
      own.completionTokens += u.completionTokens;
      own.costUsd += u.costUsd ?? 0;
    },
    onToken: (text) => deps.emit({ type: 'tokens', runId, text }),
  };
}

/**
 * Runs one authored stage. The offline brain returns the fallback at once; a model brain is asked for the stage's
 * structure (never to reword a draft). Model trouble, an invalid answer or one that does not fit the project
 * (names that resolve to nobody…) ends in the fallback with a visible notice; cancel and budget still stop the run.
 */
export async function authorStage<A, D>(deps: PipelineDeps, spec: AuthorSpec<A, D>): Promise<D> {
  if (deps.brain.id === 'offline') return spec.fallback();
  checkBudget(deps);
  const prompt = stagePrompt(spec.prompt);
  // Which prompt wrote what: a run's record names the version of every prompt it used.
  (deps.record.prompts ??= {})[spec.prompt] = prompt.version;
  let fellBack = false;
  const authored = await deps.brain.structured<A>(
    {
      name: spec.what,
      schema: spec.schema,
      system: prompt.system,
      user: fillTemplate(prompt.user, spec.slots()),
      examples: [prompt.example],
      ...(spec.stream ? { stream: true } : {}),
      fallback: () => {
        fellBack = true;
        return undefined as A;
      },
    },
    stageCall(deps, spec.stage),
  );
  if (fellBack) return spec.fallback();
  const mapped = spec.map(authored);
  if (mapped.ok) return mapped.value;
  noticeFallback(deps, spec.what, mapped.error);
  return spec.fallback();
}

/** The visible notice of a stage that used the offline engine, worded as the brain words its own fallbacks. */
export function noticeFallback(deps: PipelineDeps, what: string, why: string): void {
  recordNotice(deps, `Used the offline engine for the ${what}: ${why}.`);
}

/**
 * Shows a notice on the run and keeps it in the run's record (saved with the stage's checkpoint), so the timeline
 * shows it again after a reload; the same notice twice is kept once.
 */
function recordNotice(deps: PipelineDeps, message: string): void {
  const notices = (deps.record.notices ??= []);
  if (!notices.includes(message) && notices.length < MAX_RUN_NOTICES) notices.push(message);
  deps.emit({ type: 'warning', runId: deps.record.runId, message, notice: true });
}
