// Node `generate`: starts (or resumes, or regenerates) a pipeline run from chat; the run streams its own progress.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { IntentParams } from '../../../src-preload/contract/intent';
import { hash32 } from '../../brains/offline/generate';
import { generateParamsFrom } from '../../brains/offline/generate/generate-params';
import { formatUsd } from '../../shared/money';
import type { RunEstimate } from '../pipeline/run-estimate';
import type { StageName } from '../pipeline/state';
import { depsOf } from '../deps';
import { briefSummary } from '../../brains/offline/language/brief-summary';
import type { TurnStateUpdate, TurnStateValue } from '../state';

/** The pipeline level a request is about: "regenerate the scenes" → scene_breakdown. */
const LEVEL_OF: Record<string, StageName> = {
  beat: 'screenwriter',
  project: 'screenwriter',
  character: 'character_designer',
  location: 'location_scout',
  relationship: 'relationship_writer',
  scene: 'scene_breakdown',
  shot: 'storyboard_artist',
};
const LEVEL_WORDS: [RegExp, StageName][] = [
  [/\b(?:storyboard|shots?|shot list)\b/i, 'storyboard_artist'],
  [/\bscenes?\b|\bbreakdown\b/i, 'scene_breakdown'],
  [/\bcharacters?|cast\b/i, 'character_designer'],
  [/\blocations?|places?\b/i, 'location_scout'],
  [/\brelationships?\b/i, 'relationship_writer'],
  [/\b(?:story|beats?|beat sheet|logline)\b/i, 'screenwriter'],
  [/\bcasting\b/i, 'casting'],
];

function levelOf(text: string, params: IntentParams): StageName | undefined {
  return (
    LEVEL_WORDS.find(([re]) => re.test(text))?.[1] ??
    (params.entityType ? LEVEL_OF[params.entityType] : undefined)
  );
}

export async function startGeneration(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const pipeline = deps.pipeline;
  if (!pipeline) return { outcome: { replyParts: ['The agent pipeline is not available here.'] } };
  const text = state.text;
  const params = state.parsed?.params ?? {};
  const project = deps.session.file.project;

  if (/\b(?:resume|continue|approve)\b/i.test(text)) {
    const [latest] = await pipeline.unfinished(project.id);
    if (!latest) return { outcome: { replyParts: ['There is no paused or interrupted run to resume.'] } };
    const { runId } = await pipeline.resume(project.id, latest.runId, {
      approve: /\bapprove/i.test(text) || latest.status === 'awaiting_review',
    });
    return {
      outcome: {
        replyParts: [
          `Resuming the run from its last finished stage (${Object.keys(latest.stages).length} done).`,
        ],
        pipelineRunId: runId,
      },
    };
  }

  const level = levelOf(text, params);
  const regenerate = /\bre-?(?:generate|do|write|make|draw)\b/i.test(text) && level !== undefined;
  const upTo =
    !regenerate && level && level !== 'screenwriter'
      ? level === 'storyboard_artist'
        ? 'shot_planner'
        : level
      : undefined;
  // A regeneration draws a new variation: its seed is derived from the request, so it differs from the first take.
  const seed = regenerate ? (project.seed ^ hash32(state.messageId)) >>> 0 : project.seed;
  const { runId, estimate, capUsd } = await pipeline.start(
    project.id,
    generateParamsFrom(text, params, project.kind, seed),
    regenerate ? { from: level } : upTo ? { upTo } : {},
  );
  const what = regenerate
    ? `Regenerating the ${level.replace(/_/g, ' ')} — later work that depends on it will be marked for review, not overwritten.`
    : 'Starting the production pipeline: story, cast, locations, relationships, scenes, storyboard, shot list and casting. Watch the stages in the run timeline.';
  // Say what was understood from the idea, so the user can correct it ("change the brief: …").
  const brief = deps.session.file.project.brief;
  const understood = brief && !regenerate ? [`Understood: ${briefSummary(brief)}.`] : [];
  const cost = estimate ? [estimateSentence(estimate, capUsd)] : [];
  return { outcome: { replyParts: [what, ...understood, ...cost], pipelineRunId: runId } };
}

/** The estimate shown as the run starts, with the cap that will pause it. */
function estimateSentence(estimate: RunEstimate, capUsd: number | undefined): string {
  const cap =
    capUsd === undefined
      ? 'No budget is set; add one in Settings to cap it.'
      : `The run pauses before it would pass the budget of ${formatUsd(capUsd)}.`;
  return `Estimated cost: up to ${formatUsd(estimate.costUsd)} for about ${estimate.calls} model calls. ${cap}`;
}
