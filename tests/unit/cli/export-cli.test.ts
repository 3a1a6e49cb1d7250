// `storyloom export --format …` and chat "export …" write every document format from one generated project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../../fixtures/cli-run';
import { parseFountain } from '../../../src-main/formats/screenplay/parse-fountain';
import { createServices } from '../../../src-main/services';
import { pipelineServices, runIdea } from '../../fixtures/pipeline-harness';
import { pdfPages } from '../../fixtures/poppler';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

let root = '';
let projectId = '';
let shots = 0;
let scenes = 0;

beforeAll(async () => {
  root = makeTempDir('storyloom-export-');
  const run = await runIdea('short-film', 4, pipelineServices(undefined, root));
  await run.services.shutdown();
  projectId = run.projectId;
  shots = run.file.entities.shots.length;
  scenes = run.file.entities.scenes.length;
});

const cli = (argv: string[]) => runCliIn(root, argv);

describe('storyloom export --format', () => {
  it('writes fountain, fdx, screenplay-pdf, pdf, csv and bible files that read back', async () => {
    const dir = makeTempDir();
    for (const format of ['fountain', 'fdx', 'screenplay-pdf', 'pdf', 'csv', 'bible']) {
      const out = join(dir, `out.${format}`);
      const run = await cli(['export', projectId, '--format', format, '--out', out, '--json']);
      expect(run.code, run.err).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ path: out, format });
    }
    expect(parseFountain(readFileSync(join(dir, 'out.fountain'), 'utf8')).scenes).toHaveLength(scenes);
    expect(readFileSync(join(dir, 'out.fdx'), 'utf8')).toContain('Type="Scene Heading"');
    expect(
      Papa.parse(readFileSync(join(dir, 'out.csv'), 'utf8'), { skipEmptyLines: true }).data,
    ).toHaveLength(shots + 1);
    expect(pdfPages(join(dir, 'out.pdf'))).toBe(Math.ceil(shots / 6));
    expect(pdfPages(join(dir, 'out.screenplay-pdf'))).toBeGreaterThan(2);
    expect(pdfPages(join(dir, 'out.bible'))).toBeGreaterThan(0);
    const twelve = join(dir, 'twelve.pdf');
    expect(
      (await cli(['export', projectId, '--format', 'pdf', '--panels', '12', '--out', twelve])).code,
    ).toBe(0);
    expect(pdfPages(twelve)).toBe(Math.ceil(shots / 12));
  });

  it('refuses an unknown format or panel count with a usage error (exit 2) and writes nothing', async () => {
    const out = join(makeTempDir(), 'x.docx');
    const bad = await cli(['export', projectId, '--format', 'docx', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('fountain, fdx, screenplay-pdf, pdf, csv, bible');
    expect((await cli(['export', projectId, '--format', 'pdf', '--panels', '5', '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('chat: "export the shot list as CSV"', () => {
  it('writes the file under the project exports/ folder and names it in the reply', async () => {
    const services = createServices({ root, transport: 'cli', appDir: makeTempDir('storyloom-app-') });
    const turn = await services.chat.send(projectId, 'export the shot list as CSV');
    const dir = (await services.projects.open(projectId)).dir;
    await services.shutdown();
    expect(turn.intent).toBe('export');
    const name = /exports\/([^:]+\.csv)/.exec(turn.reply)?.[1];
    expect(name, turn.reply).toBeDefined();
    const csv = readFileSync(join(dir, 'exports', name!), 'utf8');
    expect(Papa.parse(csv, { skipEmptyLines: true }).data).toHaveLength(shots + 1);
  });

  it('asks which document when the request names none', async () => {
    const services = createServices({ root, transport: 'cli', appDir: makeTempDir('storyloom-app-') });
    const turn = await services.chat.send(projectId, 'export it');
    await services.shutdown();
    expect(turn.reply).toMatch(/What should I export/);
    expect(turn.choices.map((c) => c.command)).toContain('export the shot list (CSV)');
  });
});
