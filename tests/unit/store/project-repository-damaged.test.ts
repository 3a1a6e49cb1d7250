// A damaged project stays listed (from its newest good backup, flagged), so the restore offer is reachable.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterEach(() => removeTempDirs());

describe('listing a damaged project', () => {
  it('lists it from the newest good backup with the damage, and restoring brings it back', async () => {
    const root = makeTempDir('storyloom-damaged-');
    const repo = new ProjectRepository({ root });
    const summary = await repo.create('Fragile', 'short-film');
    const session = await repo.open(summary.id);
    await session.createEntity('character', { name: 'Ann' }, { via: 'manual' });
    await repo.closeAll();
    writeFileSync(join(summary.path, 'project.json'), '{"schemaVersion": 1, "project": ');

    const fresh = new ProjectRepository({ root });
    const [listed] = await fresh.list();
    expect(listed?.id).toBe(summary.id);
    expect(listed?.damaged?.code).toBe('PROJECT_CORRUPT');
    expect(listed?.damaged?.backup).toMatch(/^project-.*\.json$/);
    await expect(fresh.open(summary.id)).rejects.toMatchObject({ code: 'PROJECT_CORRUPT' });
    const restored = await fresh.restoreBackup(summary.id);
    expect(restored.file.project.name).toBe('Fragile');
    expect((await fresh.list())[0]?.damaged).toBeUndefined();
    await fresh.closeAll();
  });

  it('leaves out a folder with neither a readable project.json nor a good backup', async () => {
    const root = makeTempDir('storyloom-damaged-');
    const repo = new ProjectRepository({ root });
    const summary = await repo.create('Lost', 'short-film');
    writeFileSync(join(summary.path, 'project.json'), 'garbage');
    expect(await new ProjectRepository({ root }).list()).toEqual([]);
  });
});
