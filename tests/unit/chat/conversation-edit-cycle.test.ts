// Conversation acceptance: create → modify → undo → redo, multi-entity messages as one undo step, pronouns across a restart.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat, type ChatHarness } from './chat-harness';

let open: ChatHarness[] = [];
const track = (h: ChatHarness): ChatHarness => (open.push(h), h);
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('create → modify → undo → redo', () => {
  it('creates Sarah with chat provenance, updates the same Sarah, undoes and redoes the change', async () => {
    const h = track(await openChat());
    const created = await h.send('Create a character named Sarah, 28, journalist');
    expect(created.intent).toBe('create');
    expect(created.created).toHaveLength(1);
    expect(created.created[0]).toMatchObject({ type: 'character', name: 'Sarah' });
    const sarah = await only(h, 'Sarah');
    expect(sarah.id).toBe(created.created[0]!.id);
    expect(sarah.age).toBe(28);
    expect(sarah.occupation).toBe('journalist');
    expect(sarah.createdVia).toBe('chat');
    expect(sarah.provenance?.messageId).toBe(created.userMessageId);
    // The provenance points at the persisted user message, not just any id.
    const userMessage = (await h.messages()).find((m) => m.id === created.userMessageId);
    expect(userMessage).toMatchObject({
      role: 'user',
      content: 'Create a character named Sarah, 28, journalist',
    });
    expect(created.reply).toContain('Sarah');

    const modified = await h.send('make her 32');
    expect(modified.intent).toBe('modify');
    expect(modified.created).toEqual([]);
    expect(modified.updated.map((r) => r.id)).toEqual([sarah.id]);
    expect((await only(h, 'Sarah')).age).toBe(32);
    expect(await h.characters()).toHaveLength(1);

    const undone = await h.send('undo');
    expect(undone.intent).toBe('undo');
    expect(undone.reply).toMatch(/^Undid/);
    const afterUndo = await only(h, 'Sarah');
    expect(afterUndo.id).toBe(sarah.id);
    expect(afterUndo.age).toBe(28);
    expect(undone.choices).toContainEqual({ label: 'Redo', command: 'redo' });

    const redone = await h.send('redo');
    expect(redone.reply).toMatch(/^Redid/);
    expect((await only(h, 'Sarah')).age).toBe(32);
    expect(await h.characters()).toHaveLength(1);
  });

  it('"nothing to undo" on a fresh project changes nothing', async () => {
    const h = track(await openChat());
    const result = await h.send('undo');
    expect(result.reply).toContain('nothing to undo');
    expect(result.created).toEqual([]);
    expect(result.deleted).toEqual([]);
  });
});

describe('multi-entity messages', () => {
  for (const text of [
    'Sarah, a journalist, and her brother John, a cop',
    'Create Sarah, a journalist, and her brother John, a cop',
  ]) {
    it(`"${text}" → two characters and a family link; one undo removes all three`, async () => {
      const h = track(await openChat());
      const result = await h.send(text);
      expect(result.intent).toBe('create');
      expect(result.created.map((r) => r.type).sort()).toEqual(['character', 'character', 'relationship']);
      const chars = await h.characters();
      expect(chars.map((c) => c.name).sort()).toEqual(['John', 'Sarah']);
      const sarah = await only(h, 'Sarah');
      const john = await only(h, 'John');
      expect(sarah.occupation).toBe('journalist');
      expect(john.occupation).toBe('cop');
      for (const c of chars) {
        expect(c.createdVia).toBe('chat');
        expect(c.provenance?.messageId).toBe(result.userMessageId);
      }
      const rels = await h.relationships();
      expect(rels).toHaveLength(1);
      expect(rels[0]!.kind).toBe('family');
      expect([rels[0]!.sourceId, rels[0]!.targetId].sort()).toEqual([sarah.id, john.id].sort());
      // Entities are announced before the link between them.
      expect(result.reply.indexOf('Created character John')).toBeLessThan(result.reply.indexOf('Linked'));

      const undone = await h.send('undo');
      expect(await h.characters()).toEqual([]);
      expect(await h.relationships()).toEqual([]);
      expect(undone.deleted.map((r) => r.id).sort()).toEqual(result.created.map((r) => r.id).sort());
      // It was a single step: a second undo has nothing left.
      expect((await h.send('undo')).reply).toContain('nothing to undo');
    });
  }
});

describe('pronoun resolution and context across a restart', () => {
  it('"make her 32" resolves the Sarah just created; after a restart "make her 40" still does', async () => {
    const first = track(await openChat());
    await first.send('Create a character named Sarah, 28, journalist');
    const sarahId = (await only(first, 'Sarah')).id;
    expect((await first.send('make her 32')).updated.map((r) => r.id)).toEqual([sarahId]);
    expect((await only(first, 'Sarah')).age).toBe(32);

    // A brand-new services instance (new ChatService, new repository) on the same root.
    const second = track(await first.restart());
    open = open.filter((h) => h !== first);
    const result = await second.send('make her 40');
    expect(result.intent).toBe('modify');
    expect(result.updated.map((r) => r.id)).toEqual([sarahId]);
    expect((await only(second, 'Sarah')).age).toBe(40);
    expect(await second.characters()).toHaveLength(1);
  });

  it('"her" means the most recently mentioned person, not the first one created', async () => {
    const h = track(await openChat());
    await h.send('Create a character named Sarah, 28, journalist');
    await h.send('Create a character named Maya, 30, pilot');
    await h.send('make her 31');
    expect((await only(h, 'Maya')).age).toBe(31);
    expect((await only(h, 'Sarah')).age).toBe(28);
  });

  it('a description given in the message is stored without asking again ("describe John as …")', async () => {
    const h = track(await openChat());
    await h.send('Create a character named John, a cop');
    const result = await h.send('describe John as a corrupt officer hiding a secret.');
    expect(result.updated).toHaveLength(1);
    expect((await only(h, 'John')).description).toBe('A corrupt officer hiding a secret');
  });
});
