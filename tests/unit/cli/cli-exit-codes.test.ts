// Exit codes of `storyloom chat` (issue 8): every failure exits non-zero with a one-line reason — a chat refused by
// the lock (and nothing written), a bulk task whose items all failed, a full disk (ENOSPC).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../src-main/cli/cli-types';
import { runCli } from '../../../src-main/cli/run-cli';
import { DurableProjectAdapter } from '../../../src-main/store/durable-adapter';
import { JournalWriter } from '../../../src-main/store/project-journal';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { ProjectSession } from '../../../src-main/store/project-session';
import { AppFailure } from '../../../src-main/shared/failure';
import { listTree, makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
afterEach(() => vi.restoreAllMocks());

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function cli(argv: string[], root: string): Promise<Run> {
  const run: Run = { code: -1, stdout: [], stderr: [] };
  const io: CliIo = {
    stdout: (t) => run.stdout.push(t),
    stderr: (t) => run.stderr.push(t),
    isTty: false,
    env: { STORYLOOM_DATA_DIR: root, STORYLOOM_APP_DIR: join(root, '.app') },
  };
  run.code = await runCli(argv, io);
  return run;
}

async function project(name: string): Promise<{ root: string; dir: string; id: string }> {
  const root = makeTempDir('storyloom-exit-');
  const { id, path } = await new ProjectRepository({ root }).create(name, 'short-film');
  return { root, dir: path, id };
}

const oneLine = (run: Run): string => {
  expect(run.stderr).toHaveLength(1);
  expect(run.stderr[0]).not.toContain('\n');
  return run.stderr[0]!;
};

describe('storyloom chat exit codes', () => {
  it('exits 1 with the reason when another instance holds the project, and writes no chat line or queue', async () => {
    const { root, dir, id } = await project('Held');
    const app = new ProjectRepository({ root, owner: 'Storyloom electron' });
    await app.open(id);
    const before = listTree(dir);
    const run = await cli(['chat', dir, 'create 3 characters', '--json'], root);
    expect(run.code).toBe(1);
    expect(oneLine(run)).toMatch(/read-only/);
    expect(JSON.parse(run.stdout.at(-1)!)).toMatchObject({ error: { code: 'PROJECT_READ_ONLY' } });
    expect(listTree(dir)).toEqual(before);
    expect(readdirSync(join(dir, 'chat'))).toEqual([]);
    expect(existsSync(join(dir, 'queue.json'))).toBe(false);
    await app.closeAll();
  });

  it('exits 1 when every item of the bulk task the message queued failed', async () => {
    const { root, dir } = await project('Bulk fails');
    const commit = ProjectSession.prototype.commit;
    vi.spyOn(ProjectSession.prototype, 'commit').mockImplementation(function (
      this: ProjectSession,
      label,
      ops,
    ) {
      if (ops.some((op) => op.after?.createdVia === 'bulk'))
        return Promise.reject(new AppFailure('PROJECT_LIMIT', 'refused for the test'));
      return commit.call(this, label, ops);
    });
    const run = await cli(['chat', dir, 'create 3 characters', '--json'], root);
    expect(run.code).toBe(1);
    expect(oneLine(run)).toMatch(/bulk task failed: 3 of 3 items failed/);
    expect(JSON.parse(run.stdout.at(-1)!)).toMatchObject({ task: { status: 'failed' } });
  });

  it('exits 0 when the bulk task succeeds', async () => {
    const { root, dir } = await project('Bulk works');
    const run = await cli(['chat', dir, 'create 3 characters', '--json'], root);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.at(-1)!).created).toHaveLength(3);
  });

  it('exits 1 on a full disk, without claiming the change will be saved later', async () => {
    const { root, dir } = await project('Full disk');
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    // Both physical writes fail: the journal append that acknowledges a change, and project.json's checkpoint.
    vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValue(enospc);
    vi.spyOn(DurableProjectAdapter.prototype, 'write').mockRejectedValue(enospc);
    const run = await cli(['chat', dir, 'create a character named Ada, 30', '--json'], root);
    expect(run.code).toBe(1);
    const reason = oneLine(run);
    expect(reason).toMatch(/ENOSPC|disk is full/);
    expect(reason).not.toMatch(/saved with the next write/);
  });
});
