// Runs the registered benchmark suites and reports machine info plus every figure.
import { cpus } from 'node:os';
import { AppFailure } from '../shared/failure';
import type { BenchResult, BenchSuite } from './bench-types';
import { chatBench } from './chat-bench';
import { coldStartBench } from './cold-start-bench';
import { ecosystemBench } from './ecosystem-bench';
import { exportBench } from './export-bench';
import { graphPaintBench } from './graph-paint-bench';
import { pipelineBench } from './pipeline-bench';
import { storeBench } from './store-bench';
import { storyboardBench } from './storyboard-bench';
import { briefBench } from './brief-bench';
import { intentsBench } from './intents-bench';
import { staleBuildWarning } from './stale-build';

export const BENCH_SUITES: BenchSuite[] = [
  storeBench,
  chatBench,
  intentsBench,
  pipelineBench,
  coldStartBench,
  briefBench,
  ecosystemBench,
  exportBench,
  graphPaintBench,
  storyboardBench,
];

export interface BenchReport {
  machine: { cpus: number; node: string; platform: string };
  results: BenchResult[];
}

/** Runs every suite, or only the suite / result named by `only` (prefix match on result names). */
export async function runBench(
  only: string | undefined,
  progress: (message: string) => void,
): Promise<BenchReport> {
  const suites = only
    ? BENCH_SUITES.filter((s) => s.name === only || only.startsWith(`${s.name}.`))
    : BENCH_SUITES;
  if (suites.length === 0) {
    throw new AppFailure(
      'CLI_USAGE',
      `No benchmark named "${only}".`,
      `Choose one of: ${BENCH_SUITES.map((s) => s.name).join(', ')}.`,
    );
  }
  const stale = await staleBuildWarning();
  if (stale) progress(stale);
  const results: BenchResult[] = [];
  for (const suite of suites) {
    progress(`${suite.name}: ${suite.description}`);
    const suiteResults = await suite.run((m) => progress(`  ${m}`));
    results.push(
      ...(only && only.includes('.') ? suiteResults.filter((r) => r.name === only) : suiteResults),
    );
  }
  return { machine: { cpus: cpus().length, node: process.version, platform: process.platform }, results };
}

export function formatBenchTable(report: BenchReport): string {
  const rows = report.results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.reference !== undefined ? `${r.reference}` : '',
    r.ratio !== undefined ? `${r.ratio}x` : '',
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const header = ['figure', 'value', 'reference', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `machine: ${report.machine.cpus} cpus, node ${report.machine.node}, ${report.machine.platform}`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}
