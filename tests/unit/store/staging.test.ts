// The next start sweeps what killed imports, duplicates and creations left in <root>/.staging (issue 8), and only
// that: a live process's staging folder stays.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import {
  STAGING_DIR,
  STAGING_MAX_AGE_MS,
  stagingPath,
  sweepStaleStaging,
} from '../../../src-main/store/staging';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterEach(removeTempDirs);

/** A pid that was just alive and now is not (a process that exited, as a killed import's would be). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

/** A half-written staged project, as a process with `pid` would leave it. */
function leftover(root: string, pid: number): string {
  const own = stagingPath(root, 'Half imported-01ABC');
  const path = join(root, STAGING_DIR, basename(own).replace(`~${process.pid}.`, `~${pid}.`));
  mkdirSync(join(path, 'chat'), { recursive: true });
  writeFileSync(join(path, 'project.json'), '{"half":');
  return basename(path);
}

describe('stale staging folders', () => {
  it("a dead process's leftovers are removed by the next start's first list; a live process's stay", async () => {
    const root = makeTempDir('storyloom-staging-');
    const dead = leftover(root, deadPid());
    const live = leftover(root, process.ppid);
    const repo = new ProjectRepository({ root });
    expect(await repo.list()).toEqual([]);
    expect(readdirSync(join(root, STAGING_DIR))).toEqual([live]);
    expect(await repo.sweepStaging()).toEqual([dead]);
  });

  it('folders without an owner in their name go only once they are a day old', async () => {
    const root = makeTempDir('storyloom-staging-');
    mkdirSync(join(root, STAGING_DIR, 'old-style-abc123'), { recursive: true });
    mkdirSync(join(root, STAGING_DIR, 'recent-abc123'), { recursive: true });
    const old = (Date.now() - STAGING_MAX_AGE_MS - 60_000) / 1000;
    utimesSync(join(root, STAGING_DIR, 'old-style-abc123'), old, old);
    expect(await sweepStaleStaging(root)).toEqual(['old-style-abc123']);
    expect(readdirSync(join(root, STAGING_DIR))).toEqual(['recent-abc123']);
  });

  it('creating a project sweeps too, and a root without a staging folder is fine', async () => {
    const root = makeTempDir('storyloom-staging-');
    expect(await sweepStaleStaging(root)).toEqual([]);
    leftover(root, deadPid());
    await new ProjectRepository({ root }).create('Fresh', 'short-film');
    expect(readdirSync(join(root, STAGING_DIR))).toEqual([]);
    expect(existsSync(join(root, STAGING_DIR))).toBe(true);
  });
});
