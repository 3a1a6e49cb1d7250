// Parameters of story, workflow and look-up requests: generate, simulate, query, advance and export.
import type { IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { uniqueNames } from './names';
import { isPlaceMention } from '../language/places';
import { LEXICON, phraseAlternation } from './lexicon';
import { findDurationSec } from '../language/quantities';
import { styleParams } from './params-entities';
import { findSetting } from './place-names';
import { targetNames } from './target-names';
import { cleanPhrase } from './text-utils';
import { findWork } from './production-work';
import { findTheme } from './theme';
import { findFormat, findGenre, findStep } from './vocabulary';
import { targetStep } from './rules-commands';

/** "draw Mara" or "a picture of Mara": a drawing verb or picture noun right before the person drawn. */
const DRAWN_PERSON =
  /^(?:draw|sketch|paint|illustrate)\s+(?:me\s+)?@n\b|\b(?:picture|drawing|sketch|painting|image)\s+of\s+@n\b/;

/** "draw Mara's portrait": the character whose likeness is drawn, when the request names a portrait noun. */
function portraitParams(f: Features): IntentParams | undefined {
  const portrait = new RegExp(`\\b(?:${phraseAlternation(LEXICON.portraitNouns)})\\b`);
  if (!portrait.test(f.template) && !DRAWN_PERSON.test(f.template)) return undefined;
  // "paint Ada, and also one of her sister": the first request's person only.
  const more = f.text.search(
    /,\s*(?:and\s+)?(?:also|then|after)\b|\s(?:then|and then|and after that|and also|like you did)\s/i,
  );
  const names = targetNames(f, more > 0 ? more : undefined);
  return names.length ? { entityType: 'character', names } : { entityType: 'character' };
}

/** generate: premise, duration, genre, mood, style, and how far to go ("into a storyboard"). */
export function generateParams(f: Features): IntentParams {
  const work = findWork(f.template) ?? portraitParams(f);
  if (work) return { ...work };
  const params: IntentParams = { entityType: 'project' };
  const theme = findTheme(f.text);
  if (theme) params.theme = theme.theme;
  const duration = findDurationSec(f.lower);
  if (duration !== undefined) params.durationSec = duration;
  const genre = findGenre(f.lower, theme?.span);
  if (genre) params.genre = genre;
  Object.assign(params, styleParams(f, theme?.span));
  const into =
    /\binto\s+(?:an?\s+|the\s+)?(?:full\s+|complete\s+)?([a-z -]+?)(?::|$|\s+(?:about|for|with))/.exec(
      f.lower,
    );
  const step = into ? findStep(into[1] ?? '') : undefined;
  if (step) params.targetStep = step.step;
  const setIn = /\bset (?:in|on|at|aboard)\s+([^,.;!?\n]+)/i.exec(f.text);
  if (setIn) params.setting = cleanPhrase(setIn[1] ?? '');
  const product =
    /\bfor (an?|the|my|our)\s+([a-z -]*?(?:brand|company|product|startup|shop|store|restaurant|cafe|app|client|charity|campaign|business))\b/i.exec(
      f.text,
    );
  if (product) params.attributes = { product: `${product[1]} ${product[2]}` };
  return params;
}

/** After a place preposition: "in Tbilisi", "over the Silver Cup" (not "with" or "to", which bring people). */
const WHERE_BEFORE = /\b(?:in|at|on|inside|outside|near|from|aboard|across|through|over)\s+(?:the\s+)?$/i;

/**
 * A capitalised mention that is no one in a scene: a place ("talk in Central Park", "in Tbilisi"), a thing with an
 * article ("the Petrov file"), a style ("Tarantino-style") or a title in quotes ("Night Bus to Minsk").
 */
function namesAThing(text: string, n: { name: string; start: number }): boolean {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const quotes = (text.slice(0, n.start).match(/["“”]/g) ?? []).length;
  return (
    WHERE_BEFORE.test(before) ||
    /\bthe\s+$/i.test(before) ||
    /-(?:style|esque|like)$/i.test(n.name) ||
    quotes % 2 === 1
  );
}

/** simulate: who takes part (names before an "about …" topic), where, the mood, and the objective. */
export function simulateParams(f: Features): IntentParams {
  const params: IntentParams = {};
  const about = f.text.search(/\babout\b/i);
  const people = f.names.filter((n) => !isPlaceMention(f.text, n) && !namesAThing(f.text, n));
  const names = uniqueNames(people.filter((n) => about < 0 || n.start < about));
  const participants = names.length ? names : targetNames(f);
  if (participants.length) {
    params.participants = participants;
    params.names = participants;
  }
  const setting = findSetting(f.text);
  if (setting && (about < 0 || setting.start < about || setting.start > about))
    params.setting = setting.setting;
  Object.assign(params, styleParams(f));
  if (about >= 0) {
    const objective = cleanPhrase(f.text.slice(about + 5).replace(/\s+(?:in|at|on)\s+the\b.*$/i, ''));
    if (objective) params.attributes = { objective };
  }
  return params;
}

/** query: what is asked about (names, entity type, a numbered scene). */
export function queryParams(f: Features): IntentParams {
  const params: IntentParams = {};
  const names = uniqueNames(f.names);
  if (names.length) params.names = names;
  const noun = f.entityNouns[0];
  if (noun) params.entityType = noun.type;
  const num = /\b(?:scene|shot|beat|act)\s+(?:#|no\.?\s*|number\s+)?(\d+)/.exec(f.lower);
  if (num) params.number = Number(num[1]);
  return params;
}

/** advance: the step named after the move verb ("move on to scene breakdown" → scene_breakdown). */
export function advanceParams(f: Features): IntentParams {
  const step = targetStep(f.template);
  return step ? { targetStep: step.step } : {};
}

/** export: the format; the whole project goes as a .storyloom archive unless a document format is named. */
export function exportParams(f: Features): IntentParams {
  const format = findFormat(f.lower);
  if (format) return { format };
  if (/\b(?:project|everything|all of it|whole thing|package|bundle)\b/.test(f.lower))
    return { format: 'storyloom' };
  if (/\b(?:script|screenplay)\b/.test(f.lower)) return { format: 'fountain' };
  return {};
}
