// Opening an old project with a (synthetic) registered migration: the pre-migration bytes are backed up, then rewritten.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as MigrationsModule from '../../../src-main/store/migrations';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

vi.mock('../../../src-main/store/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof MigrationsModule>();
  const v0ToV1 = {
    from: 0,
    describe: 'v0 → v1: logline0 becomes logline',
    up(data: Record<string, unknown>) {
      const { logline0, ...project } = data.project as Record<string, unknown>;
      return { ...data, project: { ...project, logline: logline0 } };
    },
  };
  return { ...real, MIGRATIONS: [v0ToV1] };
});

afterAll(removeTempDirs);

describe('opening a v0 project with the v0→v1 migration registered', () => {
  it('backs up the original bytes, writes the migrated v1 file and opens it writable', async () => {
    const { repo, dir, root, projectId } = await openFreshProject();
    await repo.closeAll();
    const current = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const v0 = JSON.stringify({
      ...current,
      schemaVersion: 0,
      project: { ...current.project, logline0: 'A heist at dawn.' },
    });
    writeFileSync(join(dir, 'project.json'), v0);

    const again = new ProjectRepository({ root });
    const session = await again.open(projectId);
    expect(session.readOnly).toBe(false);
    expect(session.file.project.logline).toBe('A heist at dawn.');
    const onDisk = JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8')) as {
      schemaVersion: number;
      project: Record<string, unknown>;
    };
    expect(onDisk.schemaVersion).toBe(1);
    expect(onDisk.project.logline0).toBeUndefined();
    const preMigration = readdirSync(join(dir, 'backups')).filter((n) =>
      n.endsWith('-pre-migration-v0.json'),
    );
    expect(preMigration).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', preMigration[0]!), 'utf8')).toBe(v0);
    await again.closeAll();
  });
});
