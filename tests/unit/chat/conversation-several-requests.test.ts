// Conversation: a message with several requests does the first and says, in a notice, what is left to send.
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat } from './chat-harness';

afterAll(removeTempDirs);

describe('several requests in one message', () => {
  it('creates the character of the first request and lists the later request in a notice', async () => {
    const h = await openChat();
    try {
      const turn = await h.send('Create a character named Noor, a pilot, then move on to the casting step');
      expect(turn.intent).toBe('create');
      expect((await only(h, 'Noor')).occupation).toBe('pilot');
      expect(turn.notices.join(' ')).toContain('"move on to the casting step"');
      const single = await h.send('make Noor 41');
      expect(single.notices).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
