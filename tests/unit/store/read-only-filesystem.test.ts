// A project on a read-only file system (EROFS) or an unwritable folder (EACCES) opens read-only with a reason,
// instead of failing with INTERNAL (issue 8). The lock file's exclusive create is where the file system says no.
import * as fs from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { listTree, removeTempDirs } from '../../fixtures/temp-dir';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, openSync: vi.fn(actual.openSync) };
});

afterAll(removeTempDirs);
afterEach(() => vi.mocked(fs.openSync).mockReset());

function refuseLockCreate(code: string): void {
  const actual = vi.mocked(fs.openSync).getMockImplementation();
  vi.mocked(fs.openSync).mockImplementation((path, flags, mode) => {
    if (String(path).endsWith('project.lock') && flags === 'wx')
      throw Object.assign(new Error(`${code}: cannot create ${String(path)}`), { code });
    return actual!(path, flags, mode);
  });
}

describe('read-only file systems', () => {
  for (const [code, words] of [
    ['EROFS', /read-only file system/],
    ['EACCES', /permission/],
  ] as const) {
    it(`opens the project read-only with a reason on ${code}, and writes nothing`, async () => {
      const { repo, root, projectId, dir } = await openFreshProject(`Readonly ${code}`);
      await repo.closeAll();
      const before = listTree(dir);
      refuseLockCreate(code);
      const session = await new ProjectRepository({ root }).open(projectId);
      expect(session.readOnly).toBe(true);
      expect(session.readOnlyReason).toMatch(words);
      expect(session.file.project.name).toBe(`Readonly ${code}`);
      await expect(session.updateMeta({ logline: 'x' }, 'x')).rejects.toMatchObject({
        code: 'PROJECT_READ_ONLY',
      });
      await session.close();
      expect(listTree(dir)).toEqual(before);
    });
  }
});
