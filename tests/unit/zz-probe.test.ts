import { it } from 'vitest';
import { parseMessage } from '../../src-main/brains/offline/understand/parse-message';
import { intentModel } from '../../src-main/brains/offline/understand/intent-model';
const msgs = (process.env.PROBE ?? '').split('|');
it('probe', () => {
  for (const m of msgs) console.log(m, '=>', JSON.stringify(parseMessage(m, {}, intentModel())));
});
