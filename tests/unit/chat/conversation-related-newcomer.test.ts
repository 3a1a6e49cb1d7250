// A newcomer described beside the person they are tied to ("Add Ruud, Inge's uncle, 67"): one person, one link.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat, type ChatHarness } from './chat-harness';

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('chat: a newcomer described beside the person they are tied to', () => {
  it('gives the age and job to the newcomer, links the two, and does not report the anchor as a repeat', async () => {
    const h = await openChat();
    open.push(h);
    await h.send('Create a character named Inge, 40, a baker');
    const turn = await h.send("New character: Ruud Vos, Inge's uncle, 67, retired miner");
    expect(turn.reply).toMatch(/Created character .*Ruud Vos.* \(67, retired miner\)/);
    expect(turn.reply).toMatch(/Linked .*Ruud Vos.* and .*Inge.* \(uncle\)/);
    expect(turn.reply).not.toMatch(/already in the project/);
    expect((await only(h, 'Inge')).age).toBe(40);
    expect(await h.relationships()).toEqual([expect.objectContaining({ kind: 'family', label: 'uncle' })]);
  });

  it('describes the newcomer without stray commas where the age was', async () => {
    const h = await openChat();
    open.push(h);
    await h.send('Create a character named Inge');
    await h.send("Add Fenne Jansen, Inge's cousin, 35. She is quiet and watchful.");
    const fenne = await only(h, 'Fenne Jansen');
    expect(fenne.age).toBe(35);
    expect(fenne.description).toBe("Inge's cousin. She is quiet and watchful.");
  });
});
