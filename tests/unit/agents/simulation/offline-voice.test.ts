// The offline engine's characters sound like different people: sentence length and hedges follow personality.
import { describe, expect, it } from 'vitest';
import type { Character, Personality } from '../../../../src-preload/contract/entities';
import { runSimulation } from '../../../../src-main/agents/simulation/run-simulation';
import { HEDGES } from '../../../../src-main/agents/simulation/offline-voice';
import { offlineBrain } from '../../../../src-main/brains/offline/offline-brain';
import { emptyFile } from '../../domain/domain-fixtures';

const person = (id: string, name: string, personality: Personality): Character =>
  ({ id, name, personality, aliases: [], goals: [], traits: [], wardrobe: [] }) as unknown as Character;

const bold: Personality = {
  openness: 0.9,
  conscientiousness: 0.5,
  extraversion: 0.95,
  agreeableness: 0.1,
  neuroticism: 0.05,
};
const timid: Personality = {
  openness: 0.2,
  conscientiousness: 0.5,
  extraversion: 0.05,
  agreeableness: 0.9,
  neuroticism: 0.95,
};

function stats(lines: string[]) {
  const sentences = lines.flatMap((l) => l.match(/[^.!?]+[.!?]+/g) ?? [l]);
  const words = sentences.map((s) => s.trim().split(/\s+/).length);
  const hedges = lines.join(' ').toLowerCase();
  return {
    meanSentence: words.reduce((a, b) => a + b, 0) / words.length,
    meanLine: lines.reduce((a, l) => a + l.split(/\s+/).length, 0) / lines.length,
    hedges:
      HEDGES.reduce(
        (n, h) => n + (hedges.match(new RegExp(`\\b${h.toLowerCase()}\\b`, 'g'))?.length ?? 0),
        0,
      ) / lines.length,
  };
}

describe('offline voices', () => {
  it('two characters with opposite personalities produce measurably different lines', async () => {
    const a = person('01ARZ3NDEKTSV4RRFFQ69G5FAV', 'Vera', bold);
    const b = person('01ARZ3NDEKTSV4RRFFQ69G5FAW', 'Milo', timid);
    const linesOf = { [a.id]: [] as string[], [b.id]: [] as string[] };
    // Several seeds and both orders, so the difference is the voices', not one lucky draw.
    for (let seed = 1; seed <= 5; seed++)
      for (const pair of [
        [a, b],
        [b, a],
      ] as const) {
        const sim = await runSimulation(
          emptyFile(),
          { participants: [...pair], objective: 'the missing money', request: 'confront', seed },
          offlineBrain,
        );
        for (const t of sim.turns) linesOf[t.characterId]!.push(t.text);
      }
    const vera = stats(linesOf[a.id]!);
    const milo = stats(linesOf[b.id]!);
    expect(vera.meanLine).toBeGreaterThan(milo.meanLine * 1.3);
    expect(vera.meanSentence).toBeGreaterThan(milo.meanSentence);
    expect(milo.hedges).toBeGreaterThan(vera.hedges + 0.3);
    expect(vera.hedges).toBeLessThan(0.1);
  });

  it('is deterministic for a seed', async () => {
    const a = person('01ARZ3NDEKTSV4RRFFQ69G5FAV', 'Vera', bold);
    const b = person('01ARZ3NDEKTSV4RRFFQ69G5FAW', 'Milo', timid);
    const run = () =>
      runSimulation(
        emptyFile(),
        { participants: [a, b], objective: 'the lies', request: 'confront', seed: 5 },
        offlineBrain,
      );
    expect((await run()).turns).toEqual((await run()).turns);
  });
});
