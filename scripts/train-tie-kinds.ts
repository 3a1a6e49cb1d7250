// Dev step: trains the tie-kind guess from the tuning idea sets (own-ideas*.jsonl) and writes
// resources/engine/language/tie-kind-model.json. The blind sets are never read; a unit test checks the file is current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { trainTieKinds, type LabelledIdea } from '../src-main/brains/offline/language/tie-kind-training';

const root = resolve(import.meta.dirname, '..');
const TIE_KIND_MODEL = join(root, 'resources', 'engine', 'language', 'tie-kind-model.json');
const dir = join(root, 'tests', 'fixtures', 'ideas');
const files = readdirSync(dir)
  .filter((f) => /^own-ideas.*\.jsonl$/.test(f))
  .sort();
const ideas: LabelledIdea[] = files.flatMap((f) =>
  readFileSync(join(dir, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LabelledIdea),
);
const model = trainTieKinds(ideas);
writeFileSync(TIE_KIND_MODEL, JSON.stringify(model) + '\n');
console.log(
  `tie kinds: ${ideas.length} ideas from ${files.length} files, ${model.vocabulary} words → ${TIE_KIND_MODEL}`,
);
