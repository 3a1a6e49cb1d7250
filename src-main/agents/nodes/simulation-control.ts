// Node `simulation_control`: the user pauses, continues, stops, steps into or saves the scene that waits for them.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { ChatMessage } from '../../../src-preload/contract/chat';
import type { Character } from '../../../src-preload/contract/entities';
import type { Simulation, SimulationControl } from '../../../src-preload/contract/simulation';
import { assertNever } from '../../shared/assert';
import { ChangeBuilder } from '../../store/change-builder';
import { continueSimulation } from '../simulation/run-simulation';
import { planSaveSimulatedScene } from '../simulation/save-simulated-scene';
import { controlIn, direction, userLine } from '../simulation/simulation-controls';
import { depsOf, type TurnDeps } from '../deps';
import type { TurnOutcome, TurnStateUpdate, TurnStateValue } from '../state';
import { commitBuilder, stageEvent } from './node-helpers';
import { sceneRunOptions } from './scene-stream';
import { describeScene, sceneChoices } from './simulate-scene';
import { pendingSimulation } from './simulation-verdict';

/** A control for the waiting scene (keep and discard are the verdict node's), or undefined. */
export function simulationControlIn(
  text: string,
  history: readonly ChatMessage[],
): SimulationControl | undefined {
  const sim = pendingSimulation(history);
  const control = sim && controlIn(text, sim);
  return control && control.action !== 'keep' && control.action !== 'discard' ? control : undefined;
}

type Outcome = Partial<TurnOutcome>;

const over = (sim: Simulation): Outcome => ({
  replyParts: [
    `The scene (${sim.objective}) has already ended (${sim.ending}). Keep or discard its changes, or save it as a scene.`,
  ],
  simulation: sim,
  choices: sceneChoices(sim),
});

/** Plays more of the scene (after the user's own turn, if any) and shows the new lines. */
async function playOn(
  deps: TurnDeps,
  sim: Simulation,
  people: Character[],
  plan: Parameters<typeof continueSimulation>[4],
): Promise<Outcome> {
  stageEvent(deps, 'simulate', 'started');
  const next = await continueSimulation(
    deps.session.file,
    sim,
    people,
    deps.brain,
    plan,
    sceneRunOptions(deps),
  );
  stageEvent(deps, 'simulate', 'finished');
  return {
    replyParts: [describeScene(next, people, sim.turns.length)],
    simulation: next,
    choices: sceneChoices(next),
  };
}

/** Saves the scene into the script as one undoable change; the keep/discard question stays open. */
async function save(deps: TurnDeps, sim: Simulation, messageId: string): Promise<Outcome> {
  if (sim.savedSceneId && deps.session.file.entities.scenes.some((s) => s.id === sim.savedSceneId))
    return {
      replyParts: ['This scene is already in the script.'],
      simulation: sim,
      choices: sceneChoices(sim),
    };
  const builder = new ChangeBuilder(deps.session.file, { via: 'agent', provenance: { messageId } });
  const id = planSaveSimulatedScene(builder, sim);
  await commitBuilder(deps, builder, `Scene from simulation: ${sim.objective}`.slice(0, 90));
  const scene = deps.session.file.entities.scenes.find((s) => s.id === id)!;
  const saved = { ...sim, savedSceneId: id };
  return {
    replyParts: [
      `Saved as scene ${scene.number} (${scene.heading}) with ${scene.elements.length} element${scene.elements.length === 1 ? '' : 's'}. Its relationship changes still wait: keep or discard them.`,
    ],
    created: [{ type: 'scene', id, name: scene.heading }],
    simulation: saved,
    choices: sceneChoices(saved),
  };
}

function stop(sim: Simulation): Outcome {
  if (!sim.resume) return over(sim);
  const { resume: _resume, ...rest } = sim;
  const stopped: Simulation = { ...rest, status: 'pending', ending: 'stopped' };
  return {
    replyParts: [`Stopped after ${sim.turns.length} turns. Keep the scene's changes or discard them?`],
    simulation: stopped,
    choices: sceneChoices(stopped),
  };
}

async function apply(
  deps: TurnDeps,
  sim: Simulation,
  control: SimulationControl,
  messageId: string,
): Promise<Outcome> {
  const people = sim.participants
    .map((p) => deps.session.file.entities.characters.find((c) => c.id === p.characterId))
    .filter((c): c is Character => Boolean(c));
  if (people.length < 2 && control.action !== 'save' && control.action !== 'stop')
    return {
      replyParts: ['A character of this scene no longer exists, so it cannot go on.'],
      simulation: sim,
    };
  switch (control.action) {
    case 'pause':
      if (!sim.resume) return over(sim);
      return {
        replyParts: [`Paused after ${sim.turns.length} turns.`],
        simulation: { ...sim, status: 'paused' },
        choices: sceneChoices(sim),
      };
    case 'resume':
      return sim.resume ? playOn(deps, sim, people, {}) : over(sim);
    case 'stop':
      return stop(sim);
    case 'say':
      return playOn(deps, sim, people, { lead: userLine(control.characterId, control.text) });
    case 'direct':
      return playOn(deps, sim, people, { lead: direction(control.text) });
    case 'save':
      return save(deps, sim, messageId);
    case 'keep':
    case 'discard':
      return { replyParts: ['Say “keep the scene” or “discard it”.'], simulation: sim };
    default:
      return assertNever(control, 'simulation control');
  }
}

export async function simulationControl(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const sim = pendingSimulation(state.history);
  const control = simulationControlIn(state.text, state.history);
  if (!sim || !control) return { outcome: { replyParts: ['There is no simulated scene waiting for you.'] } };
  return { outcome: await apply(deps, sim, control, state.messageId) };
}
