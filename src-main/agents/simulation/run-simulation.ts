// Plays a simulated scene between project characters: builds each one's view, runs the subgraph, returns the scene.
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import type { Simulation, SimulationTurn } from '../../../src-preload/contract/simulation';
import type { Brain } from '../../brains/brain';
import { dominantFeeling, emotionsOf } from '../../domain/emotional-state';
import { NEUTRAL_PERSONALITY } from '../../domain/relationship-dynamics';
import { findRelationshipBetween, KIND_START } from '../../domain/relationship-lookup';
import { newId, nowIso } from '../../shared/ids';
import { planScene, sceneTypeOf } from './scene-arc';
import { buildSimulationGraph } from './simulation-graph';
import type { CastMember, PairState } from './simulation-state';

export interface SimulationRequest {
  participants: Character[];
  objective: string;
  /** The request as typed: its verbs pick the scene type ("confront" → confrontation). */
  request: string;
  setting?: string;
  mood?: string;
  seed?: number;
  /** Turn budget (capped by MAX_TURNS); without it the scene's own arc decides. */
  turns?: number;
}

/** What a character witnessed: the project scenes they were in, nothing else. */
function memoryOf(file: ProjectFile, c: Character): string[] {
  return file.entities.scenes
    .filter((s) => s.characterIds.includes(c.id))
    .sort((a, b) => a.number - b.number)
    .map((s) => (s.summary ? s.summary : s.heading));
}

function castOf(file: ProjectFile, c: Character): CastMember {
  const personality = c.personality ?? NEUTRAL_PERSONALITY;
  return {
    id: c.id,
    name: c.name,
    personality,
    goals: c.goals,
    ...(c.role ? { role: c.role } : {}),
    emotions: emotionsOf(c),
    memory: memoryOf(file, c),
    talkativeness: personality.extraversion,
  };
}

/** Every pair of participants with its current relationship (or a new "other" one the scene would create). */
function pairsOf(file: ProjectFile, people: readonly Character[]): PairState[] {
  const pairs: PairState[] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const [a, b] = [people[i]!, people[j]!];
      const rel = findRelationshipBetween(file.entities.relationships, a.id, b.id);
      pairs.push(
        rel
          ? {
              relationshipId: rel.id,
              sourceId: rel.sourceId,
              targetId: rel.targetId,
              kind: rel.kind,
              isNew: false,
              fields: rel,
            }
          : {
              relationshipId: newId(),
              sourceId: a.id,
              targetId: b.id,
              kind: 'other',
              isNew: true,
              fields: { kind: 'other', ...KIND_START.other, interactionCount: 0, history: [] },
            },
      );
    }
  return pairs;
}

/** Runs the scene to its end (or a cap). Pure with respect to the project: nothing is written. */
export async function runSimulation(
  file: ProjectFile,
  req: SimulationRequest,
  brain: Brain,
  options: { signal?: AbortSignal; onTurn?: (turn: SimulationTurn) => void } = {},
): Promise<Simulation> {
  const cast = req.participants.map((c) => castOf(file, c));
  const sceneType = sceneTypeOf(req.request);
  const usage = { promptTokens: 0, completionTokens: 0, costUsd: 0 };
  const final = await buildSimulationGraph().invoke(
    {
      cast,
      pairs: pairsOf(file, req.participants),
      sceneType,
      objective: req.objective,
      setting: req.setting,
      mood: req.mood,
      seed: req.seed ?? file.project.seed ?? 1,
      ...(req.turns ? { maxTurns: req.turns } : {}),
      beats: planScene(sceneType, cast[0]!.personality, cast[1]!.personality, req.turns),
    },
    {
      recursionLimit: 400,
      configurable: {
        simulation: {
          brain,
          now: nowIso(),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onTurn ? { onTurn: options.onTurn } : {}),
          onUsage: (u: { promptTokens: number; completionTokens: number; costUsd?: number }) => {
            usage.promptTokens += u.promptTokens;
            usage.completionTokens += u.completionTokens;
            usage.costUsd += u.costUsd ?? 0;
          },
        },
      },
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return {
    id: newId(),
    status: 'pending',
    participants: req.participants.map((c) => ({ characterId: c.id, name: c.name })),
    ...(req.setting ? { setting: req.setting } : {}),
    objective: req.objective,
    ...(req.mood ? { mood: req.mood } : {}),
    ending: final.ending ?? 'capped',
    turns: final.turns,
    changes: final.changes,
    emotions: final.cast.map((c) => ({
      characterId: c.id,
      emotions: c.emotions,
      feeling: dominantFeeling(c.emotions, c.personality),
    })),
    ...(brain.id !== 'offline' ? { usage } : {}),
  };
}
