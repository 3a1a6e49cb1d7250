// Run records go through the conflict check: a run file another process replaced is never overwritten with this
// process's older copy (issue 8: every kind of write is checked, not only project.json and queue.json).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunStore } from '../../../../src-main/agents/pipeline/run-record';
import { runningRecord } from '../../../fixtures/run-records';
import { makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

afterEach(removeTempDirs);

const record = (costUsd: number) => runningRecord('P', { costUsd });

describe('run records under the conflict check', () => {
  it('refuses to overwrite a run another process saved since this one read or wrote it', async () => {
    const dir = makeTempDir('storyloom-runs-');
    const runs = new RunStore(dir);
    const run = record(1);
    await runs.save(run);
    // Another process (which took the project over) marks the run paused.
    const path = join(dir, 'runs', `${run.runId}.json`);
    writeFileSync(`${path}.other`, JSON.stringify({ ...run, status: 'paused', costUsd: 2 }));
    renameSync(`${path}.other`, path);

    await expect(runs.save({ ...run, costUsd: 3 })).rejects.toMatchObject({ code: 'STORE_CONFLICT' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ status: 'paused', costUsd: 2 });
    // Once loaded again, this process works on the newer record and may save it.
    const fresh = await new RunStore(dir).load(run.runId);
    await runs.save({ ...fresh, costUsd: 4 });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ status: 'paused', costUsd: 4 });
  });

  it('saves of one run from several RunStores of this process never trip the check on each other', async () => {
    const dir = makeTempDir('storyloom-runs-');
    const run = record(0);
    await new RunStore(dir).save(run);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => new RunStore(dir).save({ ...run, costUsd: i + 1 })),
    );
    expect((await new RunStore(dir).load(run.runId)).costUsd).toBe(30);
  });
});
