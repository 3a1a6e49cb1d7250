// State of a simulated scene as it flows through the simulation subgraph: cast, pairs, beats, turns, proposals.
import { Annotation } from '@langchain/langgraph';
import type { Emotions, Personality, RelationshipKind } from '../../../src-preload/contract/entities';
import type { SimulationChange, SimulationTurn } from '../../../src-preload/contract/simulation';
import type { LedgerFields } from '../../domain/relationship-ledger';
import type { Beat, SceneType } from './scene-arc';

/** A participant as the scene knows them: only what this character witnessed is in `memory`. */
export interface CastMember {
  id: string;
  name: string;
  personality: Personality;
  goals: string[];
  role?: string;
  emotions: Emotions;
  /** Scenes of the project this character was in (headings and summaries): their view of the story. */
  memory: string[];
  /** 0..1, from extraversion: how readily they take the floor. */
  talkativeness: number;
}

/** Working values of the relationship between two participants (the scene's proposals move this copy only). */
export interface PairState {
  relationshipId: string;
  sourceId: string;
  targetId: string;
  kind: RelationshipKind;
  fields: LedgerFields;
  /** No relationship existed: keeping the scene creates it. */
  isNew: boolean;
}

/** Hard caps: total turns, and AI turns in a row before the scene pauses for the user. */
export const MAX_TURNS = 24;
export const MAX_AI_STREAK = 12;

const replace = <T>(_a: T, b: T): T => b;
const append = <T>(a: T[], b: T[]): T[] => [...a, ...b];

export const SimulationState = Annotation.Root({
  cast: Annotation<CastMember[]>({ reducer: replace, default: () => [] }),
  pairs: Annotation<PairState[]>({ reducer: replace, default: () => [] }),
  sceneType: Annotation<SceneType>({ reducer: replace, default: () => 'conversation' }),
  objective: Annotation<string>({ reducer: replace, default: () => '' }),
  setting: Annotation<string | undefined>({ reducer: replace, default: () => undefined }),
  mood: Annotation<string | undefined>({ reducer: replace, default: () => undefined }),
  seed: Annotation<number>({ reducer: replace, default: () => 1 }),
  maxTurns: Annotation<number>({ reducer: replace, default: () => MAX_TURNS }),
  beats: Annotation<Beat[]>({ reducer: replace, default: () => [] }),
  /** The next beat to play (a user's line takes no beat, so this is not the turn count). */
  beat: Annotation<number>({ reducer: replace, default: () => 0 }),
  /** The next speaker and the beat they carry (written by the director); null ends the scene. */
  next: Annotation<{ speakerId: string; addresseeId: string; beat: Beat } | null>({
    reducer: replace,
    default: () => null,
  }),
  /** The line just spoken, waiting for appraisal. */
  line: Annotation<SimulationTurn | null>({ reducer: replace, default: () => null }),
  turns: Annotation<SimulationTurn[]>({ reducer: append, default: () => [] }),
  changes: Annotation<SimulationChange[]>({ reducer: append, default: () => [] }),
  aiStreak: Annotation<number>({ reducer: replace, default: () => 0 }),
  ending: Annotation<'resolved' | 'broken' | 'capped' | 'stopped' | undefined>({
    reducer: replace,
    default: () => undefined,
  }),
});

export type SimulationStateValue = typeof SimulationState.State;
export type SimulationStateUpdate = typeof SimulationState.Update;
