// Picks the intent of a message: certain commands by rule, everything else by the learned classifier.
import type { Intent } from '../../../../src-preload/contract/intent';
import { CERTAIN_RULES } from './classify-intent-rules';
import type { Features } from './features';
import { intentFeatureKeys } from './intent-features';
import { intentModel, predictIntent, type IntentModel } from './intent-model';
import { patternHits } from './intent-patterns';

/** Confidence of an answer decided by a certain rule (a whole-message command). */
export const CERTAIN_CONFIDENCE = 0.99;

/**
 * The most a learned answer claims, below a certain rule's: callers tell the two apart by it (a model brain
 * settles a chat message offline only when a rule decided it, since chat may hide a request the rules missed).
 */
export const LEARNED_CONFIDENCE_CAP = 0.98;

/** The winning intent, its calibrated probability, and the runners-up (for "did you mean…?"). */
export interface Classification {
  intent: Intent;
  confidence: number;
  /** The next most likely intents, most likely first, each with its probability. */
  alternatives: { intent: Intent; confidence: number }[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Classifies a message's features. Deterministic: the same features and model give the same answer. */
export function classifyIntent(f: Features, model: IntentModel = intentModel()): Classification {
  const hits = patternHits(f.template);
  const certain = hits.find((h) => h.certain) ?? CERTAIN_RULES.find((r) => r.applies(f));
  if (certain) return { intent: certain.intent, confidence: CERTAIN_CONFIDENCE, alternatives: [] };
  const probs = predictIntent(model, intentFeatureKeys(f, hits));
  const ranked = model.intents
    .map((intent, k) => ({ intent, confidence: probs[k] ?? 0 }))
    .sort((a, b) => b.confidence - a.confidence);
  const [top, ...rest] = ranked;
  if (!top) return { intent: 'chat', confidence: 0.1, alternatives: [] };
  return {
    intent: top.intent,
    confidence: Math.min(round2(top.confidence), LEARNED_CONFIDENCE_CAP),
    alternatives: rest.slice(0, 2).map((a) => ({ intent: a.intent, confidence: round2(a.confidence) })),
  };
}
