// Short messages that point back at the previous request ("the same for her", "one more of those").
import type { Intent, IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { targetNames } from './target-names';
import { findFormat } from './vocabulary';
import { findDurationSec } from '../language/quantities';

/** What a reference to an earlier turn resolves to: the intent, how sure that is, and the parameters. */
export interface EarlierTurnReading {
  intent: Intent;
  confidence: number;
  params: IntentParams;
}

/** "(do) the same (thing) for her", "same again but with @n", "ditto for @n", "now for him too". */
const SAME_FOR =
  /^(?:(?:ok(?:ay)?|now|and|also|right|great|good|cool)[,!.\s]+)*(?:(?:do|apply|make)\s+)?(?:(?:the|that)\s+)?(?:same|ditto|likewise)(?:\s+(?:thing|change|again|here))*(?:\s*,?\s*(?:but|just|only))?\s+(?:for|with|to|on)\s+(?:@n|her|him|them|it|the\s+[a-z-]+)\b|^(?:(?:and|now|ok(?:ay)?)[,\s]+)+(?:for|with)\s+(?:@n|her|him|them)(?:\s+too|\s+as well)?\W*$/;

/** "one more (of those)", "another one", "another like that but older": repeat the last creation. */
const ONE_MORE =
  /^(?:(?:and|ok(?:ay)?|now|also|great|cool)[,!.\s]+)*(?:(?:one|1)\s+more|another(?:\s+one)?|same again)(?:\s+(?:of\s+(?:those|these|them|that)|like\s+(?:that|this|it|her|him|them)|just\s+like\s+(?:that|it)))?(?:\s*,?\s*(?:but|only|just)\b[^.?!]*)?(?:\s*,?\s*(?:please|pls|thanks))?\W*$/;

/** The request intents an earlier turn can carry over ("the same" repeats an edit, "one more" a creation). */
const REPEATABLE: ReadonlySet<Intent> = new Set([
  'create',
  'bulk_create',
  'modify',
  'simulate',
  'query',
  'export',
]);

/**
 * Reads a message that refers to the previous request. With the conversation's last request (context), the
 * reference takes its intent; without it, "the same for X" reads as an edit and "one more" as a creation, at a
 * confidence low enough that the assistant checks before acting.
 */
export function earlierTurnReading(f: Features): EarlierTurnReading | undefined {
  const last = f.context.lastRequest;
  const known = last && REPEATABLE.has(last.intent) ? last : undefined;
  if (SAME_FOR.test(f.template)) {
    const params: IntentParams = {};
    const names = targetNames(f);
    if (names.length) params.names = names;
    if (known?.entityType) params.entityType = known.entityType;
    return { intent: known?.intent ?? unknownSame(f), confidence: known ? 0.85 : 0.6, params };
  }
  if (ONE_MORE.test(f.template)) {
    const intent: Intent = known?.intent === 'bulk_create' ? 'create' : (known?.intent ?? unknownRepeat(f));
    const params: IntentParams = known?.entityType ? { entityType: known.entityType } : {};
    return { intent, confidence: known ? 0.85 : 0.6, params };
  }
  return undefined;
}

/**
 * Without the conversation, what "the same for …" repeats: an export when it names a format ("same for the
 * storyboard, PDF this time"), else an edit.
 */
const unknownSame = (f: Features): Intent => (findFormat(f.template) ? 'export' : 'modify');

/** Without the conversation, what "same again" repeats: a piece when it gives a running time, else a creation. */
const unknownRepeat = (f: Features): Intent => (findDurationSec(f.template) ? 'generate' : 'create');
