// The real `storyloom chat … --json` binary in child processes: each turn is a fresh process, so context lives on disk only.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../../bin/storyloom.mjs');

interface ChatJson {
  reply: string;
  intent: string;
  created: { type: string; id: string; name: string }[];
  updated: { type: string; id: string; name: string }[];
  deleted: { type: string; id: string; name: string }[];
  blocked?: { code: string; reasons: string[]; remedies: { label: string; command: string }[] };
  sessionId: string;
  runId: string;
}

async function cli<T>(root: string, appDir: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [BIN, ...args, '--json', '--dir', root], {
    env: { ...process.env, STORYLOOM_APP_DIR: appDir, STORYLOOM_DATA_DIR: root },
    timeout: 90_000,
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines.at(-1)!) as T;
}

function projectFile(path: string): ProjectFile {
  return JSON.parse(readFileSync(join(path, 'project.json'), 'utf8')) as ProjectFile;
}

describe('storyloom chat (child process)', () => {
  it('create → "make her 32" → undo → redo, each turn in a new process', { timeout: 180_000 }, async () => {
    const root = makeTempDir('storyloom-cli-chat-');
    const appDir = makeTempDir('storyloom-cli-app-');
    const made = await cli<{ projectId: string; path: string }>(root, appDir, 'new', '--name', 'Cli Chat');

    const created = await cli<ChatJson>(
      root,
      appDir,
      'chat',
      made.projectId,
      'Create a character named Sarah, 28, journalist',
    );
    expect(Object.keys(created)).toEqual(expect.arrayContaining(['reply', 'intent', 'created', 'updated']));
    expect(created.intent).toBe('create');
    expect(created.reply).toBe('Created character Sarah (28, journalist).');
    expect(created.created).toEqual([
      { type: 'character', id: expect.stringMatching(/^[0-9A-Z]{26}$/), name: 'Sarah' },
    ]);
    const sarahId = created.created[0]!.id;
    let file = projectFile(made.path);
    expect(file.entities.characters).toHaveLength(1);
    expect(file.entities.characters[0]).toMatchObject({ id: sarahId, age: 28, createdVia: 'chat' });

    // The provenance is the user message the chat log persisted.
    const logDir = join(made.path, 'chat');
    const lines = readdirSync(logDir).flatMap((f) =>
      readFileSync(join(logDir, f), 'utf8').trim().split('\n'),
    );
    const user = lines
      .map((l) => JSON.parse(l) as { id: string; role: string; content: string })
      .find((m) => m.role === 'user');
    expect(user?.content).toBe('Create a character named Sarah, 28, journalist');
    expect(file.entities.characters[0]!.provenance?.messageId).toBe(user!.id);

    const modified = await cli<ChatJson>(root, appDir, 'chat', made.projectId, 'make her 32');
    expect(modified.intent).toBe('modify');
    expect(modified.updated.map((r) => r.id)).toEqual([sarahId]);
    expect(projectFile(made.path).entities.characters[0]!.age).toBe(32);

    const undone = await cli<ChatJson>(root, appDir, 'chat', made.projectId, 'undo');
    expect(undone.reply).toMatch(/^Undid/);
    file = projectFile(made.path);
    expect(file.entities.characters.map((c) => [c.id, c.age])).toEqual([[sarahId, 28]]);

    const redone = await cli<ChatJson>(root, appDir, 'chat', made.projectId, 'redo');
    expect(redone.reply).toMatch(/^Redid/);
    expect(projectFile(made.path).entities.characters.map((c) => [c.id, c.age])).toEqual([[sarahId, 32]]);
    // Every turn of the cycle went to the same (latest) session.
    expect(new Set([created, modified, undone, redone].map((r) => r.sessionId)).size).toBe(1);
  });

  it(
    'exterior location, slugline scene and "create 3 scenes", each in a new process (issue 10: failed before)',
    { timeout: 180_000 },
    async () => {
      const root = makeTempDir('storyloom-cli-chat-');
      const appDir = makeTempDir('storyloom-cli-app-');
      const made = await cli<{ projectId: string; path: string }>(root, appDir, 'new', '--name', 'Scenes');
      const say = (text: string): Promise<ChatJson> =>
        cli<ChatJson>(root, appDir, 'chat', made.projectId, text);

      const pier = await say('create a location: the old pier, exterior');
      expect(pier.created.map((r) => [r.type, r.name])).toEqual([['location', 'Old Pier']]);
      expect(projectFile(made.path).entities.locations[0]).toMatchObject({
        name: 'Old Pier',
        setting: 'exterior',
      });

      await say('Create a character named Sarah, 28, journalist');
      const scene = await say('add a scene INT. DINER - NIGHT where Sarah meets Tom');
      expect(scene.created.map((r) => [r.type, r.name])).toEqual([
        ['location', 'Diner'],
        ['scene', 'INT. DINER - NIGHT'],
      ]);
      expect(scene.reply).toContain('Tom is not in the project');
      let file = projectFile(made.path);
      const diner = file.entities.locations.find((l) => l.name === 'Diner');
      expect(diner?.setting).toBe('interior');
      expect(file.entities.scenes[0]).toMatchObject({
        heading: 'INT. DINER - NIGHT',
        locationId: diner!.id,
        timeOfDay: 'NIGHT',
        characterIds: [file.entities.characters[0]!.id],
      });

      const counted = await say('create 3 scenes');
      expect(counted.intent).toBe('bulk_create');
      expect(counted.created.map((r) => r.type)).toEqual(['scene', 'scene', 'scene']);
      file = projectFile(made.path);
      expect(file.entities.characters.map((c) => c.name)).toEqual(['Sarah']);
      expect(file.entities.scenes.map((s) => s.number)).toEqual([1, 2, 3, 4]);
      const places = new Set(file.entities.locations.map((l) => l.id));
      expect(file.entities.scenes.every((s) => s.locationId && places.has(s.locationId))).toBe(true);
    },
  );

  it(
    'a blocked advance prints blocked {code, reasons, remedies} and exits 0',
    { timeout: 120_000 },
    async () => {
      const root = makeTempDir('storyloom-cli-chat-');
      const appDir = makeTempDir('storyloom-cli-app-');
      const made = await cli<{ projectId: string; path: string }>(root, appDir, 'new', '--name', 'Blocked');
      const result = await cli<ChatJson>(root, appDir, 'chat', made.projectId, 'move on to scene breakdown');
      expect(result.intent).toBe('advance');
      expect(result.blocked?.code).toBe('WORKFLOW_NEEDS_CONCEPT');
      expect(result.blocked?.reasons.length).toBeGreaterThan(0);
      expect(result.blocked?.remedies.map((r) => r.command)).toContain('write a logline');
      expect(projectFile(made.path).project.workflow.current).not.toBe('scene_breakdown');
    },
  );
});
