// Unit tests of the graph's pure parts: a pending simulated scene's preview, and filters that hide without removing.
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../../src-preload/contract';
import { graphElements, NO_FILTER } from '../../../../../src-renderer/src/panels/graph/graph-elements';
import { previewValues } from '../../../../../src-renderer/src/panels/graph/graph-preview';
import { pendingSimulation } from '../../../../../src-renderer/src/lib/simulation-proposal';
import type { ChatMessageView } from '../../../../../src-renderer/src/stores/chat-view';
import { character, ID, relationship } from '../../fixtures';

const sim = (status: Simulation['status'], dStrength: number, dTrust: number): Simulation => ({
  id: 'sim',
  status,
  participants: [],
  objective: 'the money',
  ending: 'resolved',
  turns: [],
  changes: [
    { relationshipId: ID(10), dStrength, dTrust, reason: 'r', turn: 0 },
    { relationshipId: ID(10), dStrength, dTrust, reason: 'r', turn: 1 },
  ],
  emotions: [],
});
const message = (simulation?: Simulation): ChatMessageView => ({
  id: Math.random().toString(),
  role: 'assistant',
  content: '',
  status: 'done',
  at: '2025-01-01',
  ...(simulation ? { simulation } : {}),
});

describe('simulated scene preview', () => {
  it('previews only the newest scene, and only while it waits for a verdict', () => {
    const pending = sim('pending', -0.1, 0);
    expect(pendingSimulation([message(pending), message()])).toBe(pending);
    // A scene paused for the user still waits for its verdict: its changes stay on the graph.
    const paused = sim('paused', -0.1, 0);
    expect(pendingSimulation([message(pending), message(paused)])).toBe(paused);
    expect(pendingSimulation([message(pending), message(sim('discarded', 0, 0))])).toBeNull();
    expect(pendingSimulation([message(pending), message(sim('kept', 0, 0))])).toBeNull();
    expect(pendingSimulation([message()])).toBeNull();
  });

  it('adds the proposed deltas in bounds and leaves a pinned value alone', () => {
    const rel = relationship(10, 1, 2, -0.9, 0.5);
    const values = previewValues(sim('pending', -0.1, 0.2), [rel]).get(rel.id)!;
    expect(values.strength).toBe(-1);
    expect(values.trust).toBeCloseTo(0.9);
    const pinned = { ...rel, pinned: { trust: true } };
    expect(previewValues(sim('pending', -0.1, 0.2), [pinned]).get(rel.id)!.trust).toBe(0.5);
  });
});

describe('graph elements', () => {
  const characters = [character(1, 'A'), character(2, 'B'), character(3, 'C')];
  const rels = [
    relationship(10, 1, 2, 0.5, 0.5),
    { ...relationship(11, 2, 3, -0.5, 0.2), kind: 'rivalry' as const },
  ];
  const build = (filter = NO_FILTER) =>
    graphElements({ characters, relationships: rels, values: [], importance: new Map(), filter });
  const hidden = (els: ReturnType<typeof build>) => els.filter((e) => e.data.hidden).map((e) => e.data.id);

  it('hides filtered elements instead of dropping them, so positions stay', () => {
    expect(build()).toHaveLength(5);
    expect(hidden(build())).toEqual([]);
    expect(hidden(build({ ...NO_FILTER, kind: 'rivalry' }))).toEqual([ID(10)]);
    expect(hidden(build({ ...NO_FILTER, minStrength: 0 }))).toEqual([ID(11)]);
    expect(hidden(build({ ...NO_FILTER, sceneCast: new Set([ID(1), ID(2)]) }))).toEqual([ID(3), ID(11)]);
    expect(build({ ...NO_FILTER, kind: 'rivalry' })).toHaveLength(5);
  });
});
