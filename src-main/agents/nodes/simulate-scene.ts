// Node `simulate`: plays a scene between characters and shows it; its changes wait for the user to keep or discard them.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Character } from '../../../src-preload/contract/entities';
import type { Simulation } from '../../../src-preload/contract/simulation';
import { findCharacter } from '../../domain/find-by-name';
import { refMarker } from '../../domain/entity-refs';
import { formatDelta } from '../../domain/relationship-ledger';
import { runSimulation } from '../simulation/run-simulation';
import { depsOf } from '../deps';
import type { TurnStateUpdate, TurnStateValue } from '../state';
import { stageEvent } from './node-helpers';
import { sceneRunOptions } from './scene-stream';

/** The scene as chat text: the lines (from turn `from`), how it ended, the net change per relationship, and the question. */
export function describeScene(
  sim: Simulation,
  people: readonly Pick<Character, 'id' | 'name'>[],
  from = 0,
): string {
  const lines = sim.turns
    .slice(from)
    .map((t) => `**${t.speaker.toUpperCase()}**: ${t.text}`)
    .join('\n');
  const net = new Map<string, { s: number; t: number }>();
  for (const c of sim.changes) {
    const n = net.get(c.relationshipId) ?? { s: 0, t: 0 };
    net.set(c.relationshipId, { s: n.s + c.dStrength, t: n.t + c.dTrust });
  }
  const who = people.map((c) => refMarker({ type: 'character', id: c.id, name: c.name })).join(' and ');
  const ending =
    sim.status === 'paused'
      ? `It pauses for you after ${sim.turns.length} turns: say “continue”, speak as one of them (“${people[0]?.name ?? 'Sarah'}: …”), direct (“${people[1]?.name ?? 'John'} walks out”) or “stop”.`
      : {
          resolved: 'It resolves.',
          broken: 'It breaks.',
          capped: 'It stops at the turn cap.',
          stopped: 'You stopped it.',
        }[sim.ending];
  const totals = [...net.values()]
    .map((n) => `strength ${formatDelta(n.s)}, trust ${formatDelta(n.t)}`)
    .join('; ');
  const feelings = sim.emotions
    .map((e) => `${sim.participants.find((p) => p.characterId === e.characterId)?.name} feels ${e.feeling}`)
    .join(', ');
  return `${who} — ${sim.objective}${sim.setting ? ` (${sim.setting})` : ''}:\n\n${lines}\n\n${ending} Proposed: ${totals}; ${feelings}. Keep the scene's changes or discard them?`;
}

/** What the user can do next with a scene that waits for them. */
export function sceneChoices(sim: Simulation): { label: string; command: string }[] {
  return [
    ...(sim.resume
      ? [
          { label: 'Continue', command: 'continue' },
          { label: 'Stop here', command: 'stop' },
        ]
      : []),
    { label: 'Keep the scene', command: 'keep the scene' },
    { label: 'Discard it', command: 'discard the scene' },
    ...(sim.savedSceneId ? [] : [{ label: 'Save as a scene', command: 'save it as a scene' }]),
  ];
}

export async function simulateScene(
  state: TurnStateValue,
  config?: LangGraphRunnableConfig,
): Promise<TurnStateUpdate> {
  const deps = depsOf(config);
  const file = deps.session.file;
  const params = state.parsed?.params ?? {};
  const names = params.participants ?? params.names ?? [];
  const missing = names.filter((n) => !findCharacter(file, n));
  if (missing.length)
    return {
      outcome: {
        replyParts: [`I couldn't find ${missing.map((n) => `“${n}”`).join(' and ')} in this project.`],
        choices: missing.map((n) => ({ label: `Create ${n}`, command: `create a character named ${n}` })),
      },
    };
  const people = names
    .map((n) => findCharacter(file, n)!)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  if (people.length < 2)
    return {
      outcome: {
        replyParts: ['A scene needs two characters: for example “Have Maya confront Omar about the debt”.'],
      },
    };
  stageEvent(deps, 'simulate', 'started');
  const objective =
    typeof params.attributes?.objective === 'string'
      ? params.attributes.objective
      : 'what happened between them';
  const sim = await runSimulation(
    file,
    {
      participants: people,
      objective,
      request: state.text,
      ...(params.setting ? { setting: params.setting } : {}),
      ...(params.mood ? { mood: params.mood } : {}),
    },
    deps.brain,
    sceneRunOptions(deps),
  );
  stageEvent(deps, 'simulate', 'finished');
  return {
    outcome: {
      replyParts: [describeScene(sim, people)],
      simulation: sim,
      choices: sceneChoices(sim),
    },
  };
}
