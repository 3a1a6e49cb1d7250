// Bench of the character ecosystem: one offline interaction with its durable write, and a 12-turn simulated scene.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Character, Relationship } from '../../src-preload/contract/entities';
import { runSimulation } from '../agents/simulation/run-simulation';
import { offlineBrain } from '../brains/offline/offline-brain';
import { interact } from '../domain/relationship-interaction';
import { ledgerPatch } from '../domain/relationship-ledger';
import { nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import { encodeRecord } from '../store/journal-codec';
import { ProjectRepository } from '../store/project-repository';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const INTERACTIONS = 200;
const SCENES = 20;
/** Entries a relationship's ledger holds before the long-ledger figure is taken (a long story between two people). */
const LONG_LEDGER = 1_000;
const LONG_SAMPLES = 30;

type Session = Awaited<ReturnType<ProjectRepository['open']>>;
interface Pair {
  sarah: string;
  tom: string;
  rel: string;
}

/** Two characters and their relationship, committed. */
async function castPair(session: Session): Promise<Pair> {
  const b = new ChangeBuilder(session.file, { via: 'agent' });
  const sarah = b.create('character', {
    name: 'Sarah',
    personality: {
      openness: 0.6,
      conscientiousness: 0.4,
      extraversion: 0.7,
      agreeableness: 0.3,
      neuroticism: 0.8,
    },
  }).id;
  const tom = b.create('character', { name: 'Tom' }).id;
  const rel = b.create('relationship', {
    sourceId: sarah,
    targetId: tom,
    kind: 'friendship',
    strength: 0.5,
    trust: 0.6,
  }).id;
  await session.commit('bench cast', b.ops);
  return { sarah, tom, rel };
}

const TYPES = ['help', 'argument', 'betrayal', 'reconciliation', 'confession', 'threat'] as const;

/**
 * One interaction: dynamics → ledger entry → both feelings → commit. Planned synchronously from the session's
 * state (which the commit updates at once), so interactions can be issued back to back. The promise resolves
 * once the change is durable on disk (its journal record appended and fdatasync'ed, shared with every change
 * issued meanwhile).
 */
function interaction(session: Session, { sarah, tom, rel }: Pair, i: number): Promise<unknown> {
  const file = session.file;
  const r = file.entities.relationships.find((x) => x.id === rel) as Relationship;
  const [a, c] = [sarah, tom].map((id) => file.entities.characters.find((x) => x.id === id) as Character);
  const result = interact(
    r,
    a!,
    c!,
    {
      type: TYPES[i % TYPES.length]!,
      intensity: 0.6,
      actorId: i % 2 ? sarah : tom,
      cause: 'simulation',
      context: `bench ${i}`,
    },
    nowIso(),
  );
  const builder = new ChangeBuilder(file, { via: 'agent' });
  builder.update('relationship', rel, ledgerPatch(result.fields));
  for (const id of [sarah, tom]) builder.update('character', id, { emotions: result.emotions[id] });
  return session.commit('bench interaction', builder.ops);
}

/** Times 50 bare appends + fdatasync of a record as large as the last interaction's, to a file beside the project. */
async function appendReference(session: Session): Promise<number[]> {
  const record = encodeRecord(1, { kind: 'commit', change: session.file.history.undo.at(-1)! });
  const handle = await open(join(session.dir, 'raw-reference.journal'), 'a');
  const samples: number[] = [];
  try {
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await handle.write(record);
      await handle.datasync();
      samples.push(performance.now() - start);
    }
  } finally {
    await handle.close();
  }
  return samples;
}

