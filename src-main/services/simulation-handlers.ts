// Handlers of simulation:* — the renderer's Pause and Stop buttons for a simulated scene while it plays.
import { isSimulationPlaying, requestSimulationInterrupt } from '../agents/simulation/pause-requests';
import type { HandlerTable } from '../shared/handler-types';

type SimulationHandlers = Pick<HandlerTable, 'simulation:interrupt'>;

export function simulationHandlers(): SimulationHandlers {
  return {
    // Asked only of a scene that plays now: a late click must not pause the next scene.
    'simulation:interrupt': async ({ projectId, action }) => {
      if (!isSimulationPlaying(projectId)) return { requested: false };
      requestSimulationInterrupt(projectId, action);
      return { requested: true };
    },
  };
}
