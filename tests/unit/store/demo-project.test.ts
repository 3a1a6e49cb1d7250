// The demo project is written once and found again; imported copies are named "… (imported)".
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDemoProject } from '../../../src-main/store/demo-project';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import {
  exportProject,
  importedName,
  importProject,
} from '../../../src-main/formats/archive/project-transfer';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('the demo project', () => {
  // Issue 9: every click on "Open demo project" made another copy.
  it('is created once; asking again returns the same project', async () => {
    const repo = new ProjectRepository({ root: makeTempDir() });
    const first = await ensureDemoProject(repo);
    const again = await ensureDemoProject(repo);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.summary.id).toBe(first.summary.id);
    expect(await repo.list()).toHaveLength(1);
    await repo.closeAll();
  });

  // Issue 9: an imported archive got exactly its original's name (two identical rows).
  it('imported beside its original, the copy is named "(imported)"', async () => {
    const repo = new ProjectRepository({ root: makeTempDir() });
    const { summary } = await ensureDemoProject(repo);
    const { bytes } = await exportProject(repo, summary.id, '0.0.0-test');
    const copy = await importProject(repo, bytes);
    const second = await importProject(repo, bytes);
    expect(copy.name).toBe(`${summary.name} (imported)`);
    expect(second.name).toBe(`${summary.name} (imported 2)`);
    await repo.closeAll();
  });
});

describe('importedName', () => {
  it('keeps a free name and suffixes a taken one', () => {
    expect(importedName('Robot Painter', ['Other'])).toBe('Robot Painter');
    expect(importedName('Robot Painter', ['robot painter'])).toBe('Robot Painter (imported)');
  });
});
