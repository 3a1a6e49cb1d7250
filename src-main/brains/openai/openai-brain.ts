// The OpenAI-compatible Brain: rules first, the model for the rest, the offline engine whenever the model fails.
import { ParsedMessageSchema, type ParsedMessage } from '../../../src-preload/contract/intent';
import { CERTAIN_CONFIDENCE } from '../offline/understand/classify-intent';
import type { Brain, BrainCall } from '../brain';
import { estimateCallCostUsd } from './pricing';
import { DEFAULT_CAPABILITIES, type OpenAiBrainSettings, type StructuredMode } from '../brain-settings';
import { extractEntities, type EntityExtraction } from '../offline/understand/extract-entities';
import { parseMessage } from '../offline/understand/parse-message';
import { BrainCancelledError, describeFailure, ModelCallError } from './model-errors';
import { ModelClient } from './model-client';
import {
  EXTRACT_SYSTEM,
  ModelExtractionSchema,
  UNDERSTAND_SYSTEM,
  userPrompt,
  type ModelExtraction,
} from './prompts';
import { runStructured } from './structured-call';

/** Offline answers at or above this calibrated probability skip the model (fast, near-certain cases). */
export const RULES_CONFIDENCE = 0.9;
/** Offline extraction is kept when it found entities and each is at least this sure. */
export const EXTRACT_CONFIDENCE = 0.8;

/** Model entities → EntityExtraction, with spans located in the message (start = end = -1 when not found). */
function toExtraction(text: string, model: ModelExtraction): EntityExtraction {
  const lower = text.toLowerCase();
  return {
    entities: model.entities.map((e) => {
      const start = lower.indexOf(e.name.toLowerCase());
      return {
        type: e.type,
        name: e.name,
        attributes: e.attributes,
        confidence: e.confidence ?? 0.75,
        span: start >= 0 ? { start, end: start + e.name.length } : { start: -1, end: -1 },
      };
    }),
    relationships: model.relationships,
  };
}

/**
 * A near-certain offline reading skips the model. "chat" means only that no command was found, which the model
 * may still see, so it skips the model only when a certain rule said so (a greeting, thanks).
 */
function offlineSettles(parsed: ParsedMessage): boolean {
  if (parsed.confidence < RULES_CONFIDENCE) return false;
  return parsed.intent !== 'chat' || parsed.confidence >= CERTAIN_CONFIDENCE;
}

/** Creates the brain. Never throws for model trouble (falls back offline with a notice); rethrows cancellation. */
export function createOpenAiBrain(settings: OpenAiBrainSettings): Brain {
  const client = new ModelClient(settings);
  let mode: StructuredMode = (settings.capabilities ?? DEFAULT_CAPABILITIES).structuredMode;
  const deps = {
    client,
    mode: () => mode,
    downgrade: () => {
      mode = 'prompt';
    },
    canStream: () => (settings.capabilities ?? DEFAULT_CAPABILITIES).streamUsage || settings.pricing === null,
  };

  const brain: Brain = {
    id: 'openai',

    estimateCallUsd: (promptChars) => estimateCallCostUsd(settings.model, promptChars, settings.pricing),

    async understand(text, context, call) {
      const rules = parseMessage(text, context);
      if (offlineSettles(rules)) return rules;
      return runStructured(
        deps,
        {
          name: 'message intent',
          schema: ParsedMessageSchema,
          system: UNDERSTAND_SYSTEM,
          user: userPrompt(text, context),
          fallback: () => rules,
        },
        call,
      );
    },

    async extract(text, context, call) {
      const offline = extractEntities(text, context);
      if (offline.entities.length > 0 && offline.entities.every((e) => e.confidence >= EXTRACT_CONFIDENCE))
        return offline;
      let usedFallback = false;
      const model = await runStructured(
        deps,
        {
          name: 'entity extraction',
          schema: ModelExtractionSchema,
          system: EXTRACT_SYSTEM,
          user: userPrompt(text, context),
          fallback: () => {
            usedFallback = true;
            return { entities: [], relationships: [] };
          },
        },
        call,
      );
      return usedFallback ? offline : toExtraction(text, model);
    },

    async reply(system, user, fallback, call) {
      let streamed = false;
      const useFallback = (why: string): string => {
        call?.onNotice?.({ code: 'BRAIN_FALLBACK_OFFLINE', message: `Used the offline reply: ${why}.` });
        // Tokens already on screen are superseded by the returned text; only an empty screen gets the fallback streamed.
        if (!streamed) call?.onToken?.(fallback);
        return fallback;
      };
      try {
        const result = await client.complete({
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
          stream: true,
          onToken: (t) => {
            streamed = true;
            call?.onToken?.(t);
          },
          ...(call ? { call } : {}),
        });
        return result.text.trim() ? result.text : useFallback(describeFailure('empty_reply'));
      } catch (error) {
        if (error instanceof BrainCancelledError) throw error;
        return useFallback(error instanceof ModelCallError ? describeFailure(error.kind) : String(error));
      }
    },

    structured(request, call?: BrainCall) {
      return runStructured(deps, request, call);
    },
  };
  return brain;
}
