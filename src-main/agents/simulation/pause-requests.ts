// Pause and stop requests for running simulated scenes, by project: the renderer's buttons (or a test) ask, the director obeys.

/** What the user asked a playing scene to do: pause (it can continue later) or stop (it ends where it is). */
export type SimulationInterrupt = 'pause' | 'stop';

const requests = new Map<string, SimulationInterrupt>();
/** Scenes playing now, per project (a count: a CLI and a window may both play one). */
const playing = new Map<string, number>();

/** Asks the scene running (or about to run) in `projectId` to pause after the line being spoken. */
export function requestSimulationPause(projectId: string): void {
  requests.set(projectId, 'pause');
}

/** Asks the scene running (or about to run) in `projectId` to pause or stop after the line being spoken. */
export function requestSimulationInterrupt(projectId: string, action: SimulationInterrupt): void {
  // A stop outranks a pause asked a moment before.
  if (requests.get(projectId) !== 'stop') requests.set(projectId, action);
}

/** The request, once: the director consumes it when it obeys. */
export function takeSimulationInterrupt(projectId: string): SimulationInterrupt | undefined {
  const request = requests.get(projectId);
  requests.delete(projectId);
  return request;
}

/** Whether a scene is playing in `projectId` now (a button's request then has a scene to act on). */
export function isSimulationPlaying(projectId: string): boolean {
  return (playing.get(projectId) ?? 0) > 0;
}

/**
 * Marks a scene as playing until the returned function is called. When the last one ends, a request it did not
 * consume (asked as its last line was spoken) is dropped, so it cannot pause the next scene by surprise.
 */
export function markSimulationPlaying(projectId: string): () => void {
  playing.set(projectId, (playing.get(projectId) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (playing.get(projectId) ?? 1) - 1;
    if (left > 0) playing.set(projectId, left);
    else {
      playing.delete(projectId);
      requests.delete(projectId);
    }
  };
}
