// Dev tool: scores the prose analyzer on a LitBank-shaped folder in process, with the per-fold spread of a 5-fold split.
//
// Usage: npx tsx scripts/litbank-folds.ts [--data DIR] [--verbose]
// DIR defaults to ../shared/eval/litbank-dev; tests/fixtures/prose-own holds our own held-out excerpts.
// Every text is analysed in this process (the JSON the `analyze` command prints); the shared scorer then reads
// the results through `cat`, so the figures are the scorer's own. Folds: text i (sorted ids) is in fold i % 5.
// Any parameter fitted on this data must be chosen on four folds and reported on the fifth.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeFile } from '../src-main/cli/commands/analyze-command';

interface Prf {
  tp: number;
  pred: number;
  gold: number;
}
interface TextScore {
  id: string;
  characters: Prf;
  major: Prf;
  locations: Prf;
  missed?: { characters: string[]; locations: string[] };
  wrong?: { characters: string[]; locations: string[] };
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const evalDir = resolve(process.env.STORYLOOM_EVAL_DIR ?? resolve(import.meta.dirname, '../../shared/eval'));
const data = resolve(opt('--data') ?? join(evalDir, 'litbank-dev'));
const verbose = args.includes('--verbose');
const FOLDS = 5;

async function mirrorOf(dir: string): Promise<string> {
  const mirror = mkdtempSync(join(tmpdir(), 'storyloom-folds-'));
  mkdirSync(join(mirror, 'entities', 'brat'), { recursive: true });
  symlinkSync(join(dir, 'coref'), join(mirror, 'coref'));
  const texts = join(dir, 'entities', 'brat');
  for (const name of readdirSync(texts).filter((n) => n.endsWith('_brat.txt'))) {
    const analysis = await analyzeFile(join(texts, name));
    writeFileSync(join(mirror, 'entities', 'brat', name), JSON.stringify(analysis));
  }
  return mirror;
}

const f1 = (c: Prf): number => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const recall = (c: Prf): number => (c.gold ? c.tp / c.gold : 0);
const sum = (list: readonly TextScore[], key: 'characters' | 'major' | 'locations'): Prf =>
  list.reduce((a, t) => ({ tp: a.tp + t[key].tp, pred: a.pred + t[key].pred, gold: a.gold + t[key].gold }), {
    tp: 0,
    pred: 0,
    gold: 0,
  });

function row(label: string, list: readonly TextScore[]): number[] {
  const v = [f1(sum(list, 'characters')), recall(sum(list, 'major')), f1(sum(list, 'locations'))];
  console.log(
    `${label.padEnd(10)} characters F1 ${v[0]!.toFixed(3)}  major recall ${v[1]!.toFixed(3)}  locations F1 ${v[2]!.toFixed(3)}  (${list.length} texts)`,
  );
  return v;
}

async function main(): Promise<void> {
  const mirror = await mirrorOf(data);
  try {
    const scorer = join(evalDir, 'score-litbank.mjs');
    const out = execFileSync(
      process.execPath,
      [scorer, '--data', mirror, '--cmd', 'cat', '--json', '--verbose'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const texts = (JSON.parse(out) as { texts: TextScore[] }).texts;
    if (verbose)
      for (const t of texts) {
        console.log(`${t.id}`);
        console.log(`   missed characters: ${t.missed?.characters.join('; ')}`);
        console.log(`   wrong characters:  ${t.wrong?.characters.join('; ')}`);
        console.log(`   missed locations:  ${t.missed?.locations.join('; ')}`);
        console.log(`   wrong locations:   ${t.wrong?.locations.join('; ')}`);
      }
    const all = row('all', texts);
    const c = sum(texts, 'characters');
    console.log(
      `           characters tp ${c.tp}, predicted ${c.pred}, gold ${c.gold} (F1 ${f1(c).toFixed(4)})`,
    );
    if (texts.length >= FOLDS) {
      const folds = Array.from({ length: FOLDS }, (_, k) =>
        row(
          `fold ${k + 1}`,
          texts.filter((_, i) => i % FOLDS === k),
        ),
      );
      const spread = (j: number): string => {
        const vals = folds.map((f) => f[j]!);
        return `${Math.min(...vals).toFixed(3)}–${Math.max(...vals).toFixed(3)}`;
      };
      console.log(
        `spread     characters F1 ${spread(0)}  major recall ${spread(1)}  locations F1 ${spread(2)}`,
      );
    }
    console.log(
      `summary: characters F1 ${all[0]!.toFixed(3)} (major recall ${all[1]!.toFixed(3)}), locations F1 ${all[2]!.toFixed(3)} over ${texts.length} texts`,
    );
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

void main();
