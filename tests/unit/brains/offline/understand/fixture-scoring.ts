// Shared scoring of labelled request fixtures, with the shared eval scorer's comparison rules.
import path from 'node:path';
import { IntentSchema } from '../../../../../src-preload/contract/intent';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';
import {
  loadLabelled,
  sameParam,
  type LabelledRequest,
} from '../../../../../src-main/brains/offline/understand/labelled-requests';

export type { LabelledRequest };
export { loadLabelled, sameParam };

export const ALL_INTENTS: readonly string[] = IntentSchema.options;

/** A labelled set under tests/fixtures/intents/<name>. */
export function loadFixture(name: string): LabelledRequest[] {
  return loadLabelled(path.join(__dirname, '../../../../fixtures/intents', name));
}

/** Intent and parameter accuracy of `parseMessage` on the cases, with the misses for the failure message. */
export function scoreFixture(cases: readonly LabelledRequest[]): {
  intent: number;
  params: number;
  misses: string;
} {
  let intents = 0;
  let pairs = 0;
  let pairsOk = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = parseMessage(c.text);
    if (r.intent === c.intent) intents++;
    else misses.push(`${c.text} → ${r.intent}`);
    for (const [k, v] of Object.entries(c.params)) {
      pairs++;
      if (sameParam(v, (r.params as Record<string, unknown>)[k])) pairsOk++;
      else misses.push(`${c.text}: ${k} = ${JSON.stringify((r.params as Record<string, unknown>)[k])}`);
    }
  }
  return { intent: intents / cases.length, params: pairs ? pairsOk / pairs : 1, misses: misses.join('\n') };
}
