// Dev aid: prints the idea brief of every idea in a JSONL file (one summary line and the relations per idea).
import { extractIdeaBrief } from '../src-main/brains/offline/language/idea-brief';
import { briefSummary } from '../src-main/brains/offline/language/brief-summary';
import fs from 'node:fs';
const file = process.argv[2]!;
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const x = JSON.parse(line);
  const b = extractIdeaBrief(x.idea);
  console.log(briefSummary(b));
  console.log(
    '   rel:',
    b.relations.map((r) => `${r.a}-${r.b}:${r.kind}`).join(' '),
    '| want:',
    b.premise.want,
    '| obj:',
    b.objects.join(','),
  );
}
