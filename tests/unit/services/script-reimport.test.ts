// Re-importing a changed script into its project (project:reimport): scenes updated in place, shots and hand edits kept.
import { afterAll, describe, expect, it } from 'vitest';
import { projectHandlers } from '../../../src-main/services/project-handlers';
import { scriptHandlers } from '../../../src-main/services/script-handlers';
import { pipelineServices } from '../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { runCliIn } from '../../fixtures/cli-run';
import { makeTempDir } from '../../fixtures/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

afterAll(removeTempDirs);

const WEB = { transport: 'web' as const };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const DRAFT_1 = [
  'INT. HARBOUR OFFICE - NIGHT',
  '',
  'Rain on the glass.',
  '',
  'MARA',
  'The ferry is late again.',
  '',
  'EXT. PIER - NIGHT',
  '',
  'MARA',
  'Then we wait.',
  '',
  'INT. BLUE ANCHOR - NIGHT',
  '',
  'HENRIK',
  'One more.',
  '',
].join('\n');

/** Draft 2: the pier scene's line changes, a scene is added after it, the office is untouched. */
const DRAFT_2 = DRAFT_1.replace('Then we wait.', 'Then we swim.').replace(
  'INT. BLUE ANCHOR - NIGHT',
  'EXT. BEACH - DAWN\n\nTOMAS\nThere it is.\n\nINT. BLUE ANCHOR - NIGHT',
);

describe('project:reimport', () => {
  it('updates changed scenes in place, adds new ones, keeps shots and hand edits, and reports it', async () => {
    const services = pipelineServices();
    const projects = projectHandlers(services);
    const script = scriptHandlers(services);
    const imported = await projects['project:import'](
      { fileName: 'harbour.fountain', base64: b64(DRAFT_1) },
      WEB,
    );
    const session = await services.projects.open(imported.id);
    const [office, pier, anchor] = [...session.file.entities.scenes].sort((a, b) => a.number - b.number);
    await session.createEntity(
      'shot',
      { sceneId: pier!.id, number: 1, size: 'WS', angle: 'eye', movement: 'static' },
      { via: 'manual' },
    );
    await session.updateEntity('scene', anchor!.id, { summary: 'Henrik drinks.' }, { via: 'manual' });

    const report = await script['project:reimport'](
      { projectId: imported.id, fileName: 'harbour.fountain', base64: b64(DRAFT_2) },
      WEB,
    );
    expect(report).toMatchObject({
      added: ['EXT. BEACH - DAWN'],
      updated: ['EXT. PIER - NIGHT'],
      unchanged: 1,
      keptEdits: ['INT. BLUE ANCHOR - NIGHT'],
      missing: [],
      shotsKept: 1,
    });
    const scenes = [...session.file.entities.scenes].sort((a, b) => a.number - b.number);
    expect(scenes.map((s) => s.heading)).toEqual([
      'INT. HARBOUR OFFICE - NIGHT',
      'EXT. PIER - NIGHT',
      'EXT. BEACH - DAWN',
      'INT. BLUE ANCHOR - NIGHT',
    ]);
    expect(scenes[0]!.id).toBe(office!.id);
    expect(scenes[1]!.id).toBe(pier!.id);
    expect(scenes[1]!.elements.map((e) => e.text)).toContain('Then we swim.');
    expect(session.file.entities.shots[0]!.sceneId).toBe(pier!.id);
    expect(scenes[3]!.summary).toBe('Henrik drinks.');

    // The same draft again changes nothing and duplicates nothing.
    const again = await script['project:reimport'](
      { projectId: imported.id, fileName: 'harbour.fountain', base64: b64(DRAFT_2) },
      WEB,
    );
    expect(again.change).toBeNull();
    expect(again.added).toEqual([]);
    expect(session.file.entities.scenes).toHaveLength(4);
    await services.shutdown();
  });

  it('refuses a manuscript: there are no scene headings to match', async () => {
    const services = pipelineServices();
    const imported = await projectHandlers(services)['project:import'](
      { fileName: 'a.fountain', base64: b64(DRAFT_1) },
      WEB,
    );
    await expect(
      scriptHandlers(services)['project:reimport'](
        {
          projectId: imported.id,
          fileName: 'notes.txt',
          base64: b64('Mara walked to the pier. She waited for the ferry.'),
        },
        WEB,
      ),
    ).rejects.toMatchObject({ code: 'REIMPORT_NOT_SCREENPLAY' });
    await services.shutdown();
  });
});

describe('storyloom import <file> --into <project>', () => {
  it('re-imports into the project and prints what changed', async () => {
    const root = makeTempDir('storyloom-reimport-');
    const first = join(root, 'harbour.fountain');
    writeFileSync(first, DRAFT_1);
    const made = await runCliIn(root, ['import', first, '--json']);
    const { projectId } = JSON.parse(made.out) as { projectId: string };
    writeFileSync(first, DRAFT_2);
    const run = await runCliIn(root, ['import', first, '--into', projectId, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({
      projectId,
      added: ['EXT. BEACH - DAWN'],
      updated: ['EXT. PIER - NIGHT'],
      unchanged: 2,
    });
    const human = await runCliIn(root, ['import', first, '--into', projectId]);
    expect(human.out).toMatch(/Scenes: 0 updated, 0 added, 4 unchanged; 0 shots kept\./);
  });
});
