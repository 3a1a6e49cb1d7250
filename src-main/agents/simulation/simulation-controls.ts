// The user stepping into a waiting scene: chat words → a control, and the turns a user's line or a direction adds.
import type { InteractionType } from '../../../src-preload/contract/entities';
import type { Simulation, SimulationControl, SimulationTurn } from '../../../src-preload/contract/simulation';
import { appraiseLine } from './nodes/appraise';
import type { SimulationStateUpdate, SimulationStateValue } from './simulation-state';

const PAUSE =
  /^\s*(?:please\s+)?(?:pause|hold on|wait)(?:\s+(?:it|the scene|the simulation|there))?\s*[.!]*\s*$/i;
const RESUME =
  /^\s*(?:please\s+)?(?:continue|resume|go on|keep going|carry on|unpause)(?:\s+(?:it|the scene|the simulation))?\s*[.!]*\s*$/i;
const STOP =
  /^\s*(?:please\s+)?(?:stop|end|cut|finish)(?:\s+(?:it|here|there|the scene|the simulation))?\s*[.!]*\s*$/i;
const SAVE =
  /^\s*(?:please\s+)?(?:save|add|turn|put)\s+(?:it|this|that|the scene|this scene|the simulated scene|the simulation)\s+(?:as|to|into|in)\s+(?:a\s+)?(?:scene|the script|my script|the screenplay)\b/i;
const DIRECTOR = /^\s*(?:director|direction|stage direction)\s*:\s*(.+)$/i;
/** Stage directions that take a character out of the scene. */
const EXIT = /\b(?:walks? out|storms? (?:out|off)|leaves|exits|goes away|hangs? up|slams the door)\b/i;

/**
 * The control a chat message gives a waiting scene, or undefined: "pause", "continue", "stop", "save it as a
 * scene", "Sarah: I'm not leaving." (speak as Sarah), "director: …" or "Sarah walks out" (a stage direction).
 */
export function controlIn(text: string, sim: Simulation): SimulationControl | undefined {
  if (PAUSE.test(text)) return { action: 'pause' };
  if (RESUME.test(text)) return { action: 'resume' };
  if (STOP.test(text)) return { action: 'stop' };
  if (SAVE.test(text)) return { action: 'save' };
  const direction = DIRECTOR.exec(text)?.[1]?.trim();
  if (direction) return { action: 'direct', text: direction };
  const said = /^\s*(?:as\s+)?([\p{L}][\p{L}' .-]{0,60}?)\s*(?::|,\s*say(?:s)?:?)\s*(.+)$/iu.exec(text);
  const who = said && participantNamed(sim, said[1]!);
  if (who && said) return { action: 'say', characterId: who.characterId, text: unquote(said[2]!) };
  const subject = sim.participants.find((p) =>
    new RegExp(`^\\s*${escape(firstName(p.name))}\\b`, 'i').test(text),
  );
  if (subject && EXIT.test(text)) return { action: 'direct', text: text.trim() };
  return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const firstName = (name: string): string => name.split(/\s+/)[0]!;
const unquote = (s: string): string =>
  s
    .trim()
    .replace(/^["“]|["”]$/g, '')
    .trim();

function participantNamed(sim: Simulation, name: string) {
  const n = name.trim().toLowerCase();
  return sim.participants.find((p) => p.name.toLowerCase() === n || firstName(p.name).toLowerCase() === n);
}

/** What a line typed by the user does to the person it is aimed at, from its words. */
export function interactionOfWords(text: string): { type: InteractionType; intensity: number } {
  const t = text.toLowerCase();
  const pick = (type: InteractionType, intensity: number) => ({ type, intensity });
  if (/\b(?:sorry|apologi[sz]e|forgive me)\b/.test(t)) return pick('apology', 0.6);
  if (/\b(?:or else|i will (?:hurt|kill|ruin|tell)|you'll regret|watch yourself)\b/.test(t))
    return pick('threat', 0.7);
  if (/\b(?:liar|you lied|you stole|it was you|you did it|admit it)\b/.test(t))
    return pick('accusation', 0.65);
  if (/\b(?:hate|idiot|pathetic|disgusting|shut up)\b/.test(t)) return pick('insult', 0.65);
  if (/\b(?:thank|i trust you|i believe you|let me help|together)\b/.test(t)) return pick('help', 0.5);
  if (/\b(?:i love|i miss you|i care)\b/.test(t)) return pick('confession', 0.6);
  if (/!|\b(?:no|never|how could you)\b/.test(t)) return pick('argument', 0.55);
  return pick('small_talk', 0.4);
}

function other(state: SimulationStateValue, id: string) {
  return state.cast.find((c) => c.id !== id)!;
}

/** The user's line spoken as a character: a turn like any other, appraised for its effect on the relationship. */
export function userLine(characterId: string, text: string) {
  return (state: SimulationStateValue, config: object): SimulationStateUpdate => {
    const speaker = state.cast.find((c) => c.id === characterId)!;
    const addressee = other(state, characterId);
    const { type, intensity } = interactionOfWords(text);
    const line: SimulationTurn = {
      speaker: speaker.name,
      characterId,
      text,
      interaction: type,
      addressedTo: addressee.id,
      by: 'user',
    };
    const next = {
      speakerId: speaker.id,
      addresseeId: addressee.id,
      beat: { move: 'user', role: 'initiator' as const, interaction: type, intensity },
    };
    return { ...appraiseLine({ ...state, line, next }, config), next: null };
  };
}

/**
 * A stage direction. "Sarah walks out" ends the scene: Sarah rejects the other, appraised like a line. Any other
 * direction is an action line the characters then play on from.
 */
export function direction(text: string) {
  return (state: SimulationStateValue, config: object): SimulationStateUpdate => {
    const subject =
      state.cast.find((c) => new RegExp(`\\b${escape(firstName(c.name))}\\b`, 'i').test(text)) ??
      state.cast[0]!;
    const line: SimulationTurn = {
      speaker: 'Director',
      characterId: subject.id,
      text: /[.!?]$/.test(text) ? text : `${text}.`,
      by: 'director',
    };
    if (!EXIT.test(text)) return { turns: [line] };
    const addressee = other(state, subject.id);
    const next = {
      speakerId: subject.id,
      addresseeId: addressee.id,
      beat: { move: 'exit', role: 'initiator' as const, interaction: 'rejection' as const, intensity: 0.6 },
    };
    const update = appraiseLine({ ...state, line: { ...line, interaction: 'rejection' }, next }, config);
    return { ...update, next: null, ending: 'stopped' };
  };
}
