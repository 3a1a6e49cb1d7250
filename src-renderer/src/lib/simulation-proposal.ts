// What a simulated scene proposes while it waits for a verdict or is still playing: one view for the graph and the chat.
import type { Simulation } from '../contract';
import type { ChatMessageView } from '../stores/chat-view';
import type { LiveScene } from '../stores/simulation-slice';

/** The newest simulated scene of the conversation, if it still waits (pending, or paused to let the user step in). */
export function pendingSimulation(messages: readonly ChatMessageView[]): Simulation | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const sim = messages[i]!.simulation;
    if (sim) return sim.status === 'pending' || sim.status === 'paused' ? sim : null;
  }
  return null;
}

/**
 * The scene's proposal as it stands: a playing scene's streamed turns on top of its earlier part (a continued
 * scene), or the waiting scene alone. A playing scene replaces any other waiting one, as its reply will.
 */
export function liveProposal(pending: Simulation | null, live: LiveScene | null): Simulation | null {
  if (!live) return pending;
  const earlier = pending?.id === live.simulationId ? pending : null;
  return {
    id: live.simulationId,
    status: 'pending',
    participants: earlier?.participants ?? [],
    objective: earlier?.objective ?? '',
    ending: 'capped',
    turns: [...(earlier?.turns ?? []), ...live.turns],
    changes: [...(earlier?.changes ?? []), ...live.changes],
    emotions: live.emotions.length ? live.emotions : (earlier?.emotions ?? []),
  };
}
