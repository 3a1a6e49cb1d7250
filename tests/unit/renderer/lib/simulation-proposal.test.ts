// Unit tests of a scene's proposal as the graph shows it: a playing scene's streamed turns, alone or on top of the
// paused part it continues.
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../src-preload/contract';
import { liveProposal } from '../../../../src-renderer/src/lib/simulation-proposal';
import type { LiveScene } from '../../../../src-renderer/src/stores/simulation-slice';
import { ID } from '../fixtures';

const change = (reason: string, turn: number) => ({
  relationshipId: ID(10),
  dStrength: -0.1,
  dTrust: 0,
  reason,
  turn,
});
const paused: Simulation = {
  id: 'SIM1',
  status: 'paused',
  participants: [{ characterId: ID(1), name: 'Sarah' }],
  objective: 'the money',
  ending: 'capped',
  turns: [{ speaker: 'Sarah', characterId: ID(1), text: 'Well?' }],
  changes: [change('earlier', 0)],
  emotions: [],
};
const live = (simulationId: string): LiveScene => ({
  runId: 'R2',
  simulationId,
  fromIndex: 1,
  turns: [{ speaker: 'John', characterId: ID(2), text: 'Fine.' }],
  changes: [change('now', 1)],
  emotions: [
    {
      characterId: ID(2),
      emotions: { joy: 0, anger: 1, fear: 0, sadness: 0, affection: 0 },
      feeling: 'angry',
    },
  ],
  asked: null,
});

describe('live proposal', () => {
  it('is the waiting scene when nothing plays', () => {
    expect(liveProposal(paused, null)).toBe(paused);
    expect(liveProposal(null, null)).toBeNull();
  });

  it('adds a continued scene’s streamed changes to its earlier ones, with the newest feelings', () => {
    const proposal = liveProposal(paused, live('SIM1'))!;
    expect(proposal.changes.map((c) => c.reason)).toEqual(['earlier', 'now']);
    expect(proposal.turns).toHaveLength(2);
    expect(proposal.emotions[0]!.feeling).toBe('angry');
    expect(proposal.objective).toBe('the money');
  });

  it('replaces another waiting scene with the one playing', () => {
    expect(liveProposal(paused, live('SIM2'))!.changes.map((c) => c.reason)).toEqual(['now']);
  });
});
