// Node `simulation_verdict`: keeps (as one undoable change) or discards the changes of the last simulated scene.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { Simulation } from '../../../src-preload/contract/simulation';
import { ChangeBuilder } from '../../store/change-builder';
import { planKeepSimulation } from '../simulation/keep-simulation';
import { controlIn } from '../simulation/simulation-controls';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { commitBuilder } from './node-helpers';

const KEEP =
  /^\s*(?:ok(?:ay)?[,!]?\s+|yes[,!]?\s+|please\s+)?(?:keep|save|accept|apply)\s+(?:it|them|this|that|the scene|this scene|that scene|the simulation|the changes|the scene's changes)\b/i;
const DISCARD =
  /^\s*(?:no[,!]?\s+|please\s+)?(?:discard|drop|reject|throw away|scrap|bin|forget)\s+(?:it|them|this|that|the scene|this scene|that scene|the simulation|the changes|the scene's changes)\b/i;

/** The scene still waiting for the user: the newest simulation in the conversation, if pending or paused. */
export function pendingSimulation(history: readonly ChatMessage[]): Simulation | undefined {
  const last = [...history].reverse().find((m) => m.role === 'assistant' && m.simulation);
  const status = last?.simulation?.status;
  return status === 'pending' || status === 'paused' ? last!.simulation : undefined;
}

/** The scene with its verdict: it can no longer continue. */
function settled(sim: Simulation, status: 'kept' | 'discarded'): Simulation {
  const { resume: _resume, ...rest } = sim;
  return { ...rest, status };
}

/** "keep the scene" / "discard it" right after a simulated scene; undefined for anything else. */
export function simulationVerdictIn(
  text: string,
  history: readonly ChatMessage[],
): 'keep' | 'discard' | undefined {
  const sim = pendingSimulation(history);
  if (!sim) return undefined;
  // "Save it as a scene" puts it in the script; it is not a verdict on its changes.
  if (controlIn(text, sim)?.action === 'save') return undefined;
  return KEEP.test(text) ? 'keep' : DISCARD.test(text) ? 'discard' : undefined;
}

export async function simulationVerdict(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const sim = pendingSimulation(state.history);
  const verdict = simulationVerdictIn(state.text, state.history);
  if (!sim || !verdict)
    return { outcome: { replyParts: ['There is no simulated scene waiting to be kept or discarded.'] } };
  if (verdict === 'discard')
    return {
      outcome: {
        replyParts: [`Discarded the scene (${sim.objective}): no relationship or feeling changed.`],
        simulation: settled(sim, 'discarded'),
      },
    };
  const builder = new ChangeBuilder(deps.session.file, {
    via: 'agent',
    provenance: { messageId: state.messageId },
  });
  const touched = planKeepSimulation(builder, sim);
  await commitBuilder(deps, builder, `Simulation kept: ${sim.objective}`.slice(0, 90));
  const names = sim.participants.map((p) => p.name).join(' and ');
  return {
    outcome: {
      replyParts: [
        `Kept the scene: ${sim.changes.length} change${sim.changes.length === 1 ? '' : 's'} written to ${names}'s history, each with its reason. Say “undo” to take the whole scene back.`,
      ],
      updated: touched.map((id) => ({ type: 'relationship', id, name: names })),
      simulation: settled(sim, 'kept'),
    },
  };
}
