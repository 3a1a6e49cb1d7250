// `storyloom chat … --json` plays a simulated scene: {simulation: {turns, changes}}; kept in one run, discarded in the next.
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

interface SimJson {
  intent: string;
  simulation?: {
    status: string;
    turns: { speaker: string; characterId: string; text: string }[];
    changes: { relationshipId: string; dStrength: number; dTrust: number; reason: string }[];
  };
}

async function cli<T>(root: string, appDir: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [BIN, ...args, '--json', '--dir', root], {
    env: { ...process.env, STORYLOOM_APP_DIR: appDir, STORYLOOM_DATA_DIR: root },
    timeout: 90_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}
const project = (path: string) => JSON.parse(readFileSync(join(path, 'project.json'), 'utf8')) as ProjectFile;

describe('storyloom chat simulate (child process)', () => {
  it(
    'a confrontation returns ≥ 4 turns in character; its changes are kept, a second run is discarded',
    { timeout: 300_000 },
    async () => {
      const root = makeTempDir('storyloom-sim-cli-');
      const appDir = makeTempDir('storyloom-sim-app-');
      const made = await cli<{ projectId: string; path: string }>(root, appDir, 'new', '--name', 'Sim Cli');
      await cli(root, appDir, 'chat', made.projectId, 'Create a character named Sarah');
      await cli(root, appDir, 'chat', made.projectId, 'Create a character named John');

      const first = await cli<SimJson>(
        root,
        appDir,
        'chat',
        made.projectId,
        'Have Sarah confront John about the missing money',
      );
      expect(first.intent).toBe('simulate');
      const sim = first.simulation!;
      expect(sim.turns.length).toBeGreaterThanOrEqual(4);
      const ids = Object.fromEntries(project(made.path).entities.characters.map((c) => [c.name, c.id]));
      for (const t of sim.turns) expect(t.characterId).toBe(ids[t.speaker]);
      expect(sim.changes.length).toBe(sim.turns.length);
      expect(sim.changes[0]).toEqual({
        relationshipId: expect.any(String),
        dStrength: expect.any(Number),
        dTrust: expect.any(Number),
        reason: expect.stringMatching(/^Sarah: “/),
      });
      expect(project(made.path).entities.relationships).toEqual([]);

      await cli(root, appDir, 'chat', made.projectId, 'keep the scene');
      const kept = project(made.path).entities.relationships;
      expect(kept).toHaveLength(1);
      expect(kept[0]!.id).toBe(sim.changes[0]!.relationshipId);
      expect(kept[0]!.history.filter((e) => e.cause === 'simulation')).toHaveLength(sim.changes.length + 1);

      const second = await cli<SimJson>(
        root,
        appDir,
        'chat',
        made.projectId,
        'Have John confront Sarah about the lies',
      );
      expect(second.simulation!.turns.length).toBeGreaterThanOrEqual(4);
      const discarded = await cli<SimJson>(root, appDir, 'chat', made.projectId, 'discard it');
      expect(discarded.simulation?.status).toBe('discarded');
      expect(project(made.path).entities.relationships).toEqual(kept);
    },
  );
});
