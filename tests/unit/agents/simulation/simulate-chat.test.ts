// Simulated scenes through the chat: a confrontation in character, then its changes kept, then a second one discarded.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, only, type ChatHarness } from '../../chat/chat-harness';

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
afterAll(removeTempDirs);

describe('simulate (issue 12)', () => {
  it('a confrontation between two created characters plays ≥ 4 turns in character; kept, then a second run discarded', async () => {
    const h = await openChat();
    open.push(h);
    await h.send('Create a character named Sarah');
    await h.send('Create a character named John');
    await h.send('Sarah and John are friends');
    const [before] = await h.relationships();

    const scene = await h.send('Have Sarah confront John about the missing money');
    expect(scene.intent).toBe('simulate');
    const sim = scene.simulation!;
    expect(sim.status).toBe('pending');
    expect(sim.turns.length).toBeGreaterThanOrEqual(4);
    const sarah = await only(h, 'Sarah');
    const john = await only(h, 'John');
    // Each line is spoken by one of the two, in turn, and the confrontation is about the objective.
    expect(new Set(sim.turns.map((t) => t.characterId))).toEqual(new Set([sarah.id, john.id]));
    expect(sim.turns[0]).toMatchObject({ speaker: 'Sarah', characterId: sarah.id });
    sim.turns.slice(1).forEach((t, i) => expect(t.characterId).not.toBe(sim.turns[i]!.characterId));
    expect(sim.turns.map((t) => t.text).join(' ')).toMatch(/missing money/);
    expect(['resolved', 'broken']).toContain(sim.ending);
    expect(sim.changes).toHaveLength(sim.turns.length);
    for (const c of sim.changes) {
      expect(c.relationshipId).toBe(before!.id);
      expect(c.reason).toMatch(/^(Sarah|John): “/);
    }
    // Nothing changes until the user keeps the scene.
    expect((await h.relationships())[0]).toEqual(before);

    const kept = await h.send('keep the scene');
    expect(kept.simulation?.status).toBe('kept');
    const afterKeep = (await h.relationships())[0]!;
    expect(afterKeep.history.length).toBe(before!.history.length + sim.changes.length);
    expect(
      afterKeep.history.slice(-sim.changes.length).every((e) => e.cause === 'simulation' && e.reason),
    ).toBe(true);
    const net = sim.changes.reduce((s, c) => s + c.dTrust, 0);
    expect(afterKeep.trust).toBeCloseTo(before!.trust + net, 3);
    expect((await only(h, 'John')).emotions).toBeDefined();

    const second = await h.send('Have John confront Sarah about the lies');
    expect(second.simulation?.status).toBe('pending');
    const discarded = await h.send('discard it');
    expect(discarded.simulation?.status).toBe('discarded');
    expect((await h.relationships())[0]).toEqual(afterKeep);
    expect(await h.characters()).toHaveLength(2);

    // The discard changed nothing, so the last change is the kept scene: one undo takes it all back.
    await h.send('undo');
    expect((await h.relationships())[0]).toMatchObject({
      trust: before!.trust,
      strength: before!.strength,
      history: before!.history,
    });
  });
});
