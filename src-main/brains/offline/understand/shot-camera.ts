// Camera terms of a shot request, typed: size, angle, movement, lens in mm ("35mm", "a 50") and duration in seconds.
import type { Shot } from '../../../../src-preload/contract/entities';
import { NUMBER_PATTERN, findDurationSec, parseNumber } from '../language/quantities';

type ShotSize = Shot['size'];
type ShotAngle = Shot['angle'];
type ShotMovement = Shot['movement'];

/** The camera fields a message sets; absent fields were not mentioned. */
export interface CameraFields {
  size?: ShotSize;
  angle?: ShotAngle;
  movement?: ShotMovement;
  lensMm?: number;
  durationSec?: number;
}

/** Shot sizes by the words productions use, most specific first ("extreme close-up" before "close-up"). */
const SIZES: readonly [RegExp, ShotSize][] = [
  [/\b(?:extreme (?:wide|long)(?: shot)?|establishing shot|ews|els)\b/, 'EWS'],
  [/\b(?:extreme close[- ]?ups?|ecu|xcu)\b/, 'ECU'],
  [/\b(?:medium close[- ]?ups?|mcu)\b/, 'MCU'],
  [/\b(?:close[- ]?ups?|closeups?|cu)\b/, 'CU'],
  [/\b(?:full shot|full[- ]body shot|fs)\b/, 'FS'],
  [/\b(?:medium shot|mid[- ]shot|medium|ms)\b/, 'MS'],
  [/\b(?:wide shot|wide|long shot|ws|ls)\b/, 'WS'],
  [/\b(?:insert(?: shot)?|cutaway)\b/, 'insert'],
];
const ANGLES: readonly [RegExp, ShotAngle][] = [
  [/\blow[- ]angle\b|\blow\b(?= shot)|\bworm'?s[- ]eye\b|\bfrom below\b/, 'low'],
  [/\bhigh[- ]angle\b|\bhigh\b(?= shot)|\bfrom above\b/, 'high'],
  [/\bdutch\b|\bcanted\b/, 'dutch'],
  [/\boverhead\b|\bbird'?s[- ]eye\b|\btop[- ]down\b/, 'overhead'],
  [/\bpov\b|\bpoint[- ]of[- ]view\b/, 'POV'],
  [/\beye[- ]level\b/, 'eye'],
];
/** With the word "angle" in the message, a bare "low" or "high" is the angle ("change the angle to low"). */
const BARE_ANGLES: readonly [RegExp, ShotAngle][] = [
  [/\blow\b/, 'low'],
  [/\bhigh\b/, 'high'],
  [/\beye\b/, 'eye'],
];
const MOVEMENTS: readonly [RegExp, ShotMovement][] = [
  [/\bsteadicam\b/, 'steadicam'],
  [/\bhand[- ]?held\b/, 'handheld'],
  [/\bcrane\b|\bjib\b/, 'crane'],
  [/\bdolly\b|\bpush[- ]in\b|\btrack(?:ing)?\b/, 'dolly'],
  [/\btruck\b/, 'truck'],
  [/\bzoom\b/, 'zoom'],
  [/\bpan\b|\bpanning\b/, 'pan'],
  [/\btilt\b/, 'tilt'],
  [
    /\bstatic\b|\block(?:ed)?(?:[- ]| (?:it|the camera|the shot) )off\b|\bon sticks\b|\bno (?:camera )?movement\b/,
    'static',
  ],
];

const first = <T>(table: readonly [RegExp, T][], text: string): T | undefined =>
  table.find(([re]) => re.test(text))?.[1];

/** A number followed by something that makes it a length of time, a count or a ratio, not a focal length. */
const NOT_LENS = String.raw`(?!\.\d|\s*%|[-\s]?(?:s|secs?|seconds?|minutes?|mins?|x|fps|degrees?|frames?|percent|shots?|people|characters)\b)`;

/** Lens phrasings, most explicit first; each captures the focal length. */
const LENSES: readonly RegExp[] = [
  // "35mm", "35 mm", "35-mm", "thirty-five millimetre"
  new RegExp(String.raw`\b(\d{1,4}(?:\.\d+)?|${NUMBER_PATTERN})\s*-?\s*(?:mm|millimet(?:er|re)s?)\b`),
  // "a 50 lens", "an 85-lens"
  new RegExp(String.raw`\b(\d{1,4}(?:\.\d+)?|${NUMBER_PATTERN})(?:\s*-\s*|\s+)lens\b`),
  // "lens to 35", "the lens of shot 1.2 to 35", "focal length: 85"
  /\b(?:lens|focal length)\b(?:\s+\S+){0,3}?\s*(?:to|of|at|is|=|:)\s*(?:an?\s+)?(\d{1,4}(?:\.\d+)?)\b/,
  // "use a 50 on shot 1.2", "shoot it on a 24", "switch to an 85": a focal length said the way crews say it.
  new RegExp(String.raw`\b(?:use|using|on|with|try|to|onto|for)\s+an?\s+(\d{1,4})\b${NOT_LENS}`),
];

const blankMatch = (text: string, m: RegExpExecArray): string =>
  text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

/** The focal length a message asks for, in mm, and the message with that phrase blanked out. */
export function findLensMm(text: string): { lensMm?: number; rest: string } {
  for (const re of LENSES) {
    const m = re.exec(text);
    const mm = m ? parseNumber(m[1] ?? '') : undefined;
    if (m && mm !== undefined) return { lensMm: mm, rest: blankMatch(text, m) };
  }
  return { rest: text };
}

/** "duration to 4", "length of shot 3.1 to 2.5" (seconds implied); a focal length is never a duration. */
const BARE_DURATION =
  /\b(?:duration|(?<!focal )length|running time|runtime)\b(?:\s+\S+){0,3}?\s*(?:to|of|at|is|=|:)\s*(\d+(?:\.\d+)?)\b(?!\s*(?:mm|millimet))/;

/** How long a message says the shot lasts, in seconds: "4 seconds", "2.5s", "half a minute", "duration to 4". */
export function findShotDurationSec(text: string): number | undefined {
  const compact = /\b(\d+(?:\.\d+)?)\s?s\b/.exec(text);
  if (compact) return Number(compact[1]);
  const worded = findDurationSec(text);
  if (worded !== undefined) return worded;
  const bare = BARE_DURATION.exec(text);
  return bare ? Number(bare[1]) : undefined;
}

/**
 * The camera fields of a message whose scene and shot references were already blanked out (see
 * findShotReference), so "shot 3.1" never reads as 3.1 seconds. The lens is read first and blanked in turn.
 */
export function cameraFieldsIn(rest: string): CameraFields {
  const out: CameraFields = {};
  const lens = findLensMm(rest);
  if (lens.lensMm !== undefined) out.lensMm = lens.lensMm;
  const text = lens.rest;
  const size = first(SIZES, text);
  if (size) out.size = size;
  const angle = first(ANGLES, text) ?? (/\bangle\b/.test(text) ? first(BARE_ANGLES, text) : undefined);
  if (angle) out.angle = angle;
  const movement = first(MOVEMENTS, text);
  if (movement) out.movement = movement;
  const durationSec = findShotDurationSec(text);
  if (durationSec !== undefined) out.durationSec = durationSec;
  return out;
}
