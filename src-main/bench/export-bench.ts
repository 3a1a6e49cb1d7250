// Export benchmarks: Fountain and storyboard PDF of a 1,000-shot project (a generated film, its scenes repeated),
// plain and with 100 shots boarded by their own 1280×720 frame images.
import { renderExport } from '../formats/export/render-export';
import { generatedFilm, scaleTo } from './bench-film';
import { withFrames } from './bench-frames';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const SHOTS = 1_000;
/** Every tenth shot has its own frame image: 100 distinct images in the board. */
const FRAME_EVERY = 10;

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
    progress('storyboard PDF with frame images');
    const boarded = withFrames(file, FRAME_EVERY);
    const framed: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 2; i++)
      framed.push(await timedCpu(() => renderExport(boarded.file, 'pdf', { readAsset: boarded.readAsset })));
    const fountainMs = round(percentile(fountain, 50), 1);
    const pdfMs = round(Math.max(...pdf.map((p) => p.wall)), 0);
    const pdfCpuMs = round(Math.max(...pdf.map((p) => p.cpu)), 0);
    const framedMs = round(Math.max(...framed.map((p) => p.wall)), 0);
    const framedCpuMs = round(Math.max(...framed.map((p) => p.cpu)), 0);
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
      {
        name: 'export.storyboard_pdf_1000_shots_100_frames_ms',
        value: framedMs,
        unit: 'ms',
        target: '< 10000 ms',
        pass: framedMs < 10_000,
        reference: pdfMs,
        ratio: round(framedMs / pdfMs, 2),
      },
      {
        name: 'export.storyboard_pdf_1000_shots_100_frames_cpu_ms',
        value: framedCpuMs,
        unit: 'ms',
        reference: pdfCpuMs,
        ratio: round(framedCpuMs / pdfCpuMs, 2),
      },
    ];
    return results;
  },
};
