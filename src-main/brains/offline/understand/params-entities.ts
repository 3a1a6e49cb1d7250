// Parameters of entity requests: bulk_create and modify (create lives in params-create).
import type { AttributeValue, IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { LEXICON, opensWithVerb, phraseAlternation } from './lexicon';
import { findAge, findCount, parseLeadingNumber, parseNumber } from '../language/quantities';
import { cleanOccupation } from './person-attributes';
import { QUANTITY, RELATION_WORD } from './patterns';
import { targetNames } from './target-names';
import { cleanPhrase } from './text-utils';
import { findGenre, findMood, findStyle } from './vocabulary';
import { namesOldValue, newAgeOfEdit, newJobOfEdit } from './edit-values';
import { metaField, metaParams } from './project-meta';
import { sceneTarget } from './rules-entities';
import { NUMBER_PATTERN } from '../language/quantities';
import { findTheme } from './theme';
import { countedJob } from './job-plurals';

/** Every entity noun of the lexicon, plural or not ("4 character for comedy film" is written too), longest first. */
const ENTITY_WORDS = phraseAlternation([...LEXICON.entityNouns.keys(), 'parts', 'sets']);
const COUNT = new RegExp(String.raw`\b(${QUANTITY})\s+(?:[a-z-]+\s+){0,3}?(${ENTITY_WORDS})\b`);
/** Quantities that a later number in the message makes precise ("a couple more, say five"). */
const VAGUE = /^(?:a few|a couple(?: of)?|a handful of|some|more|several|many|multiple|a bunch of)$/;

const SHOT_SCENE = /\b(?:for|in|of|to|into)\s+(?:the\s+)?scene\s+(?:number\s+|#)?(\d+)\b/;

/** bulk_create: how many of what, and the story they are for (genre, theme, mood). */
export function bulkParams(f: Features): IntentParams {
  const params: IntentParams = {};
  const m = COUNT.exec(f.template);
  const job = m ? undefined : countedJob(f.template);
  // "extra locations", "local guards": a noun used as an adjective gives way to the noun it describes.
  const after = m ? /^\s+([a-z-]+)/.exec(f.template.slice((m.index ?? 0) + m[0].length))?.[1] : undefined;
  const word =
    (after && LEXICON.entityNouns.has(after) ? after : m?.[2]) ?? f.entityNouns.find((n) => n.plural)?.word;
  const type = job
    ? 'character'
    : word
      ? (f.entityNouns.find((n) => n.word === word)?.type ?? LEXICON.entityNouns.get(word))
      : undefined;
  if (type) params.entityType = type;
  const q = m?.[1] ?? job?.quantity;
  // "many characters, maybe 7": a vague quantity made precise later in the message.
  const later = q ? estimate(f.template.slice((m?.index ?? job?.index ?? 0) + q.length)) : undefined;
  const n = q
    ? ((VAGUE.test(q) ? later : undefined) ?? parseNumber(q.replace(/\s+of$/, '')) ?? later)
    : undefined;
  if (n !== undefined && Number.isInteger(n) && n > 0) params.count = n;
  // "scenes for the finale, nine of them": the count away from its noun.
  else {
    const anywhere = findCount(f.template);
    if (anywhere !== undefined) params.count = anywhere;
  }
  // "4 shots for scene 2": the scene the new shots belong to.
  const scene = type === 'shot' ? SHOT_SCENE.exec(f.template) : null;
  if (scene) params.number = Number(scene[1]);
  const theme = findTheme(f.text);
  if (theme) params.theme = theme.theme;
  const genre = findGenre(f.lower, theme?.span);
  if (genre) params.genre = genre;
  const mood = findMood(f.lower, theme?.span);
  if (mood) params.mood = mood;
  return params;
}

const ESTIMATE = new RegExp(
  String.raw`\b(?:maybe|say|like|about|around|roughly|perhaps|approximately|probably|some|at least)\s+(\d+|${NUMBER_PATTERN})\b(?!\s*(?:minutes?|seconds?|mins?|secs?|hours?|years?|%))`,
);

/** The number in a hedge after a vague quantity ("…, maybe 7", "around ten of them"). */
function estimate(rest: string): number | undefined {
  const m = ESTIMATE.exec(rest);
  return m ? parseNumber(m[1] ?? '') : undefined;
}

const ATTRIBUTE_SLOT =
  /\b(age|name|job|occupation|profession|career|gender|role|description|personality|backstory|goal|arc|hair|eyes|look|title|heading|mood|tone|time of day|location)\s+(?:(?:(?:should\s+)?(?:be\s+)?(?:listed|recorded|shown|written)\s+as|(?:should\s+)?read|to|is|should be|as|=|:|into)\s+|(?=(?:an?)\s))([^.;!?\n]+)/;
/** "the job of Ines into notary", "Idris's age be amended to 61": the field, then the change. */
const CHANGED_SLOT =
  /\b(age|job|occupation|profession)\s+(?:of\s+(?:[^\s.,;!?]+\s+){1,3}?|(?:should\s+|must\s+)?be\s+(?:changed|amended|revised|updated|set|corrected)\s+)(?:to|into|as)\s+([^.;!?\n]+)/;

/** The attribute a message sets and its value as written ("age to 58" → age, "58"), with where it starts. */
function attributeSlot(
  lower: string,
): { key: string; value: string; valueStart: number; index: number } | undefined {
  const m = CHANGED_SLOT.exec(lower) ?? ATTRIBUTE_SLOT.exec(lower);
  if (!m) return undefined;
  const value = m[2] ?? '';
  return { key: m[1] ?? '', value, valueStart: m.index + m[0].length - value.length, index: m.index };
}

/** A correction that carries the new job: "he is not cook, he is baker", "not a cop but a firefighter". */
/** A negated job ("not a nurse", "isn't a clockmaker any more", "no longer a cook"): the old value of a correction. */
const NOT = String.raw`(?:\bnot(?:\s+(?:any\s*more|more|longer))?|\b(?:is|was|are)n't|\bno\s+(?:longer|more))`;
const CORRECTED_JOB = new RegExp(
  String.raw`${NOT}\s+(?:an?\s+)?[a-z][a-z -]*?\s*(?:,|;|-)?\s*(?:but\s+)?(?:(?:@n|she|he|they)\s*(?:is|'s|are)\s+)?(?:an?\s+)([a-z][a-z -]*)|${NOT}\s+(?:an?\s+)?[a-z][a-z -]*?\s*(?:,|;|-)\s*(?:but\s+)?(?:@n|she|he|they)\s*(?:is|'s|are)\s+([a-z][a-z -]*)`,
);

const RELATION_IN = new RegExp(
  String.raw`\b(?:${RELATION_WORD}|${phraseAlternation([...LEXICON.relationNouns.keys()])}|trust|closeness)\b`,
);

/** "@n -> paramedic": shorthand for the new job (kept only when it is a known job). */
const ARROW_JOB = /@n\s*(?:->|→|=>|=)\s*(?:an?\s+)?([a-z][a-z -]*)/;

/** A rename later in the message: "I renamed Odile to Maud", "please rename her Ilse", "change it to Brand". */
const RENAME_LATER =
  /\b(?:[Rr]enam(?:e|ed|ing)|[Rr]etitled?|[Cc]hange (?:it|the name|his name|her name|their name) to (?=\p{Lu})|[Cc]all (?:him|her|them|it) (?=\p{Lu}))\s*(?:(?:him|her|them|it)\s+(?=\p{Lu}))?/u;

/** Where the new name starts: after "to/as/into" (after a later rename's cue), else right after that cue. */
function newNameIndex(text: string, later: RegExpExecArray | null): number {
  const from = later ? later.index : 0;
  const to = text.slice(from).search(/\s(?:to|as|into)\s/i);
  if (to >= 0) return from + to;
  return later && /(?:him|her|them|it)\s+$/i.test(later[0]) ? later.index + later[0].length - 1 : -1;
}

/** modify: the target, the operation, and the changed attributes. */
export function modifyParams(f: Features): IntentParams {
  const t = f.template;
  const meta = metaField(t);
  if (meta) return metaParams(f, meta);
  const params: IntentParams = {};
  const lower = f.lower;
  const attributes: Record<string, AttributeValue> = {};
  const later = RENAME_LATER.exec(f.text);
  const rename = opensWithVerb('rename', t) || /^call\b/.test(t) || later !== null;
  const del = opensWithVerb('delete', t);
  params.operation = rename ? 'rename' : del ? 'delete' : 'update';
  const toIndex = rename ? newNameIndex(f.text, later) : -1;
  const names = targetNames(f, toIndex >= 0 ? toIndex : undefined);
  if (names.length) params.names = names;
  const noun = f.entityNouns.find((e) => e.type !== 'project');
  if (noun) params.entityType = noun.type;
  const num = NUMBERED.exec(lower);
  const n = num ? parseNumber(num[2] ?? '') : undefined;
  if (num && n !== undefined && Number.isInteger(n)) {
    params.number = n;
    // "set the location of scene 3": the numbered thing is the target, whatever else is named.
    const type = LEXICON.entityNouns.get(num[1] ?? '');
    if (type) params.entityType = type;
  }
  if (sceneTarget(t) && !num) params.entityType = 'scene';
  const role = roleOf(t);
  if (role) attributes.role = role;
  if ((role || /\b(?:role|backstory|personality|occupation|job|age)\b/.test(t)) && names.length && !noun)
    params.entityType = 'character';
  if (rename && toIndex >= 0)
    attributes.name = cleanPhrase(
      f.text
        .slice(toIndex)
        .replace(/^\s*(?:to|as|into)\s+/i, '')
        // The name ends at an aside: "Ilse, not Ida", "Maud — update the cast".
        .replace(/\s*(?:,|;|\s[-—–]\s).*$/s, '')
        .replace(/\s+instead$/i, ''),
    );
  const slot = attributeSlot(lower);
  if (slot && !rename && /^(?:name|title)$/.test(slot.key)) {
    params.operation = 'rename';
    const renamed = targetNames(f, slot.index);
    if (renamed.length) params.names = renamed;
    attributes.name = cleanPhrase(f.text.slice(slot.valueStart));
  } else if (slot && !rename) {
    const key = slot.key.replace(/^(?:job|profession|career)$/, 'occupation');
    const value = cleanPhrase(f.text.slice(slot.valueStart, slot.valueStart + slot.value.length)).replace(
      /\s+instead$/i,
      '',
    );
    if (key === 'age') {
      const n = parseLeadingNumber(value);
      if (n !== undefined) params.age = n;
    } else if (key === 'occupation') {
      const occ = cleanOccupation(value, true);
      if (occ) params.occupation = occ;
    } else if (key === 'gender') params.gender = value.replace(/^(?:a|an)\s+/i, '');
    else attributes[key.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())] = value;
  }
  if (params.age === undefined) params.age = editedAge(t, lower);
  if (params.occupation === undefined && !rename && !del) params.occupation = editedJob(t);
  if (!noun && relationshipPair(t, names.length)) {
    params.entityType = 'relationship';
    delete params.occupation;
    delete params.age;
  }
  const traits = traitWords(t);
  if (traits.length) attributes.traits = traits;
  if (params.age !== undefined) attributes.age = params.age;
  if (params.occupation !== undefined) attributes.occupation = params.occupation;
  if (Object.keys(attributes).length) params.attributes = attributes;
  return params;
}

/** The new age of an edit; "should be 58, not 61": with an old value named, the last fresh number is the new one. */
function editedAge(t: string, lower: string): number | undefined {
  const found = (findAge(lower) ?? bareAge(t))?.age;
  const loose = newAgeOfEdit(t, found !== undefined);
  return namesOldValue(t) ? (loose ?? found) : (found ?? loose);
}

/** The new job of an edit: "make @n a nurse", "@n -> paramedic", "no longer a nurse but a doctor". */
function editedJob(t: string): string | undefined {
  const m =
    /(?:\b(?:make|is now|'s now|should be|becomes?|became|is actually|works as|turn (?:@n|her|him) into|(?:recast|rewrite|change|switch) (?:@n|her|him|them) (?:as|to|into))|(?:@n|\bshe|\bhe)(?:'s| is))\s+(?:@n\s+|her\s+|him\s+|them\s+)?(?:\d{1,3}\s+and\s+)?(?:an?\s+)(?:\d+[- ]year[- ]old\s+)?([a-z][a-z -]*)|\b(?:occupation|profession)(?:\s+is|\s*:)?\s+(?:an?\s+)?([a-z][a-z -]*)/.exec(
      t,
    );
  const fix = m ? undefined : (CORRECTED_JOB.exec(t) ?? ARROW_JOB.exec(t));
  const raw = m?.[1] ?? m?.[2] ?? fix?.[1] ?? fix?.[2];
  const occ = raw ? cleanOccupation(raw) : undefined;
  return occ && !namesOldValue(t) ? occ : (newJobOfEdit(t) ?? occ);
}

/**
 * "make them rivals now", "@n and @n are not married anymore", "her and @n should be exes": two people (a pronoun
 * may be one) and a relation word or noun make the edit a relationship's.
 */
function relationshipPair(t: string, nameCount: number): boolean {
  const pair =
    nameCount >= 2 ||
    (nameCount === 1 && /\b(?:her|him|she|he)\s+(?:and|&)\s+@n|@n\s+(?:and|&)\s+(?:her|him)\b/.test(t));
  return pair && RELATION_IN.test(t);
}

const NUMBERED = new RegExp(String.raw`\b(scene|shot|beat)\s+(?:#|no\.?\s*|number\s+)?(${NUMBER_PATTERN})\b`);

const ROLES: Array<[RegExp, string]> = [
  [/^(?:protagonist|hero|heroine|lead|main character|main lead|star)$/, 'protagonist'],
  [/^(?:antagonist|villain|big bad|bad guy|baddie|nemesis)$/, 'antagonist'],
  [/^(?:supporting character|supporting role|sidekick|support|love interest|deuteragonist)$/, 'supporting'],
  [/^(?:minor character|minor role|extra|background character|cameo|bit part)$/, 'minor'],
];

/** The story role given to a character: "make John the antagonist", "@n's role is protagonist", "cast @n as the lead". */
function roleOf(t: string): string | undefined {
  const m =
    /(?:\b(?:make|set|cast|turn|have)\s+(?:@n|her|him|them)\s+(?:as\s+|into\s+)?(?:the|a|an|our|my)\s+(?:main\s+|new\s+)?|\brole\s+(?:to|is|as|should be|of|=|:)\s+(?:the\s+|a\s+|an\s+)?|(?:@n|she|he)(?:\s+is|\s*'s|\s+should be|\s+becomes)\s+(?:now\s+)?(?:the|our)\s+(?:main\s+|new\s+|real\s+)?)([a-z]+(?:\s+(?:character|role|interest|bad|guy|part|lead))?)\b/.exec(
      t,
    );
  const word = m?.[1] ?? '';
  return ROLES.find(([r]) => r.test(word))?.[1];
}

const TRAIT_LIST = String.raw`((?:(?:more|less|much more|a bit|a little|very|really|even more|slightly|way)\s+)?[a-z-]+(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(?:(?:more|less|very)\s+)?[a-z-]+)*)`;
const TRAIT_SLOT = new RegExp(
  String.raw`\b(?:should be|needs to be|must be|ought to be|has to be|could be|make (?:@n|her|him|them)|becomes?|is now|seem|seems|feel|feels)\s+` +
    TRAIT_LIST,
);
const NOT_TRAIT =
  /^(?:like|say|so|about|around|maybe|a|an|the|older|younger|\d+|one|two|three|more|less|it|that|this|and|in|at|on|with|to|of|called|named|his|her|their)$/;

/** Personality words of an edit: "should be more bitter and weary" → ["cynical", "tired"]. */
function traitWords(t: string): string[] {
  const m = TRAIT_SLOT.exec(t);
  if (!m) return [];
  const words = (m[1] ?? '')
    .split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+/)
    .map((w) =>
      w.replace(/^(?:(?:much |even )?more|less|very|really|a bit|a little|slightly|way)\s+/, '').trim(),
    );
  if (!words.length || /^(?:an?|the)$/.test(words[0]?.split(' ')[0] ?? '')) return [];
  return words.filter(
    (w) =>
      w && !/\s/.test(w) && !NOT_TRAIT.test(w) && !LEXICON.genderWords.has(w) && parseNumber(w) === undefined,
  );
}

const BARE_AGE = new RegExp(
  String.raw`(?:@n|\bher|\bhim|\bthem|\bshe|\bhe)(?:\s*(?:->|=>|→|=|:)\s*|\s+is\s+|\s*'s\s+|\s+(?:should|must|needs to|has to|ought to)\s+be\s+|\s+to\s+|\s+)(?:now\s+|actually\s+|really\s+|only\s+|just\s+)?(\d{1,3}|${NUMBER_PATTERN})\b(?!\s*(?:%|percent|minutes?|seconds?|scenes?|characters?|more|new|other|of\b))`,
);

/** "Make Sarah 32", "Sarah is now 40", "Kofi's now twenty", "set her to 27": a bare number after the target is an age. */
function bareAge(t: string): { age: number } | undefined {
  const m =
    BARE_AGE.exec(t) ??
    /\b(?:older|younger)\b[^0-9]*?\b(?:like|say|about|around|maybe|to|at|so)\s+(\d{1,3})\b/.exec(t);
  const n = m ? parseNumber(m[1] ?? '') : undefined;
  return n !== undefined && Number.isInteger(n) && n > 0 && n < 130 ? { age: n } : undefined;
}

/** Mood/style/genre that may come with any content request. */
export function styleParams(f: Features, skip?: { start: number; end: number }): IntentParams {
  const out: IntentParams = {};
  const mood = findMood(f.lower, skip);
  if (mood) out.mood = mood;
  const style = findStyle(f.text, f.lower, skip);
  if (style) out.style = style;
  return out;
}
