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

  it(
    'changes lens, size, movement, duration and angle of a named shot, one undo step each; refuses the impossible',
    { timeout: 120_000 },
    async () => {
      process.env.STORYLOOM_APP_DIR = makeTempDir('storyloom-shot-app-');
      const { root, dir, projectId, session, ids } = await seededProject('Camera');
      const via = { via: 'manual' as const };
      const base = { size: 'MS', angle: 'eye', movement: 'static' };
      await session.createEntity('shot', { ...base, sceneId: ids.scene1, number: 2 }, via);
      await session.createEntity('shot', { ...base, sceneId: ids.scene2, number: 1 }, via);
      await session.close();
      const chat = async (text: string) => {
        const run = await runCliIn(root, ['chat', projectId, text, '--json']);
        expect(run.code, run.err).toBe(0);
        return JSON.parse(run.out.trim().split('\n').at(-1)!) as Turn;
      };
      const shot = (scene: string, number: number) =>
        (JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as ProjectFile).entities.shots.find(
          (s) => s.sceneId === scene && s.number === number,
        )!;
      const shots = () => readFileSync(join(dir, 'project.json'), 'utf8');

      const lens = await chat('use a 35mm lens for shot 1.2');
      expect(lens.intent).toBe('modify');
      expect(lens.updated.map((r) => r.id)).toEqual([shot(ids.scene1, 2).id]);
      expect(lens.reply).toMatch(/^Updated .*Shot 1\.2.*: MS, 35mm\.$/);
      expect(shot(ids.scene1, 2)).toMatchObject({ lensMm: 35, size: 'MS' });

      await chat('make shot 2.1 a close-up');
      expect(shot(ids.scene2, 1).size).toBe('CU');
      await chat('shot 1.2 should be a crane down');
      expect(shot(ids.scene1, 2)).toMatchObject({ movement: 'crane', lensMm: 35 });
      await chat('set the duration of shot 1.1 to 4 seconds');
      expect(shot(ids.scene1, 1)).toMatchObject({ durationSec: 4, size: 'CU' });
      await chat('change the angle of shot 1 in scene 2 to low angle');
      expect(shot(ids.scene2, 1)).toMatchObject({ angle: 'low', size: 'CU' });
      await chat('use a 50 on the second shot in scene 1');
      expect(shot(ids.scene1, 2).lensMm).toBe(50);

      const before = shots();
      const zero = await chat('put shot 1.2 on a 0mm lens');
      expect(zero.reply).toBe(
        'A 0mm lens is not possible: focal lengths run from 4mm to 1200mm. Nothing was changed.',
      );
      const unknown = await chat('use a 35mm lens for shot 9.9');
      expect(unknown.reply).toBe(
        'There is no shot 9.9: this project has no scene 9 (it has 2 scenes). Nothing was changed.',
      );
      expect(zero.updated.length + unknown.updated.length).toBe(0);
      expect(shots()).toBe(before);

      // Each change was its own undo step: undo takes back only the last lens.
      await chat('undo');
      expect(shot(ids.scene1, 2)).toMatchObject({ lensMm: 35, movement: 'crane' });
      expect(shot(ids.scene2, 1)).toMatchObject({ angle: 'low', size: 'CU' });
      await chat('undo');
      expect(shot(ids.scene2, 1).angle).toBe('eye');
      expect(shot(ids.scene1, 1).durationSec).toBe(4);
    },
  );
});
