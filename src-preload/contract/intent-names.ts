// The names of the chat intents, without zod: the offline parser and `storyloom parse` load no schema library.

/** Every intent a chat message can carry (DESIGN.md §5); `IntentSchema` in intent.ts is built from this list. */
export const INTENT_NAMES = [
  'chat',
  'create',
  'bulk_create',
  'generate',
  'modify',
  'query',
  'advance',
  'simulate',
  'analyze',
  'export',
  'undo',
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];

/** True when `value` names an intent. */
export function isIntentName(value: string): value is IntentName {
  return (INTENT_NAMES as readonly string[]).includes(value);
}
