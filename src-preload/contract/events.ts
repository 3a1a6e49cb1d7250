// The typed event map: every event the main process pushes to renderers, and its payload.
import type { EventName } from './channels';
import type { ChangeSummary } from './dto';
import type { SimulationChange, SimulationEmotion, SimulationTurn } from './simulation';

export interface ProjectChangedEvent extends ChangeSummary {
  projectId: string;
}

/** Agent run events; later issues extend the union (stage progress, tokens, choices). */
export type AgentEvent =
  | {
      type: 'run_started';
      runId: string;
      projectId: string;
      at: string;
      sessionId?: string;
      kind?: 'chat' | 'pipeline';
    }
  | { type: 'stage_started'; runId: string; stage: string; at: string }
  | { type: 'stage_progress'; runId: string; stage: string; done: number; total: number }
  | { type: 'stage_finished'; runId: string; stage: string; at: string }
  | { type: 'tokens'; runId: string; text: string }
  /**
   * One line of a simulated scene as it is spoken, with what it proposes: relationship changes (with reasons) and
   * everyone's feelings after it. Proposals only: the scene is kept or discarded as one unit when it ends.
   * `index` is the turn's place in the scene (a continued scene goes on from its earlier turns).
   */
  | {
      type: 'simulation_turn';
      runId: string;
      projectId: string;
      simulationId: string;
      index: number;
      turn: SimulationTurn;
      changes: SimulationChange[];
      emotions: SimulationEmotion[];
    }
  | { type: 'entity_created'; runId: string; entityType: string; id: string; name?: string }
  | { type: 'entity_updated'; runId: string; entityType: string; id: string; name?: string }
  | { type: 'choice_offered'; runId: string; choices: { label: string; command: string }[] }
  /** `notice`: a notice the run keeps (a model fallback), shown on its timeline and listed again by `agent:runs`. */
  | { type: 'warning'; runId: string; message: string; notice?: true }
  | { type: 'error'; runId: string; code: string; message: string; remedy?: string }
  | { type: 'run_finished'; runId: string; status: 'done' | 'cancelled' | 'failed'; at: string };

export interface QueueProgressEvent {
  projectId: string;
  taskId: string;
  label: string;
  done: number;
  total: number;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
}

export interface EventMap {
  'project:changed': ProjectChangedEvent;
  'project:listChanged': { reason: string };
  'agent:event': AgentEvent;
  'queue:progress': QueueProgressEvent;
  'workflow:changed': { projectId: string; current: string };
}
type _EveryEventTyped = EventName extends keyof EventMap ? true : never;
export const everyEventTyped: _EveryEventTyped = true;
