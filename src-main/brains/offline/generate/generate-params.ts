// Generation parameters from a request: the idea plus the theme, genre, style, mood, duration and setting it names.
import type { IntentParams } from '../../../../src-preload/contract/intent';
import type { ProjectKind } from '../../../../src-preload/contract/entities';
import { parseMessage } from '../understand/parse-message';
import type { GenerateParams } from './types';

export function generateParamsFrom(
  idea: string,
  params: IntentParams,
  kind: ProjectKind,
  seed: number,
): GenerateParams {
  return {
    idea: params.theme ?? idea,
    kind,
    seed,
    ...(params.theme ? { theme: params.theme } : {}),
    ...(params.genre ? { genre: params.genre } : {}),
    ...(params.style ? { style: params.style } : {}),
    ...(params.mood ? { mood: params.mood } : {}),
    ...(params.durationSec ? { durationSec: params.durationSec } : {}),
    ...(params.setting ? { setting: params.setting } : {}),
  };
}

/** Generation parameters from an idea as typed: the parser's theme, genre, style, mood and duration, and the idea itself. */
export function paramsFromIdea(idea: string, kind: ProjectKind, seed: number): GenerateParams {
  return { ...generateParamsFrom(idea, parseMessage(idea).params, kind, seed), idea };
}
