// Simulation slice: the simulated scene playing now, turn by turn as `simulation_turn` events arrive, and Pause/Stop.
import type { AgentEvent, SimulationChange, SimulationEmotion, SimulationTurn } from '../contract';
import type { SliceCreator } from './types';

type SimulationTurnEvent = Extract<AgentEvent, { type: 'simulation_turn' }>;

/** A scene while it plays: what it has said and proposed so far (proposals only, until kept as one unit). */
export interface LiveScene {
  runId: string;
  simulationId: string;
  /** The scene's turn index of `turns[0]` (a continued scene goes on after its earlier turns). */
  fromIndex: number;
  turns: SimulationTurn[];
  changes: SimulationChange[];
  /** Everyone's feelings after the newest turn. */
  emotions: SimulationEmotion[];
  /** A pause or stop the user asked for; the scene obeys after the line being spoken. */
  asked: 'pause' | 'stop' | null;
}

export interface SimulationSlice {
  liveScene: LiveScene | null;
  /**
   * Adds a streamed turn of the open project's scene (in order; a repeated or out-of-order one is ignored): the
   * line goes into the chat as it is spoken, and the graph shows its proposal at once.
   */
  applySimulationTurn(event: SimulationTurnEvent): void;
  /** The scene's run is over (its reply, with the whole scene, is in the conversation): stop showing it live. */
  endLiveScene(runId: string): void;
  /** Asks main to pause or stop the playing scene after its current line (`simulation:interrupt`). */
  interruptScene(action: 'pause' | 'stop'): Promise<void>;
}

/** The scene with one more turn, or the very same scene when the turn is not the next one (a repeat, out of order). */
function withTurn(scene: LiveScene | null, event: SimulationTurnEvent): LiveScene {
  const fresh = !scene || scene.runId !== event.runId || scene.simulationId !== event.simulationId;
  const base: LiveScene = fresh
    ? {
        runId: event.runId,
        simulationId: event.simulationId,
        fromIndex: event.index,
        turns: [],
        changes: [],
        emotions: [],
        asked: null,
      }
    : scene;
  if (event.index !== base.fromIndex + base.turns.length) return base;
  return {
    ...base,
    turns: [...base.turns, event.turn],
    changes: [...base.changes, ...event.changes],
    emotions: event.emotions,
  };
}

export const createSimulationSlice: SliceCreator<SimulationSlice> = (set, get, api, scope) => ({
  ...scope.own({ liveScene: null }),
  applySimulationTurn(event) {
    if (get().snapshot?.summary.id !== event.projectId) return;
    const before = get().liveScene;
    const next = withTurn(before, event);
    if (next === before) return;
    set({ liveScene: next });
    get().appendRunTokens(event.runId, `${event.turn.speaker}: ${event.turn.text}\n`);
  },
  endLiveScene(runId) {
    if (get().liveScene?.runId === runId) set({ liveScene: null });
  },
  async interruptScene(action) {
    const projectId = get().snapshot?.summary.id;
    const scene = get().liveScene;
    if (!projectId || !scene) return;
    set({ liveScene: { ...scene, asked: action } });
    const result = await api.invoke('simulation:interrupt', { projectId, action });
    if (!result.ok) get().reportError(result.error);
  },
});
