// Migration runner with synthetic migrations, and refusal of newer or unknown schema versions without touching the file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../src-main/shared/failure';
import { migrateProject, type Migration } from '../../../src-main/store/migrations';
import { decodeProjectText } from '../../../src-main/store/project-file-codec';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { newProjectFile } from '../../../src-main/store/new-project';
import { LOCK_FILE } from '../../../src-main/store/project-lock';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A synthetic v0 that stored the project name as `title0`. */
const v0ToV1: Migration = {
  from: 0,
  describe: 'v0 → v1: title0 becomes project.name',
  up(data) {
    const { title0, ...project } = data.project as Record<string, unknown>;
    return { ...data, project: { ...project, name: title0 } };
  },
};

function v0Text(): string {
  const file = newProjectFile('Old', 'short-film', { seed: 1 }) as unknown as Record<string, unknown>;
  const { name, ...project } = file.project as Record<string, unknown>;
  return JSON.stringify({ ...file, schemaVersion: 0, project: { ...project, title0: name } });
}

function failureOf(action: () => unknown): AppFailure {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('expected a failure');
}

describe('migrateProject', () => {
  it('runs synthetic migrations in order and stamps each version', () => {
    const calls: number[] = [];
    const steps: Migration[] = [0, 1, 2].map((from) => ({
      from,
      describe: `step ${from}`,
      up: (data) => {
        calls.push(from);
        return { ...data, trail: [...((data.trail as number[]) ?? []), from] };
      },
    }));
    const out = migrateProject({ schemaVersion: 0 }, [steps[2]!, steps[0]!, steps[1]!], 3);
    expect(calls).toEqual([0, 1, 2]);
    expect(out.data).toEqual({ schemaVersion: 3, trail: [0, 1, 2] });
    expect(out.fromVersion).toBe(0);
    expect(out.applied).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('decodes a v0 file through a v0→v1 migration into a valid v1 project', () => {
    const decoded = decodeProjectText(v0Text(), 'project.json', [v0ToV1]);
    expect(decoded.migratedFrom).toBe(0);
    expect(decoded.file.schemaVersion).toBe(1);
    expect(decoded.file.project.name).toBe('Old');
  });

  it('a current file needs no migration', () => {
    const decoded = decodeProjectText(JSON.stringify(newProjectFile('New', 'commercial')), 'project.json', [
      v0ToV1,
    ]);
    expect(decoded.migratedFrom).toBeNull();
  });

  it('refuses a missing migration step, a newer schema and a non-numeric schemaVersion', () => {
    expect(failureOf(() => decodeProjectText(v0Text(), 'project.json', [])).code).toBe(
      'PROJECT_MIGRATION_MISSING',
    );
    const tooNew = failureOf(() => migrateProject({ schemaVersion: 99 }));
    expect(tooNew.code).toBe('PROJECT_TOO_NEW');
    expect(tooNew.message).toContain('99');
    for (const bad of ['abc', 1.5, -1, null]) {
      const failure = failureOf(() => migrateProject({ schemaVersion: bad }));
      expect(failure.code).toBe('PROJECT_SCHEMA_UNKNOWN');
      expect(failure.details?.field).toBe('schemaVersion');
    }
  });
});

describe('opening a project saved by a newer Storyloom', () => {
  it('is refused with PROJECT_TOO_NEW and the file, backups and lock are left untouched', async () => {
    const { repo, dir, root } = await openFreshProject();
    await repo.closeAll();
    const text = readFileSync(join(dir, 'project.json'), 'utf8').replace(
      '"schemaVersion":1',
      '"schemaVersion":99',
    );
    writeFileSync(join(dir, 'project.json'), text);
    const before = readdirSync(dir).sort();
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();
    await expect(new ProjectRepository({ root }).open(dir)).rejects.toMatchObject({
      code: 'PROJECT_TOO_NEW',
      message: expect.stringContaining('newer Storyloom'),
    });
    expect(readFileSync(join(dir, 'project.json'), 'utf8')).toBe(text);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
    expect(before).not.toContain(LOCK_FILE);
  });
});
