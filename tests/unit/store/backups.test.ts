// Rotating backups: newest 10 kept, listed newest first, written from validated bytes only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_DIR, BACKUPS_KEPT, listBackups, writeBackup } from '../../../src-main/store/backups';
import { serializeProjectFile } from '../../../src-main/store/serialize-project';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('backups', () => {
  it(`rotates, keeping the newest ${BACKUPS_KEPT}`, async () => {
    const dir = makeTempDir();
    const start = Date.UTC(2030, 0, 1);
    for (let i = 0; i < 15; i++) await writeBackup(dir, `{"n":${i}}`, new Date(start + i * 60_000));
    const files = readdirSync(join(dir, BACKUP_DIR));
    expect(files).toHaveLength(BACKUPS_KEPT);
    const listed = await listBackups(dir);
    expect(listed).toHaveLength(BACKUPS_KEPT);
    // Newest first: backups 14 … 5 survive.
    expect(listed.map((b) => readFileSync(join(dir, BACKUP_DIR, b.file), 'utf8'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `{"n":${14 - i}}`),
    );
    expect(listed[0]!.bytes).toBe(`{"n":14}`.length);
    expect(files.some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('names tagged backups and lists nothing for a project without backups', async () => {
    const dir = makeTempDir();
    expect(await listBackups(dir)).toEqual([]);
    const name = await writeBackup(dir, '{}', new Date(Date.UTC(2030, 0, 1)), 'pre-migration-v0');
    expect(name).toBe('project-2030-01-01T00-00-00-000Z-pre-migration-v0.json');
  });

  it('a session backs up the bytes it wrote on open and on its first checkpoint of project.json', async () => {
    const { session, repo, dir } = await openFreshProject();
    const onOpen = await listBackups(dir);
    expect(onOpen).toHaveLength(1);
    await session.createEntity('character', { name: 'Backed up' }, { via: 'manual' });
    // Changes are journaled; backups are taken from the bytes of a project.json checkpoint.
    await session.checkpoint();
    const after = await listBackups(dir);
    expect(after.length).toBeGreaterThanOrEqual(1);
    const newest = readFileSync(join(dir, BACKUP_DIR, after[0]!.file), 'utf8');
    expect(newest).toBe(serializeProjectFile(session.file));
    await repo.closeAll();
  });
});
