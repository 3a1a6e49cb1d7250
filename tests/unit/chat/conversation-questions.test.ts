// Conversation acceptance: the assistant asks instead of guessing — duplicate names and a missing name — and uses the answer.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat, type ChatHarness } from './chat-harness';

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

async function withSarah28(): Promise<{ h: ChatHarness; sarahId: string }> {
  const h = await openChat();
  open.push(h);
  await h.send('Create a character named Sarah, 28, journalist');
  return { h, sarahId: (await only(h, 'Sarah')).id };
}

describe('duplicate detection', () => {
  it('"Create a character named Sarah, 40" when Sarah is 28 asks, and creates no twin', async () => {
    const { h, sarahId } = await withSarah28();
    const asked = await h.send('Create a character named Sarah, 40');
    expect(asked.created).toEqual([]);
    expect(asked.updated).toEqual([]);
    expect(asked.reply).toContain('already a character named Sarah');
    expect(asked.reply).toMatch(/28/);
    expect(asked.reply).toMatch(/40/);
    expect(asked.choices.map((c) => c.command)).toEqual(expect.arrayContaining(['create a separate one']));
    expect(asked.choices.some((c) => /^update/i.test(c.command))).toBe(true);
    // The question is persisted with the draft, so the answer can complete it (even after a restart).
    const assistant = asked.messages.find((m) => m.role === 'assistant');
    expect(assistant?.followUp).toMatchObject({
      kind: 'duplicate',
      entityType: 'character',
      existingId: sarahId,
    });
    const chars = await h.characters();
    expect(chars).toHaveLength(1);
    expect(chars[0]!.age).toBe(28);
  });

  it('answering "update" updates the existing Sarah to 40', async () => {
    const { h, sarahId } = await withSarah28();
    await h.send('Create a character named Sarah, 40');
    const answered = await h.send('update');
    expect(answered.updated.map((r) => r.id)).toEqual([sarahId]);
    expect(answered.created).toEqual([]);
    const sarah = await only(h, 'Sarah');
    expect(sarah.id).toBe(sarahId);
    expect(sarah.age).toBe(40);
    expect(sarah.occupation).toBe('journalist');
  });

  it('clicking the offered "Update Sarah" choice also updates', async () => {
    const { h, sarahId } = await withSarah28();
    const asked = await h.send('Create a character named Sarah, 40');
    const update = asked.choices.find((c) => /^update/i.test(c.command))!;
    const answered = await h.send(update.command);
    expect(answered.updated.map((r) => r.id)).toEqual([sarahId]);
    expect((await only(h, 'Sarah')).age).toBe(40);
  });

  it('answering "create a separate one" creates a second Sarah aged 40 and leaves the first alone', async () => {
    const { h, sarahId } = await withSarah28();
    await h.send('Create a character named Sarah, 40');
    const answered = await h.send('create a separate one');
    expect(answered.created).toHaveLength(1);
    const sarahs = (await h.characters()).filter((c) => c.name === 'Sarah');
    expect(sarahs).toHaveLength(2);
    expect(sarahs.find((c) => c.id === sarahId)?.age).toBe(28);
    const twin = sarahs.find((c) => c.id !== sarahId)!;
    expect(twin.age).toBe(40);
    expect(twin.createdVia).toBe('chat');
    expect(twin.provenance?.messageId).toBe(answered.userMessageId);
  });

  it('re-stating exactly what is known creates nothing and asks nothing', async () => {
    const { h } = await withSarah28();
    const again = await h.send('Create a character named Sarah, 28, journalist');
    expect(again.created).toEqual([]);
    expect(again.messages.find((m) => m.role === 'assistant')?.followUp).toBeUndefined();
    expect(await h.characters()).toHaveLength(1);
  });
});

describe('follow-up completion', () => {
  it('"Create a character who is a 30-year-old pilot" asks for the name; "Maya" creates Maya with the draft', async () => {
    const h = await openChat();
    open.push(h);
    const asked = await h.send('Create a character who is a 30-year-old pilot');
    expect(asked.created).toEqual([]);
    expect(asked.reply).toMatch(/called\?/);
    expect(asked.reply).toContain('30');
    expect(asked.reply).toContain('pilot');
    expect(await h.characters()).toEqual([]);

    const answered = await h.send('Maya');
    expect(answered.created).toHaveLength(1);
    const maya = await only(h, 'Maya');
    expect(maya.id).toBe(answered.created[0]!.id);
    expect(maya.age).toBe(30);
    expect(maya.occupation).toBe('pilot');
    expect(maya.createdVia).toBe('chat');
    expect(maya.provenance?.messageId).toBe(answered.userMessageId);
    // The question is closed: another short message is not taken as a second name.
    expect(answered.messages.find((m) => m.role === 'assistant')?.followUp).toBeUndefined();
  });

  it('"call her Maya Ortiz" works as an answer too, and the pending question survives a restart', async () => {
    const first = await openChat();
    await first.send('Create a character who is a 30-year-old pilot');
    const second = await first.restart();
    open.push(second);
    const answered = await second.send('call her Maya Ortiz');
    expect(answered.created).toHaveLength(1);
    const maya = await only(second, 'Maya Ortiz');
    expect(maya.age).toBe(30);
    expect(maya.occupation).toBe('pilot');
  });

  it('a confident new command is not mistaken for the answer', async () => {
    const h = await openChat();
    open.push(h);
    await h.send('Create a character who is a 30-year-old pilot');
    const result = await h.send('undo');
    expect(result.intent).toBe('undo');
    expect(await h.characters()).toEqual([]);
  });
});
