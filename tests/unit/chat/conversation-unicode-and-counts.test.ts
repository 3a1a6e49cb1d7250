// Chat in any script and honest counts (issue 8): names in Chinese, Hebrew, Cyrillic and accented Latin are created
// with their age, input is NFC-normalised, and "create 50 characters" makes 50 (or says exactly why not).
import { afterAll, describe, expect, it } from 'vitest';
import { shortfallNotice, BULK_LIMIT } from '../../../src-main/agents/nodes/bulk-create';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { openChat, only } from './chat-harness';

afterAll(removeTempDirs);

describe('names in any script', () => {
  it('creates characters named in Chinese, Hebrew, Cyrillic and accented Latin, each with its age', async () => {
    const h = await openChat();
    const cases = [
      ['create a character named 王小明, 30 years old', '王小明', 30],
      ['add a character called Дмитрий Петров, age 45', 'Дмитрий Петров', 45],
      ['create a character named דוד כהן who is 52', 'דוד כהן', 52],
      ['create a character named Ólafur Þórsson, 28', 'Ólafur Þórsson', 28],
    ] as const;
    for (const [message, name, age] of cases) {
      const result = await h.send(message);
      expect(
        result.created.map((c) => c.name),
        message,
      ).toEqual([name]);
      expect((await only(h, name)).age, message).toBe(age);
    }
    await h.close();
  });

  it('normalises chat input to NFC, so a decomposed name is stored (and found) composed', async () => {
    const h = await openChat();
    const decomposed = 'José'.normalize('NFD');
    expect(decomposed).not.toBe('José');
    await h.send(`create a character named ${decomposed}, 33`);
    expect((await only(h, 'José')).age).toBe(33);
    const messages = await h.messages();
    expect(messages[0]!.content).toBe('create a character named José, 33');
    await h.close();
  });
});

describe('bulk counts', () => {
  it('"create 50 characters" creates 50', async () => {
    const h = await openChat();
    const result = await h.send('create 50 characters');
    expect(result.queueTaskId).toBeDefined();
    const task = await h.services.queue.wait(result.queueTaskId!);
    expect(task.status).toBe('done');
    expect(task.created).toHaveLength(50);
    expect(await h.characters()).toHaveLength(50);
    await h.close();
  }, 120_000);

  it('says why it makes fewer than asked: the per-message cap, or names running out', () => {
    expect(shortfallNotice('character', 50, 50)).toBeNull();
    expect(shortfallNotice('character', BULK_LIMIT + 100, BULK_LIMIT)).toMatch(
      new RegExp(`at most ${BULK_LIMIT}.*creating ${BULK_LIMIT}`),
    );
    expect(shortfallNotice('location', 30, 14)).toMatch(/asked for 30 locations.*only draft 14/);
  });

  it('tells the user in the reply when it creates fewer locations than asked', async () => {
    const h = await openChat();
    const result = await h.send('create 60 locations');
    const task = await h.services.queue.wait(result.queueTaskId!);
    const made = task.created.length;
    // The shortfall is said exactly when there is one.
    expect(result.reply.includes('You asked for 60 locations')).toBe(made < 60);
    expect(result.reply).toContain(`Creating ${made} locations`);
    await h.close();
  }, 120_000);
});
