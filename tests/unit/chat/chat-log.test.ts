// ChatLog: durable JSONL sessions — appended messages survive a new instance, torn lines are skipped, ids supersede.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import { ChatLog } from '../../../src-main/chat/chat-log';
import { AppFailure } from '../../../src-main/shared/failure';
import { makeTempDir, removeTempDirs } from '../../fixtures/temp-dir';

afterAll(removeTempDirs);

let n = 0;
function msg(sessionId: string, content: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  n += 1;
  return {
    id: `M${String(n).padStart(4, '0')}`,
    sessionId,
    role: 'user',
    content,
    at: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    createdIds: [],
    updatedIds: [],
    status: 'done',
    ...extra,
  };
}

describe('ChatLog', () => {
  it('appended messages are on disk: a fresh instance reads them back in order', async () => {
    const dir = makeTempDir();
    const log = new ChatLog(dir);
    const a = msg('S1', 'hello');
    const b = msg('S1', 'Create a character named Sarah', {
      role: 'assistant',
      refs: [{ type: 'character', id: 'C1', name: 'Sarah' }],
    });
    await log.append(a);
    await log.append(b);
    expect((await new ChatLog(dir).read('S1')).map((m) => m.content)).toEqual([
      'hello',
      'Create a character named Sarah',
    ]);
    expect(
      readFileSync(join(dir, 'chat', 'S1.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(2);
  });

  it('a torn last line (crash mid-append) is skipped; everything before it is intact', async () => {
    const dir = makeTempDir();
    await new ChatLog(dir).append(msg('S1', 'kept'));
    appendFileSync(join(dir, 'chat', 'S1.jsonl'), '{"id":"M9999","sessionId":"S1","role":"us');
    const read = await new ChatLog(dir).read('S1');
    expect(read.map((m) => m.content)).toEqual(['kept']);
    // And the log stays appendable after the damage.
    const log = new ChatLog(dir);
    await log.append(msg('S1', 'after'));
    expect((await new ChatLog(dir).read('S1')).map((m) => m.content)).toEqual(['kept', 'after']);
  });

  it('a later line with the same id supersedes the earlier one (status updates)', async () => {
    const dir = makeTempDir();
    const log = new ChatLog(dir);
    const pending = msg('S1', 'working…', { role: 'assistant', status: 'pending' });
    await log.append(pending);
    await log.append({ ...pending, content: 'done', status: 'done' });
    for (const reader of [log, new ChatLog(dir)]) {
      const read = await reader.read('S1');
      expect(read).toHaveLength(1);
      expect(read[0]).toMatchObject({ content: 'done', status: 'done' });
    }
  });

  it('rejects invalid messages and session ids that could escape the folder', async () => {
    const log = new ChatLog(makeTempDir());
    await expect(log.append({ ...msg('S1', 'x'), role: 'robot' as never })).rejects.toThrow();
    await expect(log.read('../evil')).rejects.toBeInstanceOf(AppFailure);
  });

  it('sessions: newest first with title and count; recent() spans sessions, newest last', async () => {
    const dir = makeTempDir();
    const log = new ChatLog(dir);
    await log.append(msg('OLD', 'first session question'));
    await log.append(msg('OLD', 'answer', { role: 'assistant' }));
    await log.append(msg('NEW', 'second session'));
    const sessions = await new ChatLog(dir).sessions();
    expect(sessions.map((s) => [s.id, s.messageCount])).toEqual([
      ['NEW', 1],
      ['OLD', 2],
    ]);
    expect(sessions[1]!.title).toBe('first session question');
    expect((await new ChatLog(dir).recent(2)).map((m) => m.content)).toEqual(['answer', 'second session']);
    expect((await new ChatLog(dir).recent(10)).map((m) => m.content)).toEqual([
      'first session question',
      'answer',
      'second session',
    ]);
  });

  it('search is case-insensitive across sessions; a blank query finds nothing', async () => {
    const dir = makeTempDir();
    const log = new ChatLog(dir);
    await log.append(msg('A', 'Sarah is a journalist'));
    await log.append(msg('B', 'make SARAH 32'));
    await log.append(msg('B', 'unrelated'));
    expect((await log.search('sarah')).map((m) => m.content).sort()).toEqual([
      'Sarah is a journalist',
      'make SARAH 32',
    ]);
    expect(await log.search('   ')).toEqual([]);
    expect(await new ChatLog(makeTempDir()).sessions()).toEqual([]);
  });
});
