// Dev CLI for the offline message parser: `npx tsx scripts/dev-parse.ts [--json] "<message>"` prints the parse as JSON.
import { parseMessage } from '../src-main/brains/offline/understand/parse-message';

const args = process.argv.slice(2);
const text = args.length ? (args[args.length - 1] ?? '') : '';
const pretty = !args.slice(0, -1).includes('--json');
const parsed = parseMessage(text);
process.stdout.write(`${pretty ? JSON.stringify(parsed, null, 2) : JSON.stringify(parsed)}\n`);
