// Model prices (USD per million tokens) and the cost estimate reported with each call's usage.
import type { ModelPricing } from '../brain-settings';

/**
 * List prices of common hosted models (input / output, USD per 1M tokens). Estimates only: the provider's
 * invoice is the truth. Dated model ids ("gpt-4o-mini-2024-07-18") match their family by longest prefix.
 */
export const MODEL_PRICING: Readonly<Record<string, ModelPricing>> = {
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  'gpt-4-turbo': { inputPerMTok: 10, outputPerMTok: 30 },
  'gpt-3.5-turbo': { inputPerMTok: 0.5, outputPerMTok: 1.5 },
  o1: { inputPerMTok: 15, outputPerMTok: 60 },
  'o1-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4 },
  o3: { inputPerMTok: 2, outputPerMTok: 8 },
  'o3-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4 },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4 },
};

/** The price of `model`: exact id first, then the longest family prefix; undefined when unknown. */
export function findPricing(model: string): ModelPricing | undefined {
  const id = model.trim().toLowerCase();
  const exact = MODEL_PRICING[id];
  if (exact) return exact;
  let best: { key: string; price: ModelPricing } | undefined;
  for (const [key, price] of Object.entries(MODEL_PRICING)) {
    if (id.startsWith(`${key}-`) && (!best || key.length > best.key.length)) best = { key, price };
  }
  return best?.price;
}

/**
 * Estimated cost of one call. `pricing === null` means a free (local) model → 0; `undefined` looks the model
 * up in the table; an unknown model has no cost estimate (undefined), never a guessed one.
 */
export function estimateCostUsd(
  model: string,
  promptTokens: number,
  completionTokens: number,
  pricing?: ModelPricing | null,
): number | undefined {
  if (pricing === null) return 0;
  const price = pricing ?? findPricing(model);
  if (!price) return undefined;
  return (promptTokens * price.inputPerMTok + completionTokens * price.outputPerMTok) / 1_000_000;
}

/**
 * Completion tokens assumed for a call before it is made: a structured stage answer or a chat reply is
 * rarely longer, and reserving generously keeps parallel calls under a cap.
 */
export const ESTIMATED_COMPLETION_TOKENS = 1_024;

/** Prompt tokens of a text, estimated on the high side (about 3 characters a token for English prose). */
export const estimatePromptTokens = (chars: number): number => Math.ceil(chars / 3);

/** The cost to reserve before a call with a prompt of `promptChars` characters (0 for free or unknown models). */
export function estimateCallCostUsd(
  model: string,
  promptChars: number,
  pricing?: ModelPricing | null,
): number {
  return estimateCostUsd(model, estimatePromptTokens(promptChars), ESTIMATED_COMPLETION_TOKENS, pricing) ?? 0;
}
