// Bench of the character ecosystem: one offline interaction with its durable write, and a 12-turn simulated scene.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Character, Relationship } from '../../src-preload/contract/entities';
import { runSimulation } from '../agents/simulation/run-simulation';
import { offlineBrain } from '../brains/offline/offline-brain';
import { interact } from '../domain/relationship-interaction';
import { ledgerPatch } from '../domain/relationship-ledger';
import { nowIso } from '../shared/ids';
import { ChangeBuilder } from '../store/change-builder';
import { writeFileDurable } from '../store/durable-write';
import { ProjectRepository } from '../store/project-repository';
import { serializeProjectFile } from '../store/serialize-project';
import { percentile, round, type BenchResult, type BenchSuite } from './bench-types';

const INTERACTIONS = 200;
const SCENES = 20;

async function interactionFigure(session: Awaited<ReturnType<ProjectRepository['open']>>): Promise<number[]> {
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
  const types = ['help', 'argument', 'betrayal', 'reconciliation', 'confession', 'threat'] as const;
  const samples: number[] = [];
  for (let i = 0; i < INTERACTIONS; i++) {
    const start = performance.now();
    const file = session.file;
    const r = file.entities.relationships.find((x) => x.id === rel) as Relationship;
    const [a, c] = [sarah, tom].map((id) => file.entities.characters.find((x) => x.id === id) as Character);
    const result = interact(
      r,
      a!,
      c!,
      {
        type: types[i % types.length]!,
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
    // commit() resolves once the change is durable on disk (temp file + fsync + rename).
    await session.commit('bench interaction', builder.ops);
    samples.push(performance.now() - start);
  }
  return samples;
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
      progress(`${INTERACTIONS} interactions, each written durably`);
      const interactions = await interactionFigure(session);
      // Reference: the bare durable write (temp + fsync + rename) of a file of the same size, on the same disk.
      const raw: number[] = [];
      const text = serializeProjectFile(session.file);
      for (let i = 0; i < 50; i++) {
        const start = performance.now();
        await writeFileDurable(join(session.dir, 'raw-reference.json'), text);
        raw.push(performance.now() - start);
      }
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
          name: 'ecosystem.interaction_p50',
          value: p50,
          unit: 'ms',
          target: '< 5 ms',
          pass: p50 < 5,
          reference: round(percentile(raw, 50)),
          ratio: round(p50 / percentile(raw, 50), 2),
        },
        {
          name: 'ecosystem.simulated_scene_12_turns_p50',
          value: scene,
          unit: 'ms',
          target: '< 300 ms',
          pass: scene < 300,
        },
        { name: 'ecosystem.simulated_scene_turns_mean', value: round(turns / SCENES, 1), unit: 'turns' },
      ];
      return results;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
