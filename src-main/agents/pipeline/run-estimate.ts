// What a pipeline run is expected to cost before it starts: its model calls times one call's estimate.
import type { Brain } from '../../brains/brain';
import { sceneCount, targetDuration } from '../../brains/offline/generate/durations';
import type { GenerateParams } from '../../brains/offline/generate/types';

/** A stage's prompt: instructions plus the draft, which `refine` cuts at 6,000 characters. */
const STAGE_PROMPT_CHARS = 7_000;

export interface RunEstimate {
  /** Model calls the run is expected to make (one per stage, one per storyboarded scene). */
  calls: number;
  /** Their estimated cost in US dollars (an upper estimate: each call's completion is assumed long). */
  costUsd: number;
}

/**
 * The estimate shown before a run. Undefined for the offline engine (it costs nothing) and for a model
 * whose price is unknown; the budget cap still applies call by call.
 */
export function estimateRun(
  brain: Brain,
  plan: readonly string[],
  params: GenerateParams,
): RunEstimate | undefined {
  if (brain.id === 'offline' || !brain.estimateCallUsd) return undefined;
  const perCall = brain.estimateCallUsd(STAGE_PROMPT_CHARS);
  if (perCall <= 0) return undefined;
  const scenes = plan.includes('storyboard_artist')
    ? sceneCount(params.kind, params.durationSec ?? targetDuration(params, params.genre ?? ''), 1)
    : 0;
  const calls = plan.filter((s) => s !== 'storyboard_artist').length + scenes;
  return { calls, costUsd: calls * perCall };
}
