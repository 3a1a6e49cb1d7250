// serializeProjectFile: the cached incremental serializer must always equal JSON.stringify of the live data.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeProjectFile } from '../../../src-main/store/serialize-project';
import { newProjectFile } from '../../../src-main/store/new-project';
import { seededProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('serializeProjectFile', () => {
  it('equals JSON.stringify for a new project', () => {
    const file = newProjectFile('Empty', 'feature-film', { seed: 7 });
    expect(serializeProjectFile(file)).toBe(JSON.stringify(file));
  });

  it('equals JSON.stringify after creates, updates, deletes, undo and redo (cache never goes stale)', async () => {
    const { session, repo, ids } = await seededProject();
    const check = () => expect(serializeProjectFile(session.file)).toBe(JSON.stringify(session.file));
    check();
    await session.updateEntity('character', ids.ada, { age: 35, traits: ['brave'] }, { via: 'manual' });
    check();
    await session.deleteEntity('character', ids.ben);
    check();
    await session.undo();
    check();
    await session.redo();
    check();
    await session.updateMeta({ logline: 'A diner at night.' }, 'logline');
    check();
    await repo.closeAll();
  });

  it('writes exactly the serialized bytes to project.json (at a checkpoint)', async () => {
    const { session, repo } = await seededProject();
    await session.checkpoint();
    expect(readFileSync(session.path, 'utf8')).toBe(serializeProjectFile(session.file));
    await repo.closeAll();
  });
});
