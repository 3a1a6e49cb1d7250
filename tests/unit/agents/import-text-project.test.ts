// Text imports build the project in memory and make it appear atomically; errors name the line and leave nothing.
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeIntoSession, importTextProject } from '../../../src-main/agents/analyze-source';
import { AppFailure } from '../../../src-main/shared/failure';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const SCRIPT = [
  'INT. HARBOUR - NIGHT',
  '',
  'Anna waits by the water.',
  '',
  'ANNA',
  'We should go.',
  '',
  'PETER',
  'Yes.',
  '',
  'EXT. STREET - DAY',
  '',
  'ANNA',
  'Again.',
  '',
].join('\n');

let root: string;
let repo: ProjectRepository;
beforeEach(() => {
  root = makeTempDir('storyloom-import-');
  repo = new ProjectRepository({ root });
});
afterEach(async () => {
  await repo.closeAll();
  removeTempDirs();
});

const visible = () => readdirSync(root).filter((n) => !n.startsWith('.'));

describe('atomic text import (issue 8, finding 8)', () => {
  it('imports a screenplay as a new project whose analysis is its one undoable change', async () => {
    const bytes = new Uint8Array(Buffer.from(SCRIPT));
    const { file, dir, counts } = await importTextProject(repo, bytes, 'harbour.fountain', {
      name: 'Harbour',
      kind: 'short-film',
    });
    expect(counts).toMatchObject({ characters: 2, scenes: 2 });
    const session = await repo.open(file.project.id);
    expect(session.dir).toBe(dir);
    expect(session.file.entities.characters.map((c) => c.name).sort()).toEqual(['Anna', 'Peter']);
    expect(session.canUndo).toBe(true);
    await session.undo();
    expect(session.file.entities.characters).toEqual([]);
    expect(visible()).toHaveLength(1);
  });
  it('a field-length error names the line of the file and leaves no project behind', async () => {
    const longCue = `INT. HOUSE - DAY\n\n${'A'.repeat(300)}\nHello.\n\nEXT. STREET - DAY\n\nBOB\nHi.\n`;
    let failure: unknown;
    try {
      await importTextProject(repo, new Uint8Array(Buffer.from(longCue)), 'long.fountain', {
        name: 'Long',
        kind: 'short-film',
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).message).toMatch(/^Line 3 of long\.fountain: .*character\.name/);
    expect((failure as AppFailure).details?.line).toBe(3);
    expect(visible()).toEqual([]);
    expect(await repo.list()).toEqual([]);
  });
  it('binary content is refused before anything is created', async () => {
    const bytes = new Uint8Array(Buffer.from('INT. HOUSE\0\0\0 - DAY\n\nANNA\nHi.\n'));
    await expect(
      importTextProject(repo, bytes, 'bin.fountain', { name: 'Bin', kind: 'short-film' }),
    ).rejects.toMatchObject({ code: 'IMPORT_NOT_TEXT' });
    expect(readdirSync(root)).toEqual([]);
  });
  it('a failure while the folder is assembled removes the staging folder; nothing is listed', async () => {
    const summary = await repo.create('Seed', 'short-film');
    const session = await repo.open(summary.id);
    await expect(
      repo.writeNewProject(
        structuredClone({
          ...session.file,
          project: { ...session.file.project, id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        }),
        async () => {
          throw new Error('disk full');
        },
      ),
    ).rejects.toThrow('disk full');
    expect(visible()).toHaveLength(1);
    expect(readdirSync(`${root}/.staging`)).toEqual([]);
  });
  it('a chat paste full of control characters is refused before analysis (nothing committed)', async () => {
    const summary = await repo.create('Paste', 'short-film');
    const session = await repo.open(summary.id);
    const paste = `Anna and Peter ${'\u0001\u0002\u0003'.repeat(20)} went to Dover.`;
    await expect(analyzeIntoSession(session, paste, 'chat:m1', 'm1')).rejects.toMatchObject({
      code: 'IMPORT_NOT_TEXT',
    });
    expect(session.canUndo).toBe(false);
  });
});
