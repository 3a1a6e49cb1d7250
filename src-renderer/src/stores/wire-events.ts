// Subscribes the store to every main-process event, once, outside React; returns the function that unsubscribes.
import type { StoryloomApi } from '../contract';
import type { TransportStatus } from '../web-socket-api';
import type { AppStore } from './store';

/** Wires IPC events (and the transport status) into store actions. */
export function wireEvents(
  api: StoryloomApi,
  store: AppStore,
  onStatus?: (listener: (status: TransportStatus) => void) => () => void,
): () => void {
  const actions = () => store.getState();
  let wasClosed = false;
  const off = [
    api.on('project:changed', (event) => {
      actions().applyProjectChange(event.projectId, event);
      // Guards are computed from project data: any change can block or free a step.
      actions().applyWorkflowChanged(event.projectId);
    }),
    api.on('project:listChanged', () => void actions().loadProjects()),
    api.on('agent:event', (event) => actions().applyAgentEvent(event)),
    api.on('queue:progress', (event) => actions().applyQueueProgress(event)),
    api.on('workflow:changed', (event) => actions().applyWorkflowChanged(event.projectId)),
  ];
  if (onStatus) {
    off.push(
      onStatus((status) => {
        actions().setTransport(status);
        // Events pushed while disconnected are lost: after a reconnect, reload what is on screen.
        if (status === 'closed') wasClosed = true;
        if (status === 'open' && wasClosed) {
          wasClosed = false;
          void actions().loadProjects();
          void actions().resyncProject();
          void actions().loadSessions();
          void actions().loadPipelineRuns();
        }
      }),
    );
  }
  return () => off.forEach((unsubscribe) => unsubscribe());
}
