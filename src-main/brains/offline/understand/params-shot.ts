// Parameters of a shot request ("give scene 2 a close-up on Mara's letter", "turn shot 4 of scene 3 into a wide").
import type { AttributeValue, IntentParams } from '../../../../src-preload/contract/intent';
import { opensWithVerb } from './lexicon';
import type { Features } from './features';
import { NUMBER_PATTERN, parseNumber } from '../language/quantities';

/** Shot sizes by the words productions use, most specific first ("extreme close-up" before "close-up"). */
const SIZES: readonly [RegExp, string][] = [
  [/\b(?:extreme (?:wide|long)(?: shot)?|establishing shot|ews|els)\b/, 'EWS'],
  [/\b(?:extreme close[- ]?ups?|ecu|xcu)\b/, 'ECU'],
  [/\b(?:medium close[- ]?ups?|mcu)\b/, 'MCU'],
  [/\b(?:close[- ]?ups?|closeups?|cu)\b/, 'CU'],
  [/\b(?:full shot|full[- ]body shot|fs)\b/, 'FS'],
  [/\b(?:medium shot|mid[- ]shot|medium|ms)\b/, 'MS'],
  [/\b(?:wide shot|wide|long shot|ws|ls)\b/, 'WS'],
  [/\b(?:insert(?: shot)?|cutaway)\b/, 'insert'],
];
const ANGLES: readonly [RegExp, string][] = [
  [/\blow[- ]angle\b|\blow\b(?= shot)/, 'low'],
  [/\bhigh[- ]angle\b|\bhigh\b(?= shot)/, 'high'],
  [/\bdutch\b|\bcanted\b/, 'dutch'],
  [/\boverhead\b|\bbird'?s[- ]eye\b|\btop[- ]down\b/, 'overhead'],
  [/\bpov\b|\bpoint[- ]of[- ]view\b/, 'POV'],
  [/\beye[- ]level\b/, 'eye'],
];
const MOVEMENTS: readonly [RegExp, string][] = [
  [/\bsteadicam\b/, 'steadicam'],
  [/\bhand[- ]?held\b/, 'handheld'],
  [/\bcrane\b|\bjib\b/, 'crane'],
  [/\bdolly\b|\bpush[- ]in\b|\btrack(?:ing)?\b/, 'dolly'],
  [/\btruck\b/, 'truck'],
  [/\bzoom\b/, 'zoom'],
  [/\bpan\b|\bpanning\b/, 'pan'],
  [/\btilt\b/, 'tilt'],
  [/\bstatic\b|\blocked[- ]off\b|\bon sticks\b/, 'static'],
];

const first = (table: readonly [RegExp, string][], text: string) => table.find(([re]) => re.test(text))?.[1];

/** "scene 3", "shot 2", and the "shot 1.2" form (scene 1, shot 2). */
function numbersIn(lower: string): { scene?: number; shot?: number } {
  const dotted = /\bshot\s+(\d+)\.(\d+)\b/.exec(lower);
  if (dotted) return { scene: Number(dotted[1]), shot: Number(dotted[2]) };
  const num = (re: RegExp) => {
    const m = re.exec(lower);
    const n = m ? parseNumber(m[1] ?? '') : undefined;
    return n !== undefined && Number.isInteger(n) ? n : undefined;
  };
  const out: { scene?: number; shot?: number } = {};
  const scene = num(new RegExp(String.raw`\bscene\s+(?:#|no\.?\s*|number\s+)?(${NUMBER_PATTERN})\b`));
  const shot = num(new RegExp(String.raw`\bshot\s+(?:#|no\.?\s*|number\s+)?(${NUMBER_PATTERN})\b`));
  if (scene !== undefined) out.scene = scene;
  if (shot !== undefined) out.shot = shot;
  return out;
}

/** What the new shot shows: "a close-up on Mara's letter in scene 2" → "Mara's letter". */
function subjectOf(text: string): string | undefined {
  const m =
    /\b(?:of|on|showing)\s+(.+?)(?=\s+(?:to|in|into|for|at)\s+(?:the\s+)?scene\b|\s+as\s+shot\b|[.!?]*$)/i.exec(
      text,
    );
  const subject = m?.[1]?.trim();
  return subject && !/^(?:scene|shot)\b/i.test(subject) ? subject : undefined;
}

/**
 * The parameters of a message about a shot of a numbered scene, or undefined when it is not one. A message
 * with a shot number changes (or deletes) that shot; without one it adds a shot. Camera terms go to
 * `attributes` as the shot's fields (size, angle, movement, lensMm, durationSec, description) with `scene`.
 */
export function shotParams(f: Features): IntentParams | undefined {
  const lower = f.lower;
  const size = first(SIZES, lower.replace(/\bshot\s+\d+(?:\.\d+)?/g, ''));
  const mentionsShot = /\b(?:shots?|close[- ]?ups?|closeups?|inserts?|cutaways?)\b/.test(lower);
  const { scene, shot } = numbersIn(lower);
  if (!mentionsShot || (scene === undefined && shot === undefined)) return undefined;
  if (shot === undefined && !/\b(?:add|insert|put|give|include|create|new|another)\b/.test(lower))
    return undefined;

  const attributes: Record<string, AttributeValue> = {};
  if (scene !== undefined) attributes.scene = scene;
  if (size) attributes.size = size;
  const angle = first(ANGLES, lower);
  if (angle) attributes.angle = angle;
  const movement = first(MOVEMENTS, lower);
  if (movement) attributes.movement = movement;
  const lens = /\b(\d{1,4})\s?mm\b/.exec(lower);
  if (lens) attributes.lensMm = Number(lens[1]);
  const seconds = /\b(\d+(?:\.\d+)?)\s?(?:s|secs?|seconds?)\b/.exec(lower);
  if (seconds) attributes.durationSec = Number(seconds[1]);
  const params: IntentParams = { entityType: 'shot', attributes };
  if (shot !== undefined) {
    params.number = shot;
    params.operation = opensWithVerb('delete', lower.replace(/^please\s+/, '')) ? 'delete' : 'update';
  } else {
    const subject = subjectOf(f.text);
    if (subject) attributes.description = subject;
  }
  return params;
}
