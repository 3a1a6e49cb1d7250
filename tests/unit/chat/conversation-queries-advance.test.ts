// Conversation acceptance: questions answered from the project with entity refs; the workflow advanced (or blocked) by chat.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { only, openChat, type ChatHarness } from './chat-harness';

const open: ChatHarness[] = [];
async function fresh(): Promise<ChatHarness> {
  const h = await openChat();
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

const assistantOf = (r: { messages: { role: string; refs?: { id: string }[] }[] }) =>
  r.messages.find((m) => m.role === 'assistant')!;

describe('query answers reference entities', () => {
  it('"who are the main characters?" names them (protagonist first) and carries their ids as refs', async () => {
    const h = await fresh();
    await h.send('Create Sarah, a journalist, and her brother John, a cop');
    await h.send('make John the antagonist');
    await h.send('make Sarah the protagonist');
    const sarah = await only(h, 'Sarah');
    const john = await only(h, 'John');
    const answer = await h.send('who are the main characters?');
    expect(answer.intent).toBe('query');
    expect(answer.created).toEqual([]);
    expect(answer.reply).toContain('Sarah (protagonist)');
    expect(answer.reply).toContain('John (antagonist)');
    expect(answer.reply.indexOf('Sarah')).toBeLessThan(answer.reply.indexOf('John'));
    expect(answer.reply).not.toContain('[[');
    const refIds = assistantOf(answer).refs!.map((r) => r.id);
    expect(refIds).toEqual(expect.arrayContaining([sarah.id, john.id]));
    // The persisted content keeps the markers the UI turns into chips.
    expect(answer.messages.find((m) => m.role === 'assistant')!.content).toContain(
      `[[character:${sarah.id}|Sarah]]`,
    );
  });

  it('"what is the relationship between Sarah and John?" describes the family link', async () => {
    const h = await fresh();
    await h.send('Create Sarah, a journalist, and her brother John, a cop');
    const rel = (await h.relationships())[0]!;
    const answer = await h.send('what is the relationship between Sarah and John?');
    expect(answer.intent).toBe('query');
    expect(answer.reply).toContain('Sarah');
    expect(answer.reply).toContain('John');
    expect(answer.reply).toContain('family');
    expect(answer.reply).toContain('brother');
    const refIds = assistantOf(answer).refs!.map((r) => r.id);
    expect(refIds).toEqual(expect.arrayContaining([(await only(h, 'Sarah')).id, (await only(h, 'John')).id]));
    expect(rel.kind).toBe('family');
  });

  it('"which locations have no scenes?" lists unused locations, and says so when there are none at all', async () => {
    const h = await fresh();
    const none = await h.send('which locations have no scenes?');
    expect(none.reply).toBe('There are no locations yet.');
    await h.send('Create a location called the Harbor');
    const harbor = (await h.locations())[0]!;
    expect(harbor.name).toBe('The Harbor');
    const answer = await h.send('which locations have no scenes?');
    expect(answer.intent).toBe('query');
    expect(answer.reply).toBe('Locations with no scenes: The Harbor.');
    expect(assistantOf(answer).refs!.map((r) => r.id)).toContain(harbor.id);
  });

  it('"tell me about her" falls back to the person the conversation is about', async () => {
    const h = await fresh();
    await h.send('Create a character named Sarah, 28, journalist');
    const answer = await h.send('tell me about her');
    expect(answer.reply).toContain('Sarah');
    expect(answer.reply).toContain('journalist');
  });
});

describe('advancing the workflow by chat', () => {
  it('a fresh project is blocked with a code, reasons and clickable remedies; nothing moves', async () => {
    const h = await fresh();
    const before = (await h.file()).project.workflow.current;
    const result = await h.send('move on to scene breakdown');
    expect(result.intent).toBe('advance');
    expect(result.blocked).toBeDefined();
    expect(result.blocked!.code).toMatch(/^WORKFLOW_[A-Z_]+$/);
    expect(result.blocked!.reasons.length).toBeGreaterThan(0);
    expect(result.blocked!.remedies.length).toBeGreaterThan(0);
    for (const r of result.blocked!.remedies) expect(r.command.trim().length).toBeGreaterThan(0);
    expect(result.reply).toContain(result.blocked!.reasons[0]!);
    expect(result.choices).toEqual(expect.arrayContaining(result.blocked!.remedies));
    expect((await h.file()).project.workflow.current).toBe(before);
  });

  it('after a logline, two developed characters, their link and a location — all by chat — the same request succeeds', async () => {
    const h = await fresh();
    const blocks: string[] = [];
    const attempt = async (): Promise<boolean> => {
      const r = await h.send('move on to scene breakdown');
      if (r.blocked) blocks.push(r.blocked.code);
      return !r.blocked;
    };
    expect(await attempt()).toBe(false);

    const logline = await h.send('set the logline to A journalist uncovers a conspiracy in her own family');
    expect(logline.reply).toContain('logline');
    expect((await h.file()).project.logline).toBe('A journalist uncovers a conspiracy in her own family');

    await h.send('Create a character named Sarah, 28, journalist');
    await h.send('make her the protagonist');
    await h.send('describe her as a stubborn reporter who never lets go of a story');
    await h.send('Create a character named John, a cop');
    await h.send('make John the antagonist');
    // The two-step way to describe: the assistant asks, the answer fills the field.
    expect((await h.send('describe John')).reply).toMatch(/Describe John/);
    await h.send('A corrupt officer hiding a secret.');
    const sarah = await only(h, 'Sarah');
    const john = await only(h, 'John');
    expect([sarah.role, john.role]).toEqual(['protagonist', 'antagonist']);
    expect(sarah.description).toBe('A stubborn reporter who never lets go of a story');
    expect(john.description).toBe('A corrupt officer hiding a secret.');

    // The blocked answer's own remedy must work when typed.
    const stillBlocked = await h.send('move on to scene breakdown');
    expect(stillBlocked.blocked?.code).toBe('WORKFLOW_NEEDS_RELATIONSHIPS');
    const remedy = stillBlocked.blocked!.remedies[0]!.command;
    const linked = await h.send(remedy);
    expect(linked.created.map((r) => r.type)).toEqual(['relationship']);
    expect(await h.relationships()).toHaveLength(1);

    await h.send('Create a location called the Harbor');
    const moved = await h.send('move on to scene breakdown');
    expect(moved.blocked).toBeUndefined();
    expect(moved.reply).toMatch(/Moved to Scene breakdown/i);
    expect((await h.file()).project.workflow.current).toBe('scene_breakdown');
    expect(blocks[0]).toBe('WORKFLOW_NEEDS_CONCEPT');
  });

  it('"create a relationship between Sarah and John" twice links them once', async () => {
    const h = await fresh();
    await h.send('Create a character named Sarah, 28, journalist');
    await h.send('Create a character named John, a cop');
    const first = await h.send('create a relationship between Sarah and John');
    expect(first.created).toHaveLength(1);
    expect(first.reply).not.toContain('already in the project');
    const second = await h.send('create a relationship between Sarah and John');
    expect(second.created).toEqual([]);
    expect(second.reply).toContain('already linked');
    expect(await h.relationships()).toHaveLength(1);
    expect(await h.characters()).toHaveLength(2);
  });
});
