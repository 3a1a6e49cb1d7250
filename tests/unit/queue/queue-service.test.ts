// The task queue: bulk work item by item with progress, failures per item, cancel, retry, and resume after a restart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueProgressEvent } from '../../../src-preload/contract/events';
import { offlineBrain } from '../../../src-main/brains/offline/offline-brain';
import { createServices, type Services } from '../../../src-main/services';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

const opened: Services[] = [];
function services(root = makeTempDir('storyloom-queue-')): Services {
  const s = createServices({ root, transport: 'cli', brain: offlineBrain, appDir: join(root, '.app') });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.shutdown();
  removeTempDirs();
});

const people = (n: number, bad: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({
    key: `p${i}`,
    entityType: 'character' as const,
    label: `Person ${i}`,
    data: { name: `Person ${i}`, age: bad.includes(i) ? 999 : 30 + i },
  }));

describe('QueueService', () => {
  it('creates one entity per item with progress events, and reports the failed ones', async () => {
    const s = services();
    const { id } = await s.projects.create('Queue', 'short-film');
    const progress: QueueProgressEvent[] = [];
    s.events.subscribe(
      (event, payload) => event === 'queue:progress' && progress.push(payload as QueueProgressEvent),
    );
    const taskId = await s.queue.enqueue(id, 'Create 5 people', people(5, [2]), { messageId: 'MSG1' });
    const outcome = await s.queue.wait(taskId);
    expect(outcome.status).toBe('failed');
    expect(outcome.created.map((c) => c.name)).toEqual(['Person 0', 'Person 1', 'Person 3', 'Person 4']);
    expect(outcome.failed).toHaveLength(1);
    expect(outcome.failed[0]!.error).toMatch(/age/);
    const file = (await s.projects.open(id)).file;
    expect(file.entities.characters.map((c) => c.createdVia)).toEqual(['bulk', 'bulk', 'bulk', 'bulk']);
    expect(file.entities.characters.every((c) => c.provenance.messageId === 'MSG1')).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 5]);
    expect(progress.at(-1)).toMatchObject({ status: 'failed', total: 5 });
    // Retry runs the failed item again (still invalid: it fails again with its reason), nothing is duplicated.
    await s.queue.retry(id, taskId);
    const again = await s.queue.wait(taskId);
    expect(again.failed).toHaveLength(1);
    expect((await s.projects.open(id)).file.entities.characters).toHaveLength(4);
  });

  it('cancels after the item in progress and finishes the rest on retry', async () => {
    const s = services();
    const { id } = await s.projects.create('Cancel', 'short-film');
    let cancelled = false;
    s.events.subscribe((event, payload) => {
      const p = payload as QueueProgressEvent;
      if (event === 'queue:progress' && p.done === 2 && !cancelled) cancelled = s.queue.cancel(p.taskId);
    });
    const taskId = await s.queue.enqueue(id, 'Create 20 people', people(20));
    const outcome = await s.queue.wait(taskId);
    expect(cancelled).toBe(true);
    expect(outcome.status).toBe('cancelled');
    expect(outcome.created.length).toBeGreaterThanOrEqual(2);
    expect(outcome.created.length).toBeLessThan(20);
    await s.queue.retry(id, taskId);
    expect((await s.queue.wait(taskId)).created).toHaveLength(20);
    expect((await s.projects.open(id)).file.entities.characters).toHaveLength(20);
  });

  it('resumes a task a killed process left running, without duplicating what it had done', async () => {
    const root = makeTempDir('storyloom-queue-');
    const first = services(root);
    const { id, path } = await first.projects.create('Resume', 'short-film');
    const session = await first.projects.open(id);
    await session.createEntity(
      'character',
      { id: '01M7YFNSBZJ10Q3D6CRYT3D003', name: 'Person 0', age: 30 },
      { via: 'bulk' },
    );
    await first.shutdown();
    const now = new Date().toISOString();
    const items = people(3).map((item, i) => ({
      ...item,
      entityId: ['01M7YFNSBZJ10Q3D6CRYT3D003', '01M7YFNSBZJ10Q3D6CRYT3D004', '01M7YFNSBZJ10Q3D6CRYT3D005'][
        i
      ]!,
      status: 'pending' as const,
    }));
    writeFileSync(
      join(path, 'queue.json'),
      JSON.stringify({
        tasks: [
          { id: 'TASK1', label: 'Create 3 people', status: 'running', createdAt: now, updatedAt: now, items },
        ],
      }),
    );

    const second = services(root);
    const done = second.queue.wait('TASK1');
    await second.queue.resume(id);
    expect((await done).status).toBe('done');
    const names = (await second.projects.open(id)).file.entities.characters.map((c) => c.name);
    expect(names).toEqual(['Person 0', 'Person 1', 'Person 2']);
  });

  it('runs "create 5 characters for a heist movie" from the chat through the queue', async () => {
    const s = services();
    const { id } = await s.projects.create('Heist', 'feature-film');
    const turn = await s.chat.send(id, 'create 5 characters for a heist movie');
    expect(turn.intent).toBe('bulk_create');
    expect(turn.queueTaskId).toBeTruthy();
    const outcome = await s.queue.wait(turn.queueTaskId!);
    expect(outcome.status).toBe('done');
    expect(outcome.created).toHaveLength(5);
    const characters = (await s.projects.open(id)).file.entities.characters;
    expect(characters).toHaveLength(5);
    expect(new Set(characters.map((c) => c.name)).size).toBe(5);
    expect(characters.every((c) => c.goals.length > 0 && c.role)).toBe(true);
  });
});
