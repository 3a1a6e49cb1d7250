// Pause requests for running simulated scenes, by project: the renderer's pause button (or a test) asks, the director obeys.

const requests = new Set<string>();

/** Asks the scene running (or about to run) in `projectId` to pause after the line being spoken. */
export function requestSimulationPause(projectId: string): void {
  requests.add(projectId);
}

/** True once per request: the director consumes it when it pauses the scene. */
export function takeSimulationPause(projectId: string): boolean {
  return requests.delete(projectId);
}
