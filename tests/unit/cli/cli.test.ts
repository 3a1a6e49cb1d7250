// The `storyloom` CLI through runCli with a fake io: help, version, new/list, export → import, usage errors.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import type { CliIo } from '../../../src-main/cli/cli-types';
import { APP_VERSION } from '../../../src-main/shared/app-version';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI with captured output; the env points at a temp root so nothing touches the real home folder. */
async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv = { STORYLOOM_DATA_DIR: makeTempDir() },
): Promise<Run> {
  const run: Run = { code: -1, stdout: [], stderr: [] };
  const io: CliIo = {
    stdout: (t) => run.stdout.push(t),
    stderr: (t) => run.stderr.push(t),
    isTty: false,
    env,
  };
  run.code = await runCli(argv, io);
  return run;
}
const json = <T>(run: Run): T => JSON.parse(run.stdout.at(-1)!) as T;

describe('storyloom CLI', () => {
  it('--help lists every command and exits 0; no arguments prints help and exits 1', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    const text = help.stdout.join('\n');
    for (const name of ['new', 'list', 'import', 'export', 'serve', 'bench'])
      expect(text).toContain(`storyloom ${name}`);
    expect(text).toContain('--json');
    const bare = await cli([]);
    expect(bare.code).toBe(1);
    expect(bare.stdout.join('\n')).toContain('Usage:');
  });

  it('--version prints the version, as JSON with --json', async () => {
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: [APP_VERSION] });
    expect(json(await cli(['--version', '--json']))).toEqual({ version: APP_VERSION });
  });

  it('new --json prints {projectId, path}; list shows it', async () => {
    const dir = makeTempDir();
    const created = await cli(['new', '--name', 'Test', '--json', '--dir', dir]);
    expect(created.code).toBe(0);
    const out = json<{ projectId: string; path: string }>(created);
    expect(Object.keys(out).sort()).toEqual(['path', 'projectId']);
    expect(out.projectId).toMatch(/^[0-9A-Z]{26}$/);
    expect(existsSync(join(out.path, 'project.json'))).toBe(true);
    expect(out.path.startsWith(dir)).toBe(true);

    const listed = await cli(['list', '--json', '--dir', dir]);
    expect(listed.code).toBe(0);
    expect(json<{ id: string; name: string }[]>(listed).map((p) => [p.id, p.name])).toEqual([
      [out.projectId, 'Test'],
    ]);
    const human = await cli(['list', '--dir', dir]);
    expect(human.stdout.join('\n')).toContain(out.projectId);
  });

  it('uses STORYLOOM_DATA_DIR when --dir is absent', async () => {
    const dir = makeTempDir();
    const created = json<{ path: string }>(
      await cli(['new', '--name', 'Env', '--json'], { STORYLOOM_DATA_DIR: dir }),
    );
    expect(created.path.startsWith(dir)).toBe(true);
  });

  it('export then import round trip (a second import into the same root remaps ids)', async () => {
    const dir = makeTempDir();
    const { projectId } = json<{ projectId: string }>(
      await cli(['new', '--name', 'Trip', '--kind', 'commercial', '--json', '--dir', dir]),
    );
    const file = join(makeTempDir(), 'trip.storyloom');
    const exported = await cli([
      'export',
      projectId,
      '--format',
      'storyloom',
      '--out',
      file,
      '--json',
      '--dir',
      dir,
    ]);
    expect(exported.code).toBe(0);
    expect(json<{ path: string; bytes: number }>(exported)).toMatchObject({ path: file });
    expect(existsSync(file)).toBe(true);

    const elsewhere = makeTempDir();
    const imported = json<{ projectId: string; path: string; remappedIds: number }>(
      await cli(['import', file, '--json', '--dir', elsewhere]),
    );
    expect(imported.projectId).toBe(projectId);
    expect(imported.remappedIds).toBe(0);
    expect(existsSync(join(imported.path, 'project.json'))).toBe(true);
    const again = json<{ projectId: string; remappedIds: number }>(
      await cli(['import', file, '--json', '--dir', elsewhere]),
    );
    expect(again.projectId).not.toBe(projectId);
    expect(again.remappedIds).toBeGreaterThan(0);
    const listed = json<{ kind: string }[]>(await cli(['list', '--json', '--dir', elsewhere]));
    expect(listed.map((p) => p.kind)).toEqual(['commercial', 'commercial']);
  });

  it('refuses a hostile import file with exit 1 and a reason', async () => {
    const file = join(makeTempDir(), 'bad.storyloom');
    writeFileSync(file, 'plain text, not a zip');
    const run = await cli(['import', file, '--json', '--dir', makeTempDir()]);
    expect(run.code).toBe(1);
    expect(json<{ error: { code: string } }>(run).error.code).toBe('IMPORT_REJECTED');
    expect(run.stderr.join('\n')).toMatch(/^storyloom: .*not a zip file/);
  });

  it('takes the short names of a kind of project ("series", "Feature", "music video", "documentary")', async () => {
    const dir = makeTempDir();
    for (const [typed, kind] of [
      ['series', 'series-episode'],
      ['Feature', 'feature-film'],
      ['music video', 'music-video'],
      ['documentary', 'feature-film'],
      ['TV series', 'series-episode'],
    ]) {
      const made = json<{ path: string }>(
        await cli(['new', '--name', typed!, '--kind', typed!, '--json', '--dir', dir]),
      );
      const saved = JSON.parse(readFileSync(join(made.path, 'project.json'), 'utf8'));
      expect(saved.project.kind).toBe(kind);
    }
  });

  it('usage errors exit 2: unknown command, unknown option, bad --kind, bad --seed, missing arguments', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('Unknown command "frobnicate"');
    expect((await cli(['list', '--no-such-option'])).code).toBe(2);
    expect((await cli(['new', '--name', 'X', '--kind', 'opera'])).code).toBe(2);
    expect((await cli(['new', '--name', 'X', '--seed', 'abc'])).code).toBe(2);
    expect((await cli(['import'])).code).toBe(2);
    expect((await cli(['export'])).code).toBe(2);
    const asJson = await cli(['frobnicate', '--json']);
    expect(json<{ error: { code: string } }>(asJson).error.code).toBe('CLI_USAGE');
  });

  it('other failures exit 1: missing file, unsupported import type, unknown project', async () => {
    const dir = makeTempDir();
    expect((await cli(['import', join(dir, 'missing.storyloom'), '--dir', dir])).code).toBe(1);
    expect((await cli(['import', join(dir, 'script.fountain'), '--dir', dir])).code).toBe(1);
    const missing = await cli([
      'export',
      '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      '--out',
      join(dir, 'x.storyloom'),
      '--json',
      '--dir',
      dir,
    ]);
    expect(missing.code).toBe(1);
    expect(json<{ error: { code: string } }>(missing).error.code).toBe('PROJECT_NOT_FOUND');
  });

  it('reserved and in-progress commands (parse, chat, analyze) answer with an exit code instead of crashing', async () => {
    const dir = makeTempDir();
    for (const argv of [
      ['parse', 'add a character named Ada', '--json'],
      ['chat', '--json'],
      ['analyze', join(dir, 'missing.txt'), '--json'],
    ]) {
      const run = await cli([...argv, '--dir', dir], { STORYLOOM_DATA_DIR: dir });
      expect(Number.isInteger(run.code), argv.join(' ')).toBe(true);
      expect(run.code).toBeGreaterThanOrEqual(0);
    }
  });
});
