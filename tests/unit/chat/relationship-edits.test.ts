// Chat edits of relationships: each statement is one ledger entry with the user's words and one undo step.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Relationship } from '../../../src-preload/contract/entities';
import { removeTempDirs } from '../../fixtures/temp-dir';
import { openChat, type ChatHarness } from './chat-harness';

const open: ChatHarness[] = [];
const track = (h: ChatHarness): ChatHarness => (open.push(h), h);
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

async function rivals(): Promise<ChatHarness> {
  const h = track(await openChat());
  await h.send('Create a character named Sarah');
  await h.send('Create a character named Tom');
  await h.send('Sarah and Tom are rivals');
  return h;
}
const rel = async (h: ChatHarness): Promise<Relationship> => {
  const all = await h.relationships();
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('chat edits relationships (issue 12)', () => {
  it('"are now friends" turns rivals into friends with a ledger entry (was: "already linked — nothing new to add")', async () => {
    const h = await rivals();
    const before = await rel(h);
    expect(before.kind).toBe('rivalry');
    expect(before.history).toEqual([
      expect.objectContaining({ cause: 'chat', reason: '“Sarah and Tom are rivals”' }),
    ]);
    const turn = await h.send('Sarah and Tom are now friends');
    expect(turn.reply).not.toMatch(/already linked/);
    const after = await rel(h);
    expect(after.kind).toBe('friendship');
    expect(after.strength).toBeGreaterThan(0);
    expect(after.history.at(-1)).toMatchObject({
      cause: 'chat',
      kind: 'friendship',
      fromKind: 'rivalry',
      reason: '“Sarah and Tom are now friends”',
    });
  });

  it('trust, reconciliation, intensity and pins each write one entry and undo as one step', async () => {
    const h = await rivals();
    const start = await rel(h);
    await h.send('Sarah trusts Tom less');
    expect((await rel(h)).trust).toBeCloseTo(start.trust - 0.2, 4);
    await h.send('make their rivalry stronger');
    expect((await rel(h)).strength).toBeLessThan(start.strength);
    await h.send('pin their trust');
    const pinned = await rel(h);
    expect(pinned.pinned).toEqual({ trust: true });
    await h.send('they reconcile');
    const reconciled = await rel(h);
    expect(reconciled.trust).toBe(pinned.trust);
    expect(reconciled.strength).toBeGreaterThan(pinned.strength);
    expect(reconciled.history.at(-1)).toMatchObject({ cause: 'chat', interaction: 'reconciliation' });
    expect(reconciled.history.at(-1)!.reason).toMatch(/^“they reconcile” — /);
    expect(reconciled.history).toHaveLength(start.history.length + 4);

    const undone = await h.send('undo');
    expect(undone.intent).toBe('undo');
    expect(await rel(h)).toMatchObject({
      strength: pinned.strength,
      trust: pinned.trust,
      history: pinned.history,
    });
  });

  it('"falls for" makes the relationship romantic; "stops trusting" drops trust; a query quotes the last reasons', async () => {
    const h = await rivals();
    await h.send('Tom falls for Sarah');
    expect((await rel(h)).kind).toBe('romantic');
    await h.send('Sarah stops trusting Tom');
    expect((await rel(h)).trust).toBeLessThanOrEqual(0.1);
    const answer = await h.send('how do Sarah and Tom get along?');
    expect(answer.intent).toBe('query');
    expect(answer.reply).toMatch(/trust 0\.10/);
    expect(answer.reply).toMatch(
      /Last changes: “Sarah stops trusting Tom” \(chat: strength \+0\.00, trust −0\.\d\d\); “Tom falls for Sarah”/,
    );
  });
});
