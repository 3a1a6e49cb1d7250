// Whether a relationship between two people is new (create) or changed (modify), by the change words of the message.
import type { ParsedMessage } from '../../../../src-preload/contract/intent';
import { extractParams } from './extract-params';
import type { Features } from './features';
import { saysRelationChanges } from './rules-entities';

/**
 * A new relationship read as a change when the message says it changes: the classifier's words say little about
 * which ("make A and B rivals" starts one, "A and B were friends but now they're rivals" changes one), the change
 * words do. Only when the edit reading is about the pair too; its parameters come from that reading. (The other
 * way round there is no such cue: an edit without one, "A trusts B more", is still an edit.)
 */
export function relationshipReading(parsed: ParsedMessage, f: Features): ParsedMessage {
  if (parsed.intent !== 'create' || parsed.params.entityType !== 'relationship') return parsed;
  if (!saysRelationChanges(f.template)) return parsed;
  const intent = 'modify';
  const params = extractParams(intent, f);
  if (params.entityType !== 'relationship') return parsed;
  const alternatives = [
    { intent: parsed.intent, confidence: parsed.confidence },
    ...(parsed.alternatives ?? []).filter((a) => a.intent !== intent),
  ].slice(0, 2);
  return { ...parsed, intent, params, alternatives };
}
