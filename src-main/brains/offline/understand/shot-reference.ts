// Which shot a message names: "shot 1.2", "shot 2 of scene 3", "scene 3, shot 2", "the second shot in scene 1".
import { NUMBER_PATTERN, ORDINAL_PATTERN, parseNumber, parseOrdinal } from '../language/quantities';

/** The scene and shot numbers a message names, and the message with those references blanked out. */
export interface ShotReference {
  scene?: number;
  shot?: number;
  /**
   * The lower-cased message with every scene and shot reference replaced by spaces (same length), so the
   * numbers of "shot 3.1" are never read as a lens, a duration or a size.
   */
  rest: string;
}

const NUMBERED = String.raw`\s+(?:#|no\.?\s*|number\s+)?`;
/** "shot 1.2": scene 1, shot 2 (the numbering shot lists print). */
const DOTTED = new RegExp(String.raw`\bshot${NUMBERED}(\d+)\.(\d+)\b`);
const SHOT_NUMBER = new RegExp(String.raw`\bshot${NUMBERED}(${NUMBER_PATTERN})\b`);
const SCENE_NUMBER = new RegExp(String.raw`\bscene${NUMBERED}(${NUMBER_PATTERN})\b`);
const ORDINAL_SHOT = new RegExp(String.raw`\b(?:the\s+)?(${ORDINAL_PATTERN})\s+shot\b`);
const ORDINAL_SCENE = new RegExp(String.raw`\b(?:the\s+)?(${ORDINAL_PATTERN})\s+scene\b`);

const blank = (text: string, m: RegExpExecArray): string =>
  text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

/** Reads one reference with `re`; a whole number found is returned and its words are blanked in `text`. */
function take(
  text: string,
  re: RegExp,
  parse: (token: string) => number | undefined,
): { value?: number; text: string } {
  const m = re.exec(text);
  const value = m ? parse(m[1] ?? '') : undefined;
  if (!m || value === undefined || !Number.isInteger(value)) return { text };
  return { value, text: blank(text, m) };
}

/** Finds the scene and shot a (lower-cased) message names, in any order and either numbering. */
export function findShotReference(lower: string): ShotReference {
  const dotted = DOTTED.exec(lower);
  if (dotted) return { scene: Number(dotted[1]), shot: Number(dotted[2]), rest: blank(lower, dotted) };
  const shot = take(lower, SHOT_NUMBER, parseNumber);
  const shotByOrder = shot.value === undefined ? take(shot.text, ORDINAL_SHOT, parseOrdinal) : shot;
  const scene = take(shotByOrder.text, SCENE_NUMBER, parseNumber);
  const sceneByOrder = scene.value === undefined ? take(scene.text, ORDINAL_SCENE, parseOrdinal) : scene;
  const out: ShotReference = { rest: sceneByOrder.text };
  if (shotByOrder.value !== undefined) out.shot = shotByOrder.value;
  if (sceneByOrder.value !== undefined) out.scene = sceneByOrder.value;
  return out;
}
