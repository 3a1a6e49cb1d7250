// Plays a simulated scene between project characters: builds each one's view, runs the subgraph, returns the scene.
import type { Character } from '../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../src-preload/contract/project';
import type { Simulation, SimulationChange, SimulationTurn } from '../../../src-preload/contract/simulation';
import type { Brain } from '../../brains/brain';
import { dominantFeeling, emotionsOf } from '../../domain/emotional-state';
import { NEUTRAL_PERSONALITY } from '../../domain/relationship-dynamics';
import { findRelationshipBetween, KIND_START } from '../../domain/relationship-lookup';
import { newId, nowIso } from '../../shared/ids';
import { planScene, sceneTypeOf } from './scene-arc';
import { applyLedgerChange } from '../../domain/relationship-ledger';
import { markSimulationPlaying, takeSimulationInterrupt } from './pause-requests';
import type { SimulationDeps } from './simulation-deps';
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

/** A turn as it streams out of a playing scene: the appraised turn, which scene, and everyone's feelings after it. */
export interface LiveTurn {
  simulationId: string;
  index: number;
  turn: SimulationTurn;
  changes: SimulationChange[];
  emotions: Simulation['emotions'];
}

export type RunOptions = {
  signal?: AbortSignal;
  /** Each turn once appraised, in order, with the changes it proposes. */
  onTurn?: (turn: LiveTurn) => void;
  /** Honour pause and stop requests for this project (pause-requests.ts) while the scene plays. */
  interruptibleIn?: string;
  /** Waits this long after each turn (pacing a watched scene; the bench and tests leave it at 0). */
  turnDelayMs?: number;
};
type Usage = { promptTokens: number; completionTokens: number; costUsd: number };

const feelingsOf = (cast: readonly CastMember[]): Simulation['emotions'] =>
  cast.map((c) => ({
    characterId: c.id,
    emotions: c.emotions,
    feeling: dominantFeeling(c.emotions, c.personality),
  }));

/** The simulation deps' turn stream: each appraised turn, named by its scene, with everyone's feelings. */
function turnStream(
  simulationId: string,
  onTurn: NonNullable<RunOptions['onTurn']>,
): SimulationDeps['onTurn'] {
  return ({ index, turn, changes, cast }) =>
    onTurn({ simulationId, index, turn, changes, emotions: feelingsOf(cast) });
}

/** The subgraph's config: the brain, the time stamp, callbacks, and token/cost accounting into `usage`. */
function graphConfig(brain: Brain, usage: Usage, options: RunOptions, simulationId: string) {
  const project = options.interruptibleIn;
  const simulation: SimulationDeps = {
    brain,
    now: nowIso(),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onTurn ? { onTurn: turnStream(simulationId, options.onTurn) } : {}),
    ...(project ? { interrupt: () => takeSimulationInterrupt(project) } : {}),
    ...(options.turnDelayMs ? { turnDelayMs: options.turnDelayMs } : {}),
    onUsage: (u) => {
      usage.promptTokens += u.promptTokens;
      usage.completionTokens += u.completionTokens;
      usage.costUsd += u.costUsd ?? 0;
    },
  };
  return {
    recursionLimit: 400,
    configurable: { simulation },
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** Plays the subgraph from `input`; while it plays, the project's pause and stop requests reach its director. */
async function play(
  input: SimulationStateUpdate,
  config: ReturnType<typeof graphConfig>,
  options: RunOptions,
) {
  const release = options.interruptibleIn ? markSimulationPlaying(options.interruptibleIn) : undefined;
  try {
    return await buildSimulationGraph().invoke(input, config);
  } finally {
    release?.();
  }
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
    emotions: feelingsOf(final.cast),
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
  const id = newId();
  const final = await play(
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
    graphConfig(brain, usage, options, id),
    options,
  );
  const base = {
    id,
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

/** Streams the turns the user added before the characters answer (lines spoken as a character, directions). */
function streamLead(
  prior: Simulation,
  state: SimulationStateValue,
  emit: NonNullable<SimulationDeps['onTurn']>,
) {
  for (let index = prior.turns.length; index < state.turns.length; index++)
    emit({
      index,
      turn: state.turns[index]!,
      changes: state.changes.filter((c) => c.turn === index),
      cast: state.cast,
    });
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
  const config = graphConfig(brain, usage, options, prior.id);
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
  // The user's own lines go out like the characters' (the graph shows what they propose too).
  if (options.onTurn) streamLead(prior, state, turnStream(prior.id, options.onTurn)!);
  if (plan.stop) state = { ...state, ending: state.ending ?? 'stopped' } as SimulationStateValue;
  // The graph appends turns and changes to its defaults: pass them in as they stand.
  const final = await play({ ...state, aiStreak: 0, next: null, line: null }, config, options);
  const base = {
    id: prior.id,
    participants: prior.participants,
    ...(prior.setting ? { setting: prior.setting } : {}),
    objective: prior.objective,
    ...(prior.mood ? { mood: prior.mood } : {}),
  };
  return toSimulation(base, final, prior.usage || brain.id !== 'offline' ? usage : undefined);
}
