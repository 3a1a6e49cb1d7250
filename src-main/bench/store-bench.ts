// Store benchmark: durable entity-change acknowledgement vs the raw write+fsync+rename of the same bytes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangeOp } from '../../src-preload/contract/project';
import { nowIso } from '../shared/ids';
import { writeFileDurable } from '../store/durable-write';
import { ProjectRepository } from '../store/project-repository';
import { serializeProjectFile } from '../store/serialize-project';
import { createCharacterOp } from './bench-entities';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const TARGET_BYTES = 5 * 1024 * 1024;
const SAMPLES = 60;
const WARMUP = 5;

function characterOp(index: number, now: string): ChangeOp {
  return createCharacterOp(now, {
    name: `Character ${index}`,
    age: 20 + (index % 50),
    occupation: 'archivist',
    role: 'minor',
    description: `Character ${index} keeps a notebook of every promise the city broke. `.repeat(12),
    goals: ['find the missing ledger'],
    traits: ['stubborn', 'kind'],
  });
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const storeBench: BenchSuite = {
  name: 'store',
  description: 'durable entity change on a 5 MB project, raw write reference, 1,000-change burst',
  async run(progress) {
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-store-'));
    try {
      const repo = new ProjectRepository({ root });
      const summary = await repo.create('Bench 5 MB', 'feature-film');
      const session = await repo.open(summary.id);
      progress('filling a 5 MB project');
      const now = nowIso();
      const ops: ChangeOp[] = [];
      let index = 0;
      while (ops.length === 0 || serializeProjectFile(session.file).length < TARGET_BYTES) {
        const batch = Array.from({ length: 500 }, () => characterOp(index++, now));
        ops.push(...batch);
        await session.commit('bulk fill', batch);
      }
      const bytes = serializeProjectFile(session.file).length;
      const target = session.file.entities.characters[0]!.id;

      // Interleave both measurements so disk noise hits them alike.
      progress(
        `timing ${SAMPLES} durable changes and ${SAMPLES} raw writes of the same bytes (${(bytes / 1048576).toFixed(1)} MB)`,
      );
      const ack: number[] = [];
      const raw: number[] = [];
      const rawPath = join(session.dir, 'raw-reference.json');
      for (let i = 0; i < SAMPLES + WARMUP; i++) {
        const a = await timeIt(() =>
          session.updateEntity('character', target, { age: 20 + (i % 60) }, { via: 'agent' }),
        );
        const text = serializeProjectFile(session.file);
        const r = await timeIt(() => writeFileDurable(rawPath, text));
        if (i >= WARMUP) {
          ack.push(a);
          raw.push(r);
        }
      }
      progress('timing a burst of 1,000 concurrent changes');
      const characters = session.file.entities.characters.slice(0, 1000);
      const burst = await timeIt(() =>
        Promise.all(
          characters.map((c, i) =>
            session.updateEntity('character', c.id, { age: 30 + (i % 40) }, { via: 'agent' }),
          ),
        ),
      );
      await repo.closeAll();

      const ackMedian = percentile(ack, 50);
      const rawMedian = percentile(raw, 50);
      const ackP99 = percentile(ack, 99);
      const rawP99 = percentile(raw, 99);
      const results: BenchResult[] = [
        { name: 'store.project_bytes', value: bytes, unit: 'bytes' },
        { name: 'store.raw_write_median', value: round(rawMedian), unit: 'ms' },
        { name: 'store.raw_write_p99', value: round(rawP99), unit: 'ms' },
        {
          name: 'store.change_ack_median',
          value: round(ackMedian),
          unit: 'ms',
          reference: round(rawMedian),
          ratio: round(ackMedian / rawMedian),
          target: '<= 1.5x raw write',
          pass: ackMedian / rawMedian <= 1.5,
        },
        {
          name: 'store.change_ack_p99',
          value: round(ackP99),
          unit: 'ms',
          reference: round(rawP99),
          ratio: round(ackP99 / rawP99),
        },
        {
          name: 'store.burst_1000_ack',
          value: round(burst),
          unit: 'ms',
          target: '< 2000 ms',
          pass: burst < 2000,
        },
      ];
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
