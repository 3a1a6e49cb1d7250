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
import { applyLedgerChange } from '../../domain/relationship-ledger';
import { buildSimulationGraph } from './simulation-graph';
import {
  MAX_TURNS,
  type CastMember,
  type PairState,
  type SimulationStateUpdate,
  type SimulationStateValue,
} from './simulation-state';

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

type RunOptions = {
  signal?: AbortSignal;
  onTurn?: (turn: SimulationTurn) => void;
  /** Asked before each AI line: true pauses the scene there (it can continue later). */
  shouldPause?: () => boolean;
};
type Usage = { promptTokens: number; completionTokens: number; costUsd: number };

/** The subgraph's config: the brain, the time stamp, callbacks, and token/cost accounting into `usage`. */
function graphConfig(brain: Brain, usage: Usage, options: RunOptions) {
  return {
    recursionLimit: 400,
    configurable: {
      simulation: {
        brain,
        now: nowIso(),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onTurn ? { onTurn: options.onTurn } : {}),
        ...(options.shouldPause ? { shouldPause: options.shouldPause } : {}),
        onUsage: (u: { promptTokens: number; completionTokens: number; costUsd?: number }) => {
          usage.promptTokens += u.promptTokens;
          usage.completionTokens += u.completionTokens;
          usage.costUsd += u.costUsd ?? 0;
        },
      },
    },
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** The scene as the chat and the CLI see it; paused when beats are left (the AI-to-AI cap stopped it). */
function toSimulation(
  base: Pick<Simulation, 'id' | 'participants' | 'setting' | 'objective' | 'mood'>,
  final: SimulationStateValue,
  usage: Usage | undefined,
): Simulation {
  const more =
    final.ending !== 'stopped' && final.beat < final.beats.length && final.turns.length < MAX_TURNS;
  return {
    ...base,
    status: more && final.ending === 'capped' ? 'paused' : 'pending',
    ending: final.ending ?? 'capped',
    turns: final.turns,
    changes: final.changes,
    emotions: final.cast.map((c) => ({
      characterId: c.id,
      emotions: c.emotions,
      feeling: dominantFeeling(c.emotions, c.personality),
    })),
    ...(usage ? { usage } : {}),
    ...(more ? { resume: { beats: final.beats, beat: final.beat } } : {}),
  };
}

/** Runs the scene to its end (or a cap). Pure with respect to the project: nothing is written. */
export async function runSimulation(
  file: ProjectFile,
  req: SimulationRequest,
  brain: Brain,
  options: RunOptions = {},
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
    graphConfig(brain, usage, options),
  );
  const base = {
    id: newId(),
    participants: req.participants.map((c) => ({ characterId: c.id, name: c.name })),
    ...(req.setting ? { setting: req.setting } : {}),
    objective: req.objective,
    ...(req.mood ? { mood: req.mood } : {}),
  };
  return toSimulation(base, final, brain.id !== 'offline' ? usage : undefined);
}

/** The working state of a scene that already played some turns: its relationships and feelings as they now stand. */
export function resumeState(file: ProjectFile, prior: Simulation, people: readonly Character[]) {
  const cast = people.map((c) => {
    const felt = prior.emotions.find((e) => e.characterId === c.id);
    return { ...castOf(file, c), ...(felt ? { emotions: felt.emotions } : {}) };
  });
  const pairs = pairsOf(file, people).map((pair) => {
    const reused = prior.changes.find(
      (c) =>
        c.pair &&
        [c.pair.sourceId, c.pair.targetId].sort().join() === [pair.sourceId, pair.targetId].sort().join(),
    );
    const id = pair.isNew && reused ? reused.relationshipId : pair.relationshipId;
    let fields = pair.fields;
    for (const c of prior.changes.filter((x) => x.relationshipId === id))
      fields = applyLedgerChange(
        fields,
        { cause: 'simulation', reason: c.reason, dStrength: c.dStrength, dTrust: c.dTrust },
        nowIso(),
      );
    return { ...pair, relationshipId: id, fields };
  });
  return {
    cast,
    pairs,
    objective: prior.objective,
    setting: prior.setting,
    mood: prior.mood,
    seed: file.project.seed ?? 1,
    beats: prior.resume?.beats ?? [],
    beat: prior.resume?.beat ?? 0,
    turns: prior.turns,
    changes: prior.changes,
    aiStreak: 0,
    ending: prior.ending === 'capped' ? undefined : prior.ending,
  };
}

/**
 * Continues a paused or pending scene from where it stopped: `lead` are the turns the user adds first (a line
 * spoken as a character, a stage direction), then the characters answer until the scene ends or pauses again.
 * `stop` ends it after the user's turns without more AI lines.
 */
export async function continueSimulation(
  file: ProjectFile,
  prior: Simulation,
  people: readonly Character[],
  brain: Brain,
  plan: { lead?: (state: SimulationStateValue, config: object) => SimulationStateUpdate; stop?: boolean },
  options: RunOptions = {},
): Promise<Simulation> {
  const usage = { ...(prior.usage ?? { promptTokens: 0, completionTokens: 0, costUsd: 0 }) };
  const config = graphConfig(brain, usage, options);
  let state = { ...resumeState(file, prior, people) } as unknown as SimulationStateValue;
  if (plan.lead) {
    const update = plan.lead(state, config);
    state = {
      ...state,
      ...update,
      turns: [...state.turns, ...((update.turns as SimulationTurn[] | undefined) ?? [])],
      changes: [...state.changes, ...((update.changes as Simulation['changes'] | undefined) ?? [])],
    } as SimulationStateValue;
  }
  if (plan.stop) state = { ...state, ending: state.ending ?? 'stopped' } as SimulationStateValue;
  // The graph appends turns and changes to its defaults: pass them in as they stand.
  const final = await buildSimulationGraph().invoke(
    { ...state, aiStreak: 0, next: null, line: null },
    config,
  );
  const base = {
    id: prior.id,
    participants: prior.participants,
    ...(prior.setting ? { setting: prior.setting } : {}),
    objective: prior.objective,
    ...(prior.mood ? { mood: prior.mood } : {}),
  };
  return toSimulation(base, final, prior.usage || brain.id !== 'offline' ? usage : undefined);
}
