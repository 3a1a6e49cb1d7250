// Parameters of a shot request ("give scene 2 a close-up on Mara's letter", "turn shot 4 of scene 3 into a wide").
import type { AttributeValue, IntentParams } from '../../../../src-preload/contract/intent';
import { opensWithVerb, rulePhraseAlternation, verbAlternation } from './lexicon';
import type { Features } from './features';
import { cameraFieldsIn, type CameraFields } from './shot-camera';
import { findShotReference } from './shot-reference';

let addVerb: RegExp | undefined;
/** Verbs that add a shot rather than change one (the lexicon's "addShot" class), anywhere in the message. */
const ADD_VERB = (): RegExp => (addVerb ??= new RegExp(`\\b(?:${verbAlternation('addShot')})\\b`));
/** Words that name a shot, so "scene 2" in the same message is the shot's scene. */
const SHOT_NOUN = /\b(?:shots?|close[- ]?ups?|closeups?|inserts?|cutaways?)\b/;
let shotWords: { trim: RegExp; add: RegExp } | undefined;
/**
 * Built on first use from the lexicon's rule phrases: verbs that trim a shot when a new length follows ("cut shot
 * 1.2 to 2 seconds"), and openers of a request that adds a shot rather than changing one.
 */
function shotTables(): { trim: RegExp; add: RegExp } {
  shotWords ??= {
    trim: new RegExp(`^(?:please\\s+)?(?:${rulePhraseAlternation('trimShot')})\\b`),
    add: new RegExp(`^(?:${rulePhraseAlternation('shotAddOpeners')})\\b`),
  };
  return shotWords;
}

/** True when the message deletes the shot it names (a trim to a new length is a change). */
function deletes(lower: string, camera: CameraFields): boolean {
  const deleting = opensWithVerb('delete', lower.replace(/^please\s+/, ''));
  return deleting && !(camera.durationSec !== undefined && shotTables().trim.test(lower));
}

/**
 * A change of an existing shot's camera fields: names a shot (by number or order) and sets at least one field,
 * and is neither a question, an addition nor a delete. Certain enough to decide the intent without the classifier.
 */
export function shotCameraEdit(f: Features): boolean {
  if (f.isQuestion || shotTables().add.test(f.template)) return false;
  const ref = findShotReference(f.lower);
  if (ref.shot === undefined) return false;
  const camera = cameraFieldsIn(ref.rest);
  return Object.keys(camera).length > 0 && !deletes(f.template, camera);
}

/**
 * A new shot for a numbered scene: names a shot and a scene but no shot number, with an adding verb ("put an
 * insert of the key in scene 4", "scene 5 needs one more close-up"). Certain enough to decide the intent.
 */
export function shotAddition(f: Features): boolean {
  if (f.isQuestion || !SHOT_NOUN.test(f.lower) || !ADD_VERB().test(f.template)) return false;
  const ref = findShotReference(f.lower);
  return ref.scene !== undefined && ref.shot === undefined && !opensWithVerb('delete', f.template);
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
  const { scene, shot, rest } = findShotReference(lower);
  const camera = cameraFieldsIn(rest);
  const mentionsShot = SHOT_NOUN.test(lower);
  if (!mentionsShot || (scene === undefined && shot === undefined)) return undefined;
  if (shot === undefined && !ADD_VERB().test(lower)) return undefined;

  const attributes: Record<string, AttributeValue> = {};
  if (scene !== undefined) attributes.scene = scene;
  for (const [key, value] of Object.entries(camera)) if (value !== undefined) attributes[key] = value;
  const params: IntentParams = { entityType: 'shot', attributes };
  if (shot !== undefined) {
    params.number = shot;
    params.operation = deletes(lower, camera) ? 'delete' : 'update';
  } else {
    const subject = subjectOf(f.text);
    if (subject) attributes.description = subject;
  }
  return params;
}
