// Write coalescing: a burst of changes costs a handful of physical writes, and every ack means "on disk".
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { readProjectState } from '../../../src-main/store/open-project';
import { JournalWriter } from '../../../src-main/store/project-journal';
import { WriteCoalescer } from '../../../src-main/store/write-coalescer';
import { openFreshProject } from '../../fixtures/project-fixtures';
import { removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);
afterEach(() => vi.restoreAllMocks());

describe('WriteCoalescer', () => {
  it('runs one write at a time and lets every request made during a write share the next one', async () => {
    let writes = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const coalescer = new WriteCoalescer(async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      writes += 1;
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
    });
    await Promise.all(Array.from({ length: 100 }, () => coalescer.request()));
    expect(maxInFlight).toBe(1);
    expect(writes).toBe(2);
    await coalescer.idle();
  });

  it('rejects every request of a failed write, and the next write can succeed', async () => {
    let fail = true;
    const coalescer = new WriteCoalescer(async () => {
      if (fail) throw new Error('disk full');
    });
    const results = await Promise.allSettled([coalescer.request(), coalescer.request()]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    fail = false;
    await expect(coalescer.request()).resolves.toBeUndefined();
  });
});

let loaded: { key: string; state: Promise<ProjectFile> } | null = null;

/**
 * The project as a fresh open would load it now (project.json replayed with its journal). The acks of one group
 * commit arrive together: while neither file changed on disk, they share one load.
 */
function durableState(dir: string): Promise<ProjectFile> {
  const key = ['project.json', 'project.journal']
    .map((name) => statSync(join(dir, name), { bigint: true, throwIfNoEntry: false }))
    .map((s) => (s ? `${s.ino}:${s.size}:${s.mtimeNs}` : '-'))
    .join('|');
  if (loaded?.key !== key) loaded = { key, state: readProjectState(dir) };
  return loaded.state;
}

describe('ProjectSession write coalescing', () => {
  it('turns 1,000 concurrent updateEntity calls into far fewer physical writes, all durable when acked', async () => {
    const { session, repo } = await openFreshProject();
    const { entity } = await session.createEntity(
      'character',
      { name: 'Counter', mentions: 0 },
      { via: 'agent' },
    );
    // The physical write of a change is its journal append (fdatasync'ed), shared by changes issued meanwhile.
    const write = vi.spyOn(JournalWriter.prototype, 'append');
    const acks = Array.from({ length: 1_000 }, (_, i) =>
      session.updateEntity('character', entity.id, { mentions: i + 1 }, { via: 'agent' }).then(async () => {
        // When an ack arrives, the disk already holds this value (or a later one): what a fresh open would load.
        const onDisk = await durableState(session.dir);
        expect((onDisk.entities.characters[0] as Character).mentions).toBeGreaterThanOrEqual(i + 1);
      }),
    );
    await Promise.all(acks);
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(write.mock.calls.length).toBeLessThanOrEqual(10);
    expect(session.revision).toBe(1_001);
    const onDisk = await readProjectState(session.dir);
    expect((onDisk.entities.characters[0] as Character).mentions).toBe(1_000);
    await repo.closeAll();
  });
});
