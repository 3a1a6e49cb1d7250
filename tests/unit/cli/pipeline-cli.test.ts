// The pipeline through the real `storyloom` binary: `new --idea` and a chat "make a film" turn, as a user runs them.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ULID_PATTERN } from '../../../src-preload/contract/entities';
import { parseMessage } from '../../../src-main/brains/offline/understand/parse-message';
import { normalizeProject, pipelineServices, ROBOT_IDEA, runIdea } from '../../fixtures/pipeline-harness';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const REPO_ROOT = resolve(__dirname, '../../..');
const BIN = join(REPO_ROOT, 'bin/storyloom.mjs');
const run = promisify(execFile);

afterAll(removeTempDirs);

/** Runs the binary with a private app dir; returns the parsed last stdout line (the --json result). */
async function storyloom(args: string[]): Promise<Record<string, unknown>> {
  const env = {
    ...process.env,
    STORYLOOM_APP_DIR: makeTempDir('storyloom-cli-app-'),
    STORYLOOM_DATA_DIR: makeTempDir('storyloom-cli-data-'),
  };
  const { stdout } = await run(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').at(-1)!;
  return JSON.parse(last) as Record<string, unknown>;
}

describe('storyloom CLI pipeline', () => {
  it('new --idea --kind short-film --json prints {projectId, path} of a fully generated project', async () => {
    const dir = makeTempDir('storyloom-cli-root-');
    const out = await storyloom([
      'new',
      '--idea',
      ROBOT_IDEA,
      '--kind',
      'short-film',
      '--seed',
      '21',
      '--dir',
      dir,
      '--json',
    ]);
    expect(Object.keys(out).sort()).toEqual(['path', 'projectId']);
    expect(out.projectId).toMatch(ULID_PATTERN);
    const path = out.path as string;
    expect(path.startsWith(dir)).toBe(true);
    expect(existsSync(join(path, 'project.json'))).toBe(true);

    const services = pipelineServices(undefined, dir);
    const file = (await services.projects.open(out.projectId as string)).file;
    await services.shutdown();
    expect(file.project.kind).toBe('short-film');
    expect(file.project.seed).toBe(21);
    expect(file.project.title).toBeTruthy();
    expect(file.entities.scenes.length).toBeGreaterThan(0);
    expect(file.entities.shots.length).toBeGreaterThanOrEqual(3 * file.entities.scenes.length);
    expect(['shot_list', 'casting', 'package']).toContain(file.project.workflow.current);
    // The CLI runs the same pipeline as the app: same seed, same film.
    const inProcess = await runIdea('short-film', 21);
    await inProcess.services.shutdown();
    expect(normalizeProject(file)).toEqual(normalizeProject(inProcess.file));
  });

  it('chat "Make a 2-minute film about …" --json waits for the run and reports it done', async () => {
    const dir = makeTempDir('storyloom-cli-root-');
    const created = await storyloom([
      'new',
      '--name',
      'Blank',
      '--kind',
      'short-film',
      '--seed',
      '4',
      '--dir',
      dir,
      '--json',
    ]);
    const out = await storyloom([
      'chat',
      created.path as string,
      'Make a 2-minute film about a lighthouse keeper who collects storms',
      '--json',
      '--dir',
      dir,
    ]);
    expect(out).toMatchObject({ intent: 'generate', run: { status: 'done' } });
    expect(typeof out.reply).toBe('string');
    const services = pipelineServices(undefined, dir);
    const file = (await services.projects.open(created.projectId as string)).file;
    await services.shutdown();
    expect(file.project.targetDurationSec).toBe(120);
    expect(file.entities.scenes.length).toBeGreaterThan(0);
    const total = file.entities.scenes.reduce((sum, s) => sum + (s.durationSec ?? 0), 0);
    expect(Math.abs(total - 120)).toBeLessThanOrEqual(18);
    expect(file.entities.shots.length).toBeGreaterThan(0);
  });

  // The eval scorers call `parse` and `analyze` once per line; the evals score in process, so the contract they
  // rely on (one JSON object on stdout, the same answer as in process) is checked here once.
  it('parse "<message>" --json prints the in-process answer as one JSON object', async () => {
    const message = 'Create a character named Sarah, 28, journalist';
    const out = await storyloom(['parse', message, '--json']);
    expect(out).toEqual(JSON.parse(JSON.stringify(parseMessage(message))));
    expect(out).toMatchObject({ intent: 'create', confidence: expect.any(Number) });
  });
});
