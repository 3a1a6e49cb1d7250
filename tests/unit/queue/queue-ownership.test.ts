// Process safety of the project's side files (issue 8): a read-only session writes nothing (chat lines, queue.json,
// run records), queue.json is never rewritten from a stale copy, and runs a killed process left `running` are
// marked interrupted on the next open.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_REASON, type RunRecord } from '../../../src-main/agents/pipeline/run-record';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { newId } from '../../../src-main/shared/ids';
import { createServices, type Services } from '../../../src-main/services';
import { listTree, makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';
import { runningRecord } from '../../fixtures/run-records';

const opened: Services[] = [];
function services(root: string): Services {
  const s = createServices({ root, transport: 'cli', brain: offlineBrain, appDir: join(root, '.app') });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.shutdown().catch(() => undefined);
  removeTempDirs();
});

const item = (name: string) => ({
  key: name,
  entityType: 'character' as const,
  label: name,
  data: { name },
});
const queueTasks = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'queue.json'), 'utf8')) as { tasks: { label: string }[] }).tasks;

describe('a read-only session never writes', () => {
  it('refuses chat, bulk tasks and pipeline runs with PROJECT_READ_ONLY and leaves every file untouched', async () => {
    const root = makeTempDir('storyloom-ro-');
    const writer = services(root);
    const { id, path: dir } = await writer.projects.create('Held', 'short-film');
    await writer.projects.open(id);
    const before = listTree(dir);

    const reader = services(root);
    const session = await reader.projects.open(id);
    expect(session.readOnly).toBe(true);
    await expect(reader.chat.send(id, 'create a character named Ada')).rejects.toMatchObject({
      code: 'PROJECT_READ_ONLY',
    });
    await expect(reader.queue.enqueue(id, 'Bulk', [item('Ben')])).rejects.toMatchObject({
      code: 'PROJECT_READ_ONLY',
    });
    await expect(
      reader.pipeline.start(id, { idea: 'a heist', kind: 'short-film', seed: 1 }),
    ).rejects.toMatchObject({ code: 'PROJECT_READ_ONLY' });
    expect(await reader.queue.resume(id)).toBe(0);
    await reader.shutdown();
    expect(listTree(dir)).toEqual(before);
  });
});

describe('queue.json has one owner per project', () => {
  it('a process that reopens the project sees the tasks another process added, and never drops them', async () => {
    const root = makeTempDir('storyloom-queue-own-');
    const first = services(root);
    const { id, path: dir } = await first.projects.create('Queue owner', 'short-film');
    await first.queue.wait(await first.queue.enqueue(id, 'First', [item('Ada')]));
    await first.projects.closeAll();

    // A second process (the CLI) opens the project while the first has it closed, and queues its own task.
    const second = services(root);
    await second.queue.wait(await second.queue.enqueue(id, 'Second', [item('Ben')]));
    await second.shutdown();

    // The first process opens the project again: its queue must be reread, not rewritten from its old copy.
    await first.queue.wait(await first.queue.enqueue(id, 'Third', [item('Cleo')]));
    expect(queueTasks(dir).map((t) => t.label)).toEqual(['First', 'Second', 'Third']);
    expect((await first.queue.list(id)).map((t) => t.label)).toEqual(['Third', 'Second', 'First']);
  });

  it('refuses with STORE_CONFLICT rather than overwrite a queue.json that was replaced behind its back', async () => {
    const root = makeTempDir('storyloom-queue-conflict-');
    const s = services(root);
    const { id, path: dir } = await s.projects.create('Queue conflict', 'short-film');
    await s.queue.wait(await s.queue.enqueue(id, 'Mine', [item('Ada')]));
    const theirs = { tasks: [...queueTasks(dir), { ...queueTasks(dir)[0], id: newId(), label: 'Theirs' }] };
    writeFileSync(join(dir, 'queue.json'), JSON.stringify(theirs));
    await expect(s.queue.enqueue(id, 'Mine again', [item('Ben')])).rejects.toMatchObject({
      code: 'STORE_CONFLICT',
    });
    expect(queueTasks(dir).map((t) => t.label)).toEqual(['Mine', 'Theirs']);
  });
});

describe('runs left running by a killed process', () => {
  it('are marked interrupted (paused, resumable) when the project is next opened writable', async () => {
    const root = makeTempDir('storyloom-runs-');
    const s = services(root);
    const { id, path: dir } = await s.projects.create('Killed run', 'short-film');
    await s.projects.closeAll();
    const record = runningRecord(id);
    const runId = record.runId;
    mkdirSync(join(dir, 'runs'), { recursive: true });
    writeFileSync(join(dir, 'runs', `${runId}.json`), JSON.stringify(record));

    const next = services(root);
    const [unfinished] = await next.pipeline.unfinished(id);
    const onDisk = JSON.parse(readFileSync(join(dir, 'runs', `${runId}.json`), 'utf8')) as RunRecord;
    expect(onDisk).toMatchObject({ status: 'paused', pauseReason: INTERRUPTED_REASON });
    expect(unfinished).toMatchObject({ runId, status: 'paused' });
  });
});
