// Write coalescing: a burst of changes costs a handful of physical writes, and every ack means "on disk".
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Character } from '../../../src-preload/contract/entities';
import { DurableProjectAdapter } from '../../../src-main/store/durable-adapter';
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

describe('ProjectSession write coalescing', () => {
  it('turns 1,000 concurrent updateEntity calls into far fewer physical writes, all durable when acked', async () => {
    const { session, repo } = await openFreshProject();
    const { entity } = await session.createEntity(
      'character',
      { name: 'Counter', mentions: 0 },
      { via: 'agent' },
    );
    const write = vi.spyOn(DurableProjectAdapter.prototype, 'write');
    const acks = Array.from({ length: 1_000 }, (_, i) =>
      session.updateEntity('character', entity.id, { mentions: i + 1 }, { via: 'agent' }).then(() => {
        // When an ack arrives, the disk already holds this value (or a later one).
        const onDisk = JSON.parse(readFileSync(session.path, 'utf8')) as {
          entities: { characters: Character[] };
        };
        expect(onDisk.entities.characters[0]!.mentions).toBeGreaterThanOrEqual(i + 1);
      }),
    );
    await Promise.all(acks);
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(write.mock.calls.length).toBeLessThanOrEqual(10);
    expect(session.revision).toBe(1_001);
    const onDisk = JSON.parse(readFileSync(session.path, 'utf8')) as {
      entities: { characters: Character[] };
    };
    expect(onDisk.entities.characters[0]!.mentions).toBe(1_000);
    await repo.closeAll();
  });
});
