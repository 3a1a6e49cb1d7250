// Export benchmarks: Fountain and storyboard PDF of a 1,000-shot project (a generated film, its scenes repeated).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectFile } from '../../src-preload/contract/project';
import { offlineBrain } from '../brains/offline/offline-brain';
import { paramsFromIdea } from '../brains/offline/generate/generate-params';
import { renderExport } from '../formats/export/render-export';
import { createServices } from '../services';
import { newId } from '../shared/ids';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const SHOTS = 1_000;

/** Repeats the film's scenes (fresh ids, renumbered) until it holds exactly SHOTS shots. */
function scaleTo(file: ProjectFile, shots: number): ProjectFile {
  const scenes = [...file.entities.scenes];
  const allShots = [...file.entities.shots];
  for (let round = 1; allShots.length < shots; round++) {
    for (const scene of file.entities.scenes) {
      const id = newId();
      scenes.push({ ...scene, id, number: scene.number + round * file.entities.scenes.length });
      for (const shot of file.entities.shots.filter((s) => s.sceneId === scene.id))
        allShots.push({ ...shot, id: newId(), sceneId: id });
    }
  }
  const kept = allShots.slice(0, shots);
  const used = new Set(kept.map((s) => s.sceneId));
  return {
    ...file,
    entities: { ...file.entities, scenes: scenes.filter((s) => used.has(s.id)), shots: kept },
  };
}

async function generatedFilm(): Promise<ProjectFile> {
  const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-export-'));
  try {
    const services = createServices({
      root,
      transport: 'cli',
      brain: offlineBrain,
      appDir: join(root, '.app'),
    });
    const summary = await services.projects.create('Bench', 'short-film', { seed: 7 });
    const idea = 'a lighthouse keeper and her estranged brother fight over selling the lighthouse';
    await (
      await services.pipeline.start(summary.id, paramsFromIdea(idea, 'short-film', 7))
    ).done;
    const file = (await services.projects.open(summary.id)).file;
    await services.shutdown();
    return file;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Wall-clock and CPU milliseconds of one call (CPU time shows the cost when other work shares the cores). */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function timedCpu(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const wall = await timed(fn);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export const exportBench: BenchSuite = {
  name: 'export',
  description: `Fountain and storyboard PDF export of a ${SHOTS.toLocaleString('en')}-shot project`,
  async run(progress) {
    progress('generating a film and scaling it to 1,000 shots');
    const file = scaleTo(await generatedFilm(), SHOTS);
    // One warm-up each: the first call loads pdf-lib's font metrics.
    await renderExport(file, 'fountain');
    const fountain: number[] = [];
    for (let i = 0; i < 7; i++) fountain.push(await timed(() => renderExport(file, 'fountain')));
    progress('storyboard PDF');
    await renderExport(
      { ...file, entities: { ...file.entities, shots: file.entities.shots.slice(0, 6) } },
      'pdf',
    );
    const pdf: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 2; i++) pdf.push(await timedCpu(() => renderExport(file, 'pdf')));
    const fountainMs = round(percentile(fountain, 50), 1);
    const pdfMs = round(Math.max(...pdf.map((p) => p.wall)), 0);
    const pdfCpuMs = round(Math.max(...pdf.map((p) => p.cpu)), 0);
    const results: BenchResult[] = [
      {
        name: 'export.fountain_1000_shots_ms',
        value: fountainMs,
        unit: 'ms',
        target: '< 200 ms',
        pass: fountainMs < 200,
      },
      {
        name: 'export.storyboard_pdf_1000_shots_ms',
        value: pdfMs,
        unit: 'ms',
        target: '< 10000 ms',
        pass: pdfMs < 10_000,
      },
      { name: 'export.storyboard_pdf_1000_shots_cpu_ms', value: pdfCpuMs, unit: 'ms' },
    ];
    return results;
  },
};
