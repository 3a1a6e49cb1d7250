// Entry point of the offline engine's message understanding: text → intent, confidence and parameters.
import type { ParsedMessage } from '../../../../src-preload/contract/intent';
import { classifyIntent } from './classify-intent';
import { extractParams } from './extract-params';
import { computeFeatures, type ParseContext } from './features';

export type { ParseContext } from './features';

/** Drops undefined values and empty arrays/objects so the result is minimal and stable. */
function compact<T extends object>(params: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/**
 * Parses one chat message with rules only: deterministic, side-effect free, sub-millisecond for typical
 * messages. When nothing matches confidently the intent is `chat` with a low confidence, so the caller can
 * hand the message to a model or ask the user.
 */
export function parseMessage(text: string, context: ParseContext = {}): ParsedMessage {
  const f = computeFeatures(text, context);
  if (!f.text) return { intent: 'chat', confidence: 0.1, params: {} };
  const { intent, confidence } = classifyIntent(f);
  return { intent, confidence, params: compact(extractParams(intent, f)) };
}
