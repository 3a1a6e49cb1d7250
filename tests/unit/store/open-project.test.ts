// Opening damaged or foreign project files: a clear code, a remedy naming the newest good backup, the file untouched.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../src-main/shared/failure';
import { listBackups } from '../../../src-main/store/backups';
import { LOCK_FILE } from '../../../src-main/store/project-lock';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { seededProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** A closed project with a few changes and at least one good backup. */
async function closedProject() {
  const seeded = await seededProject('Damaged');
  await seeded.repo.closeAll();
  const good = readFileSync(join(seeded.dir, 'project.json'), 'utf8');
  return { ...seeded, good };
}

async function openFailure(root: string, projectRef: string): Promise<AppFailure> {
  try {
    await new ProjectRepository({ root }).open(projectRef);
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('expected the open to fail');
}

const damages: [string, (good: string) => string | Buffer, string, RegExp][] = [
  ['empty', () => '', 'PROJECT_CORRUPT', /empty or blank/],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), 'PROJECT_CORRUPT', /not valid JSON/],
  ['NUL-filled', (good) => Buffer.alloc(good.length), 'PROJECT_CORRUPT', /empty or blank/],
  [
    'invalid schema',
    (good) => good.replace('"name":"Ada"', '"name":42'),
    'PROJECT_INVALID',
    /entities\.characters\.0\.name/,
  ],
  ['wrong root', () => '[1,2,3]', 'PROJECT_SCHEMA_UNKNOWN', /project object/],
  [
    'forbidden key',
    (good) => good.replace('{"schemaVersion":1,', '{"schemaVersion":1,"__proto__":{"polluted":true},'),
    'PROJECT_FORBIDDEN_KEY',
    /__proto__/,
  ],
];

describe('opening a damaged project.json', () => {
  for (const [label, damage, code, message] of damages) {
    it(`${label}: ${code}, names the newest good backup, never overwrites the file`, async () => {
      const { root, dir, good } = await closedProject();
      const damaged = damage(good);
      writeFileSync(join(dir, 'project.json'), damaged);
      const newest = (await listBackups(dir))[0]!.file;
      // Open by folder path: a damaged project cannot be found by id.
      const failure = await openFailure(root, dir);
      expect(failure.code).toBe(code);
      expect(failure.message).toMatch(message);
      expect(failure.remedy).toContain(newest);
      expect(failure.details?.backup).toBe(newest);
      expect(readFileSync(join(dir, 'project.json'))).toEqual(Buffer.from(damaged));
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      expect(({}.constructor.prototype as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('skips a damaged newest backup and names the newest good one', async () => {
    const { root, dir } = await closedProject();
    const goodBackup = (await listBackups(dir))[0]!.file;
    writeFileSync(join(dir, 'backups', 'project-2999-01-01T00-00-00-000Z.json'), '{"trunc');
    writeFileSync(join(dir, 'project.json'), '');
    const failure = await openFailure(root, dir);
    expect(failure.details?.backup).toBe(goodBackup);
    expect(failure.remedy).toContain(goodBackup);
    expect(failure.remedy).not.toContain('2999');
  });

  it('says so when no good backup exists', async () => {
    const { root, dir } = await closedProject();
    for (const b of await listBackups(dir)) writeFileSync(join(dir, 'backups', b.file), 'junk');
    writeFileSync(join(dir, 'project.json'), '{');
    const failure = await openFailure(root, dir);
    expect(failure.details?.backup).toBeNull();
    expect(failure.remedy).toMatch(/No good backup/);
  });

  it('an unknown project reference is PROJECT_NOT_FOUND', async () => {
    const { root } = await closedProject();
    expect((await openFailure(root, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).code).toBe('PROJECT_NOT_FOUND');
  });
});

describe('restoreBackup', () => {
  it('replaces a damaged file with the newest good backup and keeps the damaged file beside it', async () => {
    const { root, dir, projectId } = await closedProject();
    writeFileSync(join(dir, 'project.json'), '\0\0\0');
    const repo = new ProjectRepository({ root });
    const session = await repo.restoreBackup(dir);
    expect(session.id).toBe(projectId);
    expect(session.readOnly).toBe(false);
    expect(session.file.entities.characters.length).toBeGreaterThan(0);
    const damagedCopies = readdirSync(dir).filter((n) => /^project\.damaged-\d+\.json$/.test(n));
    expect(damagedCopies).toHaveLength(1);
    expect(readFileSync(join(dir, damagedCopies[0]!), 'utf8')).toBe('\0\0\0');
    await session.createEntity('location', { name: 'Restored' }, { via: 'manual' });
    await repo.closeAll();
  });

  it('restores a named backup and refuses a path-like or missing one', async () => {
    const { root, dir, projectId } = await closedProject();
    const oldest = (await listBackups(dir)).at(-1)!.file;
    const repo = new ProjectRepository({ root });
    const session = await repo.restoreBackup(projectId, oldest);
    expect(session.file.entities.characters).toHaveLength(0);
    await expect(repo.restoreBackup(projectId, '../project.json')).rejects.toMatchObject({
      code: 'BACKUP_NOT_FOUND',
    });
    await repo.closeAll();
  });
});
