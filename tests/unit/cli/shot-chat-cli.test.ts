// `storyloom chat` adds, changes and deletes shots of a numbered scene (issue 11: "add a close-up of … to scene 3").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Shot } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { seededProject } from '../../fixtures/project-fixtures';
import { runCliIn } from '../../fixtures/cli-run';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const savedAppDir = process.env.STORYLOOM_APP_DIR;
afterEach(() => {
  if (savedAppDir === undefined) delete process.env.STORYLOOM_APP_DIR;
  else process.env.STORYLOOM_APP_DIR = savedAppDir;
});
afterAll(removeTempDirs);

interface Turn {
  reply: string;
  intent: string;
  created: { id: string }[];
  updated: { id: string }[];
  deleted: { id: string }[];
}

describe('storyloom chat on shots', () => {
  it(
    'adds a close-up to a scene, changes a shot by number, deletes one and renumbers; undo restores',
    {
      timeout: 120_000,
    },
    async () => {
      process.env.STORYLOOM_APP_DIR = makeTempDir('storyloom-shot-app-');
      const { root, dir, projectId, session, ids } = await seededProject('Shots');
      await session.close();
      const chat = async (text: string) => {
        const run = await runCliIn(root, ['chat', projectId, text, '--json']);
        expect(run.code, run.err).toBe(0);
        return JSON.parse(run.out.trim().split('\n').at(-1)!) as Turn;
      };
      const shots = () =>
        (JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as ProjectFile).entities.shots
          .filter((s) => s.sceneId === ids.scene1)
          .sort((a, b) => a.number - b.number);

      const added = await chat("add a close-up of Ada's hands to scene 1");
      expect(added.created).toHaveLength(1);
      expect(added.reply).toMatch(/^Added .*Shot 1\.2.* to scene 1: CU, 85mm — Ada's hands\.$/);
      expect(shots()[1]).toMatchObject<Partial<Shot>>({
        number: 2,
        size: 'CU',
        lensMm: 85,
        description: "Ada's hands",
        characterIds: [ids.ada],
        createdVia: 'chat',
      });

      const wide = await chat('make shot 1 of scene 1 a wide shot');
      expect(wide.updated.map((r) => r.id)).toEqual([ids.shot]);
      // The shot had no lens of its own: a wide shot gets a wide lens with it.
      expect(shots()[0]).toMatchObject({ size: 'WS', lensMm: 24 });

      await chat('change shot 2 in scene 1 to a low angle');
      expect(shots()[1]).toMatchObject({ angle: 'low', size: 'CU' });

      const gone = await chat('delete shot 1 of scene 1');
      expect(gone.deleted.map((r) => r.id)).toEqual([ids.shot]);
      expect(shots().map((s) => [s.description, s.number])).toEqual([["Ada's hands", 1]]);

      await chat('undo');
      expect(shots().map((s) => s.id)).toEqual([ids.shot, added.created[0]!.id]);

      const missing = await chat('make shot 5 of scene 1 a wide shot');
      expect(missing.reply).toBe('Scene 1 has no shot 5; it has 2 shots.');
      expect((await chat('add a close-up to scene 9')).reply).toBe('There is no scene 9 in this project.');
    },
  );
});
