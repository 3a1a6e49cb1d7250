// How the chat plays a simulated scene: each turn streams out as an event, pause/stop requests apply, optional pacing.
import type { TurnDeps } from '../deps';
import type { RunOptions } from '../simulation/run-simulation';

/**
 * Waits this many milliseconds after each simulated turn (STORYLOOM_SIMULATION_TURN_DELAY_MS): for demos and UI
 * tests that watch a scene unfold and pause it. Zero (no delay) unless set; the bench never reads it.
 */
export function simulationTurnDelayMs(): number {
  return Math.max(0, Number(process.env.STORYLOOM_SIMULATION_TURN_DELAY_MS ?? 0) || 0);
}

/** Run options for a scene played by a chat turn: streamed, interruptible from the UI, paced if asked. */
export function sceneRunOptions(deps: TurnDeps): RunOptions {
  const projectId = deps.session.file.project.id;
  const delay = simulationTurnDelayMs();
  return {
    ...(deps.signal ? { signal: deps.signal } : {}),
    onTurn: (live) => deps.emit({ type: 'simulation_turn', runId: deps.runId, projectId, ...live }),
    interruptibleIn: projectId,
    ...(delay ? { turnDelayMs: delay } : {}),
  };
}
