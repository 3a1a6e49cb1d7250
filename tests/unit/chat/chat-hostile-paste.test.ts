// Hostile pastes in chat: refused with a specific error that is saved in the chat log, never INTERNAL (issue 8).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { openChat, type ChatHarness } from './chat-harness';

let h: ChatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(removeTempDirs);

const sentence = 'Anna and Peter \u0001\u0002 walked down to the harbour in Dover at dusk. ';

describe('chat: pasted binary text', () => {
  it('a 20 KB paste full of control characters fails the turn with IMPORT_NOT_TEXT, saved, nothing created', async () => {
    h = await openChat();
    const result = await h.send(`Analyze this: ${sentence.repeat(300)}`);
    const assistant = result.messages.at(-1)!;
    expect(assistant.status).toBe('failed');
    expect(assistant.error?.code).toBe('IMPORT_NOT_TEXT');
    // Too long to offer as a one-click retry; the turn is still saved.
    expect(assistant.choices ?? []).toEqual([]);
    expect(result.created).toEqual([]);
    const file = await h.file();
    expect(file.entities.characters).toEqual([]);
  });
});
