// A simulated scene written by a model (fake OpenAI-compatible server): one call per turn, each with the speaking
// character's own view only (the scenes they witnessed, never the other's), and token and cost counts recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Character } from '../../../../src-preload/contract/entities';
import { runSimulation } from '../../../../src-main/agents/simulation/run-simulation';
import { createOpenAiBrain } from '../../../../src-main/brains/openai/openai-brain';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { reply, startFakeOpenAiServer, type FakeOpenAiServer } from '../../../fakes/fake-openai-server';
import { lastUserMessage } from '../../../fixtures/authoring-model';
import { emptyFile } from '../../domain/domain-fixtures';

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer({
    // Answers in character: the line names the speaker the request says it plays.
    respond: (body) => {
      const view = JSON.parse(lastUserMessage(body)) as { you: { name: string } };
      return {
        ...reply.json({
          text: `${view.you.name} will not let this go.`,
          interaction: 'accusation',
          intensity: 0.6,
        }),
        usage: { prompt: 200, completion: 20 },
      } as ReturnType<typeof reply.json>;
    },
  });
});
afterEach(() => server.close());

/** Sarah and John share scene 1; only Sarah saw scene 2, only John scene 3. */
function project() {
  const b = new ChangeBuilder(emptyFile(), { via: 'manual' });
  const sarah = b.create('character', { name: 'Sarah', goals: ['find the money'] }).id;
  const john = b.create('character', { name: 'John', goals: ['keep his secret'] }).id;
  const scene = (number: number, summary: string, characterIds: string[]) =>
    b.create('scene', { number, heading: `INT. OFFICE - NIGHT`, summary, characterIds });
  scene(1, 'Sarah and John count the takings together.', [sarah, john]);
  scene(2, 'Sarah finds the safe open at midnight.', [sarah]);
  scene(3, 'John burns the receipts in the alley.', [john]);
  b.create('relationship', {
    sourceId: sarah,
    targetId: john,
    kind: 'friendship',
    strength: 0.5,
    trust: 0.6,
  });
  const file = b.work;
  const [s, j] = [sarah, john].map((id) => file.entities.characters.find((c) => c.id === id) as Character);
  return { file, sarah: s!, john: j! };
}

describe('simulation with a model (issue 12)', () => {
  it('makes one call per turn with only the speaker’s view, and records tokens and cost', async () => {
    const { file, sarah, john } = project();
    const brain = createOpenAiBrain({
      baseURL: server.baseURL,
      model: 'fake-model',
      timeoutMs: 5_000,
      maxRetries: 0,
      pricing: { inputPerMTok: 1, outputPerMTok: 4 },
    });
    const sim = await runSimulation(
      file,
      { participants: [sarah, john], objective: 'the missing money', request: 'confront', seed: 3 },
      brain,
    );
    const calls = server.chatRequests();
    expect(sim.turns.length).toBeGreaterThanOrEqual(4);
    expect(calls).toHaveLength(sim.turns.length);
    for (const [i, turn] of sim.turns.entries()) {
      const body = calls[i]!.body;
      const system = String(body.messages?.[0]?.content);
      const view = JSON.parse(lastUserMessage(body)) as {
        you: { name: string; goals: string[] };
        witnessed: string[];
      };
      const me = turn.characterId === sarah.id ? sarah : john;
      expect(system).toContain(`You play ${me.name}`);
      expect(view.you.name).toBe(me.name);
      expect(view.you.goals).toEqual(me.goals);
      expect(turn.text).toBe(`${me.name} will not let this go.`);
      const request = JSON.stringify(body.messages);
      // Their own memory is there; the other's private scene and goals are not.
      if (me === sarah) {
        expect(view.witnessed).toContain('Sarah finds the safe open at midnight.');
        expect(request).not.toContain('burns the receipts');
        expect(request).not.toContain('keep his secret');
      } else {
        expect(view.witnessed).toContain('John burns the receipts in the alley.');
        expect(request).not.toContain('safe open at midnight');
        expect(request).not.toContain('find the money');
      }
      expect(view.witnessed).toContain('Sarah and John count the takings together.');
      // Each turn carries its own call's counts: 200 prompt and 20 completion tokens at $1 / $4 per million.
      expect(turn.usage).toEqual({
        promptTokens: 200,
        completionTokens: 20,
        costUsd: expect.closeTo(0.00028, 8),
      });
    }
    expect(sim.usage).toEqual({
      promptTokens: 200 * sim.turns.length,
      completionTokens: 20 * sim.turns.length,
      costUsd: expect.closeTo(0.00028 * sim.turns.length, 8),
    });
  });
});