/** A lone interaction at a time: each waits for its own durable write before the next starts (latency). */
async function loneFigure(session: Session): Promise<number[]> {
  const pair = await castPair(session);
  const samples: number[] = [];
  for (let i = 0; i < INTERACTIONS; i++) {
    const start = performance.now();
    await interaction(session, pair, i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * A stream of interactions, as a simulated scene or an import issues them: all issued back to back, each
 * acknowledged only after the fsync that contains it (the session's group commit batches those issued while a
 * write is in flight; a backlog larger than project.json is written as one checkpoint instead). Returns the wall
 * time per interaction, from the first issued to the last acknowledged.
 */
async function streamFigure(session: Session): Promise<number> {
  const pair = await castPair(session);
  const start = performance.now();
  const acks: Promise<unknown>[] = [];
  for (let i = 0; i < INTERACTIONS; i++) acks.push(interaction(session, pair, i));
  await Promise.all(acks);
  return (performance.now() - start) / INTERACTIONS;
}

interface LongLedgerFigures {
  samples: number[];
  /** Bytes of the journal record of one interaction on the long ledger. */
  recordBytes: number;
  /** Bytes of the undo and redo stacks in project.json. */
  historyBytes: number;
}

/**
 * Lone interactions on a relationship whose ledger already holds LONG_LEDGER entries: what a change costs, and
 * what the undo history and the journal keep of it, once two characters have a long story together.
 */
async function longLedgerFigure(session: Session): Promise<LongLedgerFigures> {
  const pair = await castPair(session);
  const grow: Promise<unknown>[] = [];
  for (let i = 0; i < LONG_LEDGER; i++) grow.push(interaction(session, pair, i));
  await Promise.all(grow);
  const samples: number[] = [];
  for (let i = 0; i < LONG_SAMPLES; i++) {
    const start = performance.now();
    await interaction(session, pair, i);
    samples.push(performance.now() - start);
  }
  const last = session.file.history.undo.at(-1)!;
  return {
    samples,
    recordBytes: Buffer.byteLength(encodeRecord(1, { kind: 'commit', change: last })),
    historyBytes: Buffer.byteLength(JSON.stringify(session.file.history)),
  };
}

export const ecosystemBench: BenchSuite = {
  name: 'ecosystem',
  description: 'relationship interaction with durable write; 12-turn offline simulated scene',
  async run(progress) {
    const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-eco-'));
    try {
      const repo = new ProjectRepository({ root });
      const summary = await repo.create('Bench Ecosystem', 'short-film');
      const session = await repo.open(summary.id);
      progress(`${INTERACTIONS} interactions, each waiting for its own durable write`);
      const interactions = await loneFigure(session);
      progress(`a stream of ${INTERACTIONS} interactions, acknowledged durably`);
      const streamed = round(await streamFigure(session));
      // Reference: the bare durable append (write + fdatasync) of one journal record of an interaction's size, on
      // the same disk: a change is acknowledged by exactly that append (project.json is checkpointed behind).
      const raw = await appendReference(session);
      progress(`lone interactions on a relationship with a ${LONG_LEDGER}-entry ledger`);
      const long = await longLedgerFigure(session);
      const [sarah, tom] = session.file.entities.characters;
      progress(`${SCENES} simulated scenes of 12 turns`);
      const scenes: number[] = [];
      let turns = 0;
      for (let i = 0; i < SCENES; i++) {
        const start = performance.now();
        const sim = await runSimulation(
          session.file,
          {
            participants: [sarah!, tom!],
            objective: 'the missing money',
            request: 'confront',
            seed: i + 1,
            turns: 12,
          },
          offlineBrain,
        );
        scenes.push(performance.now() - start);
        turns += sim.turns.length;
      }
      await session.close();
      const p50 = round(percentile(interactions, 50));
      const scene = round(percentile(scenes, 50), 1);
      const results: BenchResult[] = [
        {
          // Latency of a lone interaction: it cannot be below one durable journal append (the reference).
          name: 'ecosystem.interaction_p50',
          value: p50,
          unit: 'ms',
          target: '< 5 ms',
          pass: p50 < 5,
          reference: round(percentile(raw, 50)),
          ratio: round(p50 / percentile(raw, 50), 2),
        },
        {
          // Per interaction under a stream (wall time / count, every one durable when acknowledged).
          name: 'ecosystem.interaction_stream_per_interaction',
          value: streamed,
          unit: 'ms',
          target: '< 5 ms',
          pass: streamed < 5,
          reference: round(percentile(raw, 50)),
          ratio: round(streamed / percentile(raw, 50), 2),
        },
        {
          name: 'ecosystem.simulated_scene_12_turns_p50',
          value: scene,
          unit: 'ms',
          target: '< 300 ms',
          pass: scene < 300,
        },
        { name: 'ecosystem.simulated_scene_turns_mean', value: round(turns / SCENES, 1), unit: 'turns' },
        ...longLedgerResults(long),
      ];
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};

function longLedgerResults(long: LongLedgerFigures): BenchResult[] {
  const p50 = round(percentile(long.samples, 50));
  return [
    {
      name: 'ecosystem.long_ledger_interaction_p50',
      value: p50,
      unit: 'ms',
      target: '< 5 ms',
      pass: p50 < 5,
    },
    { name: 'ecosystem.long_ledger_record_kb', value: round(long.recordBytes / 1024, 1), unit: 'KB' },
    { name: 'ecosystem.undo_history_mb', value: round(long.historyBytes / 1024 / 1024, 2), unit: 'MB' },
  ];
}
