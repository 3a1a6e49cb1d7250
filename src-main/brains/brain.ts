// The Brain: what the agents ask of a model — understanding, extraction, replies, structured output.
import type { z } from 'zod';
import type { ParsedMessage } from '../../src-preload/contract/intent';
import type { EntityExtraction } from './offline/understand/extract-entities';
import type { ParseContext } from './offline/understand/features';

/** Per-call options: cancellation, token streaming, visible notices (e.g. "fell back to offline"). */
export interface BrainCall {
  signal?: AbortSignal;
  onToken?: (text: string) => void;
  onNotice?: (notice: BrainNotice) => void;
  /** Usage accounting per call (model brains only). */
  onUsage?: (usage: BrainUsage) => void;
  /** The spending cap this call counts against: an estimate is reserved before the request goes out. */
  budget?: BudgetGate;
}

/** A reserved estimate; `settle` replaces it with what the call really cost (0 when it failed before a reply). */
export interface BudgetHold {
  settle(actualUsd: number): void;
}

/**
 * Reserves the estimated cost of a model call before it is made, so calls running in parallel (storyboard
 * branches) cannot together pass a cap: each sees what the others have reserved. `null` refuses the call.
 */
export interface BudgetGate {
  reserve(estimateUsd: number): BudgetHold | null;
}

export interface BrainNotice {
  code: 'BRAIN_FALLBACK_OFFLINE' | 'BRAIN_REPAIRED' | 'BRAIN_RETRY';
  message: string;
}

export interface BrainUsage {
  promptTokens: number;
  completionTokens: number;
  /** Estimated cost in US dollars, when the model's price is known. */
  costUsd?: number;
}

export interface StructuredRequest<T> {
  /** Short name of what is produced, for prompts and errors ("character list"). */
  name: string;
  schema: z.ZodType<T>;
  system: string;
  user: string;
  /** What the offline engine would produce: used as the fallback and in tests. */
  fallback: () => T | Promise<T>;
  /** Worked examples (few-shot): a user message and the JSON answer it deserves, sent before `user`. */
  examples?: readonly { user: string; answer: string }[];
  /** Stream the answer, so `call.onToken` sees it as it is written (long outputs). */
  stream?: boolean;
}

export interface Brain {
  readonly id: 'offline' | 'openai';
  /** Intent + parameters of a chat message. Never throws for model trouble: falls back offline. */
  understand(text: string, context: ParseContext, call?: BrainCall): Promise<ParsedMessage>;
  /** Entities and relationships a create/modify message describes. */
  extract(text: string, context: ParseContext, call?: BrainCall): Promise<EntityExtraction>;
  /** A free-text reply (small talk, phrasing an answer); streams tokens through `call.onToken`. */
  reply(system: string, user: string, fallback: string, call?: BrainCall): Promise<string>;
  /** Structured output validated by `request.schema`: repair → one re-ask → offline fallback with a notice. */
  structured<T>(request: StructuredRequest<T>, call?: BrainCall): Promise<T>;
  /** What one call with a prompt of this many characters is expected to cost (model brains; 0 when free). */
  estimateCallUsd?(promptChars: number): number;
}
