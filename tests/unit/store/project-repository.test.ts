// Project verbs: create, list, open, rename, duplicate (fresh ids, references rewritten), delete (moved to .trash).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { seededProject } from '../../fixtures/project-fixtures';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

describe('ProjectRepository', () => {
  it('creates a project folder with project.json, chat/, runs/, assets/ and lists it', async () => {
    const root = makeTempDir();
    const onListChanged = vi.fn();
    const repo = new ProjectRepository({ root, onListChanged });
    const summary = await repo.create('My Film!', 'feature-film', { seed: 42 });
    expect(summary).toMatchObject({
      name: 'My Film!',
      kind: 'feature-film',
      counts: { characters: 0, locations: 0, scenes: 0, shots: 0 },
    });
    expect(readdirSync(summary.path).sort()).toEqual(['assets', 'chat', 'project.json', 'runs']);
    expect(summary.path.startsWith(root)).toBe(true);
    expect(onListChanged).toHaveBeenCalledWith('created');
    // Folders that are not projects (or are hidden, or damaged) are skipped.
    mkdirSync(join(root, 'not-a-project'));
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'project.json'), '{');
    const list = await repo.list();
    expect(list.map((p) => p.id)).toEqual([summary.id]);
    const session = await repo.open(summary.id);
    expect(session.file.project.seed).toBe(42);
    expect(await repo.open(summary.path)).toBe(session);
    expect(await repo.open(join(summary.path, 'project.json'))).toBe(session);
    await repo.closeAll();
  });

  it('lists projects newest first with counts, reading open sessions from memory', async () => {
    const { repo, session, projectId } = await seededProject('Older');
    const newer = await repo.create('Newer', 'short-film');
    await session.updateMeta({ logline: 'touched' }, 'touch');
    const list = await repo.list();
    expect(list.map((p) => p.id)).toEqual([projectId, newer.id]);
    expect(list[0]!.counts).toEqual({ characters: 3, locations: 1, scenes: 2, shots: 1 });
    await repo.closeAll();
  });

  it('renames as an undoable change', async () => {
    const { repo, session, projectId } = await seededProject('Before');
    const renamed = await repo.rename(projectId, 'After');
    expect(renamed.name).toBe('After');
    expect((await repo.list())[0]!.name).toBe('After');
    await session.undo();
    expect(session.file.project.name).toBe('Before');
    await repo.closeAll();
  });

  it('duplicates with fresh ids for the project and every entity, references rewritten, history dropped', async () => {
    const { repo, session, projectId, ids } = await seededProject('Original');
    const copy = await repo.duplicate(projectId);
    expect(copy.name).toBe('Original (copy)');
    expect(copy.id).not.toBe(projectId);
    const dup = await repo.open(copy.id);
    const oldIds = new Set([projectId, ...Object.values(ids)]);
    const text = JSON.stringify(dup.file);
    for (const id of oldIds) expect(text).not.toContain(id);
    const e = dup.file.entities;
    const byName = new Map(e.characters.map((c) => [c.name, c.id]));
    const rel = e.relationships.find((r) => r.kind === 'friendship')!;
    expect([rel.sourceId, rel.targetId]).toEqual([byName.get('Ada'), byName.get('Ben')]);
    const scene1 = e.scenes.find((s) => s.number === 1)!;
    expect(scene1.locationId).toBe(e.locations[0]!.id);
    expect(e.shots[0]!.sceneId).toBe(scene1.id);
    expect(dup.canUndo).toBe(false);
    expect(session.file.entities.characters).toHaveLength(3);
    await repo.closeAll();
  });

  it('deletes by moving the folder to <root>/.trash, closing the session; nothing is destroyed', async () => {
    const { repo, projectId, dir, root } = await seededProject('Doomed');
    const result = await repo.delete(projectId);
    expect(result.deleted).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(result.movedTo.startsWith(join(root, '.trash'))).toBe(true);
    expect(existsSync(join(result.movedTo, 'project.json'))).toBe(true);
    expect(await repo.list()).toEqual([]);
    await expect(repo.open(projectId)).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
  });

  it('uses the injected trash function (Electron: OS trash) when given', async () => {
    const root = makeTempDir();
    const trash = vi.fn(async (dir: string) => `trashed:${dir}`);
    const repo = new ProjectRepository({ root, trash });
    const summary = await repo.create('T', 'short-film');
    expect(await repo.delete(summary.id)).toEqual({ deleted: true, movedTo: `trashed:${summary.path}` });
    expect(trash).toHaveBeenCalledWith(summary.path);
  });

  it('reports every change of an open session through onChange', async () => {
    const root = makeTempDir();
    const onChange = vi.fn();
    const repo = new ProjectRepository({ root, onChange });
    const { id } = await repo.create('Events', 'short-film');
    const session = await repo.open(id);
    await session.createEntity('character', { name: 'Eve' }, { via: 'manual' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toBe(id);
    expect(onChange.mock.calls[0]![1]).toMatchObject({ revision: 1, canUndo: true, canRedo: false });
    await repo.closeAll();
    await expect(
      session.createEntity('character', { name: 'Late' }, { via: 'manual' }),
    ).rejects.toMatchObject({ code: 'PROJECT_CLOSED' });
  });
});
