// Dev CLI: runs the prose analyzer on one file and prints the scorer-facing JSON (last argv = file path).
import { readFileSync } from 'node:fs';
import { analyzeProse } from '../src-main/agents/analysis/analyze-prose';

const file = process.argv[process.argv.length - 1];
if (!file || file.startsWith('--')) {
  console.error('usage: tsx scripts/dev-analyze.ts [--json] FILE');
  process.exit(2);
}
const a = analyzeProse(readFileSync(file, 'utf8'), { file });
const out = {
  characters: a.characters.map(({ name, aliases, mentions }) => ({ name, aliases, mentions })),
  locations: a.locations.map(({ name, aliases, mentions }) => ({ name, aliases, mentions })),
  scenes: a.scenes,
  relationships: a.relationships.map(({ source, target, strength, trust, kind }) => ({
    source,
    target,
    strength,
    trust,
    kind,
  })),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
