// `storyloom chat` in child processes: a relationship statement changes the relationship, and undo restores it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../../bin/storyloom.mjs');

async function cli<T>(root: string, appDir: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [BIN, ...args, '--json', '--dir', root], {
    env: { ...process.env, STORYLOOM_APP_DIR: appDir, STORYLOOM_DATA_DIR: root },
    timeout: 90_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}
const relationships = (path: string) =>
  (JSON.parse(readFileSync(join(path, 'project.json'), 'utf8')) as ProjectFile).entities.relationships;

describe('storyloom chat edits a relationship (child process)', () => {
  it(
    '"Sarah stops trusting Tom" lowers trust with the words as the reason; undo restores it',
    { timeout: 240_000 },
    async () => {
      const root = makeTempDir('storyloom-rel-cli-');
      const appDir = makeTempDir('storyloom-rel-app-');
      const made = await cli<{ projectId: string; path: string }>(root, appDir, 'new', '--name', 'Rel Cli');
      await cli(root, appDir, 'chat', made.projectId, 'Create a character named Sarah');
      await cli(root, appDir, 'chat', made.projectId, 'Create a character named Tom');
      await cli(root, appDir, 'chat', made.projectId, 'Sarah and Tom are friends');
      const [before] = relationships(made.path);
      expect(before).toMatchObject({ kind: 'friendship', trust: 0.7 });

      const edit = await cli<{ intent: string; updated: { id: string }[] }>(
        root,
        appDir,
        'chat',
        made.projectId,
        'Sarah stops trusting Tom',
      );
      expect(edit.intent).toBe('modify');
      expect(edit.updated.map((r) => r.id)).toEqual([before!.id]);
      const [changed] = relationships(made.path);
      expect(changed!.trust).toBe(0.1);
      expect(changed!.history.at(-1)).toMatchObject({
        cause: 'chat',
        reason: '“Sarah stops trusting Tom”',
        dTrust: -0.6,
      });

      await cli(root, appDir, 'chat', made.projectId, 'undo');
      expect(relationships(made.path)).toEqual([before]);
    },
  );
});
