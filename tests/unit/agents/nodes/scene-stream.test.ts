// Simulated scenes streamed from a chat turn: each turn as an event with its proposals, in order, and the UI's
// Pause/Stop requests (simulation:interrupt) acting on a scene while it plays, never on the next one.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../../../src-preload/contract/events';
import { simulationTurnDelayMs } from '../../../../src-main/agents/nodes/scene-stream';
import { requestSimulationPause } from '../../../../src-main/agents/simulation/pause-requests';
import { simulationHandlers } from '../../../../src-main/services/simulation-handlers';
import { removeTempDirs } from '../../../fixtures/temp-dir';
import { openChat, type ChatHarness } from '../../chat/chat-harness';

type TurnEvent = Extract<AgentEvent, { type: 'simulation_turn' }>;

const open: ChatHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
  delete process.env.STORYLOOM_SIMULATION_TURN_DELAY_MS;
});
afterAll(removeTempDirs);

/** A project with Sarah and John as friends, and every agent event it emits from now on. */
async function friends() {
  const h = await openChat();
  open.push(h);
  await h.send('Create a character named Sarah');
  await h.send('Create a character named John');
  await h.send('Sarah and John are friends');
  const events: AgentEvent[] = [];
  h.services.events.subscribe((name, payload) => {
    if (name === 'agent:event') events.push(payload as AgentEvent);
  });
  const turns = () => events.filter((e): e is TurnEvent => e.type === 'simulation_turn');
  return { h, events, turns };
}

const interrupt = (projectId: string, action: 'pause' | 'stop') =>
  simulationHandlers()['simulation:interrupt']({ projectId, action }, { transport: 'cli' });

describe('simulated scene streaming (issue 12)', () => {
  it('emits every turn in order with the changes it proposes, before the run finishes', async () => {
    const { h, events, turns } = await friends();
    const scene = await h.send('Have Sarah confront John about the missing money');
    const sim = scene.simulation!;
    const streamed = turns();
    expect(streamed.length).toBe(sim.turns.length);
    expect(streamed.map((e) => e.index)).toEqual(sim.turns.map((_, i) => i));
    expect(streamed.map((e) => e.turn)).toEqual(sim.turns);
    expect(streamed.flatMap((e) => e.changes)).toEqual(sim.changes);
    for (const e of streamed) {
      expect(e).toMatchObject({ runId: scene.runId, projectId: h.projectId, simulationId: sim.id });
      expect(e.changes[0]!.reason).toMatch(/^(Sarah|John): “/);
      expect(e.emotions.map((f) => f.characterId).sort()).toEqual(
        sim.participants.map((p) => p.characterId).sort(),
      );
    }
    // The last turn's feelings are the scene's.
    expect(streamed.at(-1)!.emotions).toEqual(sim.emotions);
    const finished = events.findIndex((e) => e.type === 'run_finished' && e.runId === scene.runId);
    expect(events.indexOf(streamed.at(-1)!)).toBeLessThan(finished);
  });

  it('pauses on request while playing, continues numbering on resume, and stops on request', async () => {
    const { h, turns } = await friends();
    const asked: Promise<{ requested: boolean }>[] = [];
    // The UI's button, pressed as the second line arrives.
    h.services.events.subscribe((name, payload) => {
      const e = payload as AgentEvent;
      if (name === 'agent:event' && e.type === 'simulation_turn' && e.index === 1 && asked.length === 0)
        asked.push(interrupt(h.projectId, 'pause'));
    });
    const first = await h.send('Have Sarah confront John about the missing money');
    expect(await asked[0]).toEqual({ requested: true });
    const paused = first.simulation!;
    expect(paused).toMatchObject({ status: 'paused', ending: 'capped' });
    expect(paused.turns).toHaveLength(2);
    expect(first.reply).toContain('It pauses for you after 2 turns');

    // Nothing plays while paused: a request now asks nothing and cannot pause the next part by surprise.
    expect(await interrupt(h.projectId, 'pause')).toEqual({ requested: false });
    const before = turns().length;
    const stopAt = paused.turns.length + 1;
    h.services.events.subscribe((name, payload) => {
      const e = payload as AgentEvent;
      if (name === 'agent:event' && e.type === 'simulation_turn' && e.index === stopAt)
        void interrupt(h.projectId, 'stop');
    });
    const resumed = await h.send('continue');
    const more = turns().slice(before);
    expect(more[0]!.index).toBe(paused.turns.length);
    expect(more.every((e) => e.simulationId === paused.id)).toBe(true);
    const stopped = resumed.simulation!;
    expect(stopped).toMatchObject({ status: 'pending', ending: 'stopped' });
    expect(stopped.resume).toBeUndefined();
    expect(stopped.turns).toHaveLength(stopAt + 1);
    expect(resumed.reply).toContain('You stopped it.');
    expect(resumed.choices.map((c) => c.command)).toContain('keep the scene');
  });

  it('streams the user’s own line in a continued scene like the characters’ lines, with its proposal', async () => {
    const { h, turns } = await friends();
    requestSimulationPause(h.projectId);
    const paused = (await h.send('Have Sarah confront John about the missing money')).simulation!;
    const before = turns().length;
    const stepped = (await h.send('John: I never touched your money!')).simulation!;
    const more = turns().slice(before);
    expect(more.map((e) => e.index)).toEqual(
      stepped.turns.slice(paused.turns.length).map((_, i) => paused.turns.length + i),
    );
    expect(more[0]!.turn).toMatchObject({ by: 'user', speaker: 'John' });
    expect(more[0]!.changes[0]!.reason).toMatch(/^John: “I never touched your money!”/);
    expect(more.flatMap((e) => e.changes)).toEqual(stepped.changes.slice(paused.changes.length));
  });

  it('a request made when no scene plays is dropped: the next scene plays to its end', async () => {
    const { h } = await friends();
    expect(await interrupt(h.projectId, 'stop')).toEqual({ requested: false });
    const scene = await h.send('Have Sarah confront John about the missing money');
    expect(['resolved', 'broken']).toContain(scene.simulation!.ending);
  });

  it('paces turns only when the host asks for it (none by default, nonsense reads as none)', () => {
    expect(simulationTurnDelayMs()).toBe(0);
    process.env.STORYLOOM_SIMULATION_TURN_DELAY_MS = '250';
    expect(simulationTurnDelayMs()).toBe(250);
    process.env.STORYLOOM_SIMULATION_TURN_DELAY_MS = 'soon';
    expect(simulationTurnDelayMs()).toBe(0);
  });
});
