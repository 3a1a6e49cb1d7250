// Dev aid: prints what the offline engine makes of one idea (brief, cast, places, first scenes), in process.
import { generatePackage } from '../src-main/brains/offline/generate';
import { extractIdeaBrief } from '../src-main/brains/offline/language/idea-brief';
import { briefSummary } from '../src-main/brains/offline/language/brief-summary';

const idea = process.argv[2] ?? '';
const brief = extractIdeaBrief(idea);
const pk = generatePackage({ idea, kind: 'short-film', seed: Number(process.argv[3] ?? 7) }, brief);
console.log(briefSummary(brief));
console.log(`${pk.story.title} | ${pk.story.genre} | ${pk.story.logline}`);
for (const c of pk.characters)
  console.log(`  ${c.name} (${c.role}, ${c.occupation}, ${c.age}, ${c.gender}) goals: ${c.goals[0]}`);
for (const l of pk.locations) console.log(`  L ${l.name} [${l.props.join(', ')}] ${l.description}`);
for (const r of pk.relationships) console.log(`  R ${r.sourceKey}-${r.targetKey} ${r.kind} ${r.label}`);
for (const s of pk.scenes.slice(0, 4)) {
  console.log(
    `  S ${s.heading} | ${s.summary} | props: ${s.breakdown.props.join(', ')} | wardrobe: ${s.breakdown.wardrobe.join(', ')}`,
  );
  for (const e of s.elements.slice(0, 4)) console.log(`      ${e.type}: ${e.text}`);
}
