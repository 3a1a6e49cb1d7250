// Write safety (issue 8): a write never replaces a project.json this process did not load, never produces a file the
// loader refuses, and a failed write says honestly where the change now lives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Beat } from '../../../src-preload/contract/entities';
import { DurableProjectAdapter } from '../../../src-main/store/durable-adapter';
import { writeFileDurable } from '../../../src-main/store/durable-write';
import { readProjectState } from '../../../src-main/store/open-project';
import { JournalWriter } from '../../../src-main/store/project-journal';
import { ProjectRepository } from '../../../src-main/store/project-repository';
import { assertWithinCaps, collectionCap } from '../../../src-main/store/write-validation';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
afterEach(() => vi.restoreAllMocks());

const projectJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'project.json'), 'utf8'));

describe('conflict-checked writes', () => {
  it('refuses with STORE_CONFLICT instead of overwriting a project.json another process replaced', async () => {
    const { repo, session, dir } = await openFreshProject('Conflict');
    await session.updateMeta({ logline: 'mine' }, 'first');
    // Another program (a second instance that lost the lock, a sync tool) replaces the file.
    const theirs = { ...projectJson(dir) };
    theirs.project = { ...theirs.project, logline: 'theirs, acknowledged elsewhere' };
    await writeFileDurable(join(dir, 'project.json'), JSON.stringify(theirs));

    await expect(session.updateMeta({ logline: 'mine again' }, 'second')).rejects.toMatchObject({
      code: 'STORE_CONFLICT',
      remedy: expect.stringMatching(/reopen/i),
    });
    expect(projectJson(dir).project.logline).toBe('theirs, acknowledged elsewhere');
    // The session stays refused: no later write can slip the stale copy through either.
    await expect(session.createEntity('character', { name: 'Ada' }, { via: 'manual' })).rejects.toMatchObject(
      {
        code: 'STORE_CONFLICT',
      },
    );
    expect(projectJson(dir).project.logline).toBe('theirs, acknowledged elsewhere');
    await expect(repo.closeAll()).rejects.toMatchObject({ code: 'STORE_CONFLICT' });
  });

  it('keeps writing normally while nobody else touches the file', async () => {
    const { repo, session, dir, root, projectId } = await openFreshProject('No conflict');
    for (let i = 0; i < 5; i++) await session.updateMeta({ logline: `take ${i}` }, `take ${i}`);
    await repo.closeAll();
    expect(projectJson(dir).project.logline).toBe('take 4');
    const again = await new ProjectRepository({ root }).open(projectId);
    await again.updateMeta({ logline: 'after reopen' }, 'reopen');
    // Acknowledged means durable: the change is in what a fresh open loads (project.json plus its journal).
    expect((await readProjectState(dir)).project.logline).toBe('after reopen');
    await again.close();
  });
});

describe('write-side schema caps', () => {
  it('refuses a project field over the loader cap before acknowledging it, and memory is untouched', async () => {
    const { repo, session, root, projectId } = await openFreshProject('Caps');
    await session.updateMeta({ logline: 'short' }, 'ok');
    await expect(session.updateMeta({ logline: 'x'.repeat(2_001) }, 'too long')).rejects.toMatchObject({
      code: 'PROJECT_LIMIT',
      message: expect.stringMatching(/logline/),
    });
    expect(session.file.project.logline).toBe('short');
    expect(session.canUndo).toBe(true);
    expect(session.file.history.undo.at(-1)?.label).toBe('ok');
    await repo.closeAll();
    // The old code acknowledged it and the next open failed with PROJECT_INVALID.
    const reopened = await new ProjectRepository({ root }).open(projectId);
    expect(reopened.file.project.logline).toBe('short');
    await reopened.close();
  });

  it('refuses an entity op the planner did not validate (a cascade replacement) with the entity schema', async () => {
    const { session } = await openFreshProject('Caps ops');
    const { entity } = await session.createEntity('character', { name: 'Ada' }, { via: 'manual' });
    const after = { ...(entity as unknown as Record<string, unknown>), name: 'y'.repeat(10_000) };
    await expect(
      session.commit('raw op', [
        { type: 'character', id: entity.id, before: entity as unknown as Record<string, unknown>, after },
      ]),
    ).rejects.toMatchObject({ code: 'PROJECT_LIMIT' });
    expect(session.file.entities.characters[0]!.name).toBe('Ada');
  });

  it('reads each collection cap from the loader schema and refuses (rolling back) a change above it', async () => {
    expect(collectionCap('characters')).toBe(100_000);
    expect(collectionCap('beats')).toBe(10_000);
    const { session } = await openFreshProject('Caps collection');
    const { entity } = await session.createEntity(
      'beat',
      { name: 'Opening', act: 1, order: 0 },
      { via: 'manual' },
    );
    const beats = session.file.entities.beats as Beat[];
    // Fill the collection to its cap in memory (cheaper than 10,000 commits; this test never writes it).
    while (beats.length < 10_000) beats.push(entity as Beat);
    expect(() => assertWithinCaps(session.file, [])).not.toThrow();
    await expect(
      session.createEntity('beat', { name: 'One too many', act: 1, order: 1 }, { via: 'manual' }),
    ).rejects.toMatchObject({ code: 'PROJECT_LIMIT', message: expect.stringMatching(/at most 10000 beats/) });
    expect(beats.length).toBe(10_000);
    beats.length = 1;
  });

  it('shortens an over-long change label (our own text) instead of writing a file the loader refuses', async () => {
    const { repo, session, root, projectId } = await openFreshProject('Label');
    await session.createEntity('character', { name: 'Ada' }, { via: 'bulk' }, `Bulk: ${'n'.repeat(700)}`);
    await repo.closeAll();
    const reopened = await new ProjectRepository({ root }).open(projectId);
    expect(reopened.file.history.undo.at(-1)!.label.length).toBeLessThanOrEqual(500);
    await reopened.close();
  });
});

describe('a failed write (ENOSPC)', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('says the change lives only in this session, and closing with it unsaved fails loudly', async () => {
    const { repo, session } = await openFreshProject('Full disk');
    // Both physical writes fail: the journal append that acknowledges a change, and project.json's checkpoint.
    vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValue(enospc());
    vi.spyOn(DurableProjectAdapter.prototype, 'write').mockRejectedValue(enospc());
    const failure = await session.updateMeta({ logline: 'lost?' }, 'full').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'STORE_WRITE_FAILED', details: { errno: 'ENOSPC' } });
    const remedy = (failure as { remedy: string }).remedy;
    expect(remedy).not.toMatch(/saved with the next write/);
    expect(remedy).toMatch(/only in this open session/);
    await expect(repo.closeAll()).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
  });

  it('writes the change on close when the disk was freed meanwhile', async () => {
    const { repo, session, dir } = await openFreshProject('Freed disk');
    vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValueOnce(enospc());
    await expect(session.updateMeta({ logline: 'kept' }, 'full')).rejects.toMatchObject({
      code: 'STORE_WRITE_FAILED',
    });
    vi.restoreAllMocks();
    await repo.closeAll();
    expect(projectJson(dir).project.logline).toBe('kept');
  });
});
