// The idea brief: what a user's idea names (people, relations, places, period, genre, premise), read offline.
import {
  IdeaBriefSchema,
  type IdeaBrief,
  type BriefPlace,
  type BriefRelation,
} from '../../../../src-preload/contract/idea-brief';
import { escapeRegex } from '../understand/text-utils';
import {
  GENRE_SHORTHANDS,
  GENRE_WORDS,
  INTERIOR_PLACES,
  longestFirst,
  PLACE_MODIFIERS,
  PLACE_NOUNS,
  SETTING_NOUN_SET,
  SETTINGS_BY_FIRST_WORD,
  TONE_WORDS,
  VERB_OPENERS,
} from './brief-words';
import { ideaNames, type IdeaName } from './idea-names';
import { labelledPlaces } from './idea-place-names';
import type { IdeaPerson } from './idea-person';
import { ideaPeople } from './idea-people';
import { chooseProtagonist } from './idea-protagonist';
import { ideaRelations } from './idea-relations';
import { ideaPremise } from './idea-premise';
import { isPersonNoun, SUBJECT_PRONOUNS } from './idea-person-phrases';
import { findPeriod } from './periods';
import { withNameCapitals } from './lowercase-names';
import type { TieKindModel } from './tie-kind-guess';
import type { Token } from './tokenize';
import { lexTags } from './word-tables';

/** What else is known when the brief is read: the previous brief (its user-edited fields win). */
export interface BriefContext {
  previous?: IdeaBrief;
  /** The tie-kind guess to read with, the shipped one when absent (training reads with an empty one). */
  tieKinds?: TieKindModel;
}

/** Reads an idea into a brief. Deterministic and linear in the idea's length. */
export function extractIdeaBrief(idea: string, context: BriefContext = {}): IdeaBrief {
  const text = withNameCapitals(idea.trim().slice(0, 20_000));
  const { tokens, names } = ideaNames(text);
  const people = ideaPeople(text, tokens, names);
  const protagonist = chooseProtagonist(text, tokens, people);
  if (protagonist) protagonist.role = 'protagonist';
  const relations = ideaRelations(text, people, protagonist, context.tieKinds);
  const antagonists = antagonistsOf(relations, protagonist);
  const period = findPeriod(text);
  const genre = findGenre(text);
  const tone = text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .find((w) => TONE_WORDS.has(w));
  const brief = IdeaBriefSchema.parse({
    idea: text,
    people: people.map((p) => ({
      name: p.name,
      role: p === protagonist ? 'protagonist' : antagonists.has(p.name) ? 'antagonist' : 'supporting',
      ...(p.occupation ? { occupation: p.occupation } : {}),
      ...(p.age !== undefined ? { age: p.age } : {}),
      ...(p.gender ? { gender: p.gender } : {}),
      ...(p.epithet ? { epithet: p.epithet } : {}),
    })),
    relations,
    places: findPlaces(text, tokens, names, people),
    ...(period ? { period: period.text } : {}),
    ...(genre ? { genre } : {}),
    ...(tone ? { tone } : {}),
    premise: ideaPremise(text, tokens, protagonist),
    objects: names.filter((n) => n.kind === 'object').map((n) => n.name),
  });
  return context.previous ? mergeBriefs(brief, context.previous) : brief;
}

// The lead's allies are no antagonists, though they have enemies too ("Vince testified against Sal" when Vince's
// daughter Gina leads).
const ALLY_KINDS = new Set(['family', 'romantic', 'friendship', 'mentor']);

/** The people in a tie of enmity, except the lead and the lead's allies. */
function antagonistsOf(relations: readonly BriefRelation[], lead: IdeaPerson | undefined): Set<string> {
  const allies = new Set(
    relations
      .filter((r) => ALLY_KINDS.has(r.kind) && (r.a === lead?.name || r.b === lead?.name))
      .flatMap((r) => [r.a, r.b]),
  );
  return new Set(
    relations
      .filter((r) => r.kind === 'enemy')
      .flatMap((r) => [r.a, r.b])
      .filter((n) => n !== lead?.name && !allies.has(n)),
  );
}

/** The fields the user corrected by hand keep the user's values. */
export function mergeBriefs(fresh: IdeaBrief, previous: IdeaBrief): IdeaBrief {
  const out: Record<string, unknown> = { ...fresh, userEdited: previous.userEdited };
  for (const field of previous.userEdited)
    if (field in previous) out[field] = previous[field as keyof IdeaBrief];
  return IdeaBriefSchema.parse(out);
}

/** "genre: comedy" on a line of its own: what the user filled in is the genre, whatever its words. */
const GENRE_FIELD = /(?:^|\n)\s*(?:[-*•]\s*)?genre\s*[:=]\s*([^\n.;,/|]{2,40})/i;

/** "…: spy thriller. …", "Comedy.": a sentence of at most four words around `at` stands as a label. */
function inShortSentence(text: string, at: number): boolean {
  const start = Math.max(...['.', '!', '?', ':', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const rest = text.slice(start).search(/[.!?\n]/);
  const sentence = text.slice(start, rest < 0 ? undefined : start + rest);
  return sentence.trim().split(/\s+/).length <= 4;
}

function findGenre(text: string): string | undefined {
  // "mystery w/ dark comedy": a lone letter cut off by the slash goes too.
  const field = GENRE_FIELD.exec(text)?.[1]
    ?.replace(/\s+\p{L}$/u, '')
    .trim()
    .toLowerCase();
  if (field) return field;
  // "Heist comedy: …", "Noir — …", and a short first sentence standing as a label ("Western.", "bollywood musical!!").
  const label =
    /^([^:.!?—–]{1,60})(?::|\s[—–-]\s)/.exec(text)?.[1] ??
    /^([^:.!?—–\n]{1,25})[.!]+\s/.exec(text)?.[1] ??
    '';
  const hits: { index: number; word: string }[] = [];
  const loose: { index: number; word: string }[] = [];
  for (const word of GENRE_WORDS) {
    const re = new RegExp(`(?:^|[^\\p{L}-])(${escapeRegex(word)})(?![\\p{L}-])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (hits.some((h) => at >= h.index && at < h.index + h.word.length)) continue;
      // "Great War nurse drama": a capitalised genre word after another capitalised word is part of a name.
      if (/^\p{Lu}/u.test(m[1]!) && /\p{Lu}[\p{Ll}'’]*\s+$/u.test(text.slice(Math.max(0, at - 20), at)))
        continue;
      // The idea's first word ("Thriller on the night train …") or a short sentence of its own names the genre.
      const inLabel = at < label.length || !/\p{L}/u.test(text.slice(0, at)) || inShortSentence(text, at);
      const asNoun = new RegExp(
        `(?:\\b(?:a|an|one last|the|short|dark|quiet)\\s+(?:[\\p{L}-]+\\s+)?)$`,
        'iu',
      ).test(text.slice(Math.max(0, at - 30), at));
      const asKind =
        /^\s*,?\s*(?:short|film|movie|story|feature|series|show|pilot|episode|epic|about|set|in|where|vibes?|feel|flick)\b/i.test(
          text.slice(at + m[1]!.length),
        );
      const hit = { index: at, word: m[1]!.toLowerCase() };
      // "a crime reporter": a genre word after "a" may say what someone is instead.
      const genreNoun = asNoun && !describesPerson(text, hit);
      (inLabel || genreNoun || asKind ? hits : loose).push(hit);
    }
  }
  // "Heist comedy in Monte Carlo": a genre word right before an accepted one is part of the genre.
  for (const l of loose)
    if (hits.some((h) => /^\s+$/.test(text.slice(l.index + l.word.length, h.index)))) hits.push(l);
  // "Is comedy but also sad", "a sweet little romance": with no genre word in a genre's place, one anywhere says the
  // genre, unless it says what a person does ("a crime reporter", "his war buddy", "teaches drama").
  if (hits.length === 0) hits.push(...loose.filter((l) => !describesPerson(text, l)));
  hits.sort((a, b) => a.index - b.index);
  const first = hits[0];
  if (!first) return undefined;
  // "Sci-fi thriller": two genre words in a row stay together, as written.
  const next = hits[1];
  const written = (word: string) => GENRE_SHORTHANDS.get(word) ?? word;
  if (next && /^\s+$/.test(text.slice(first.index + first.word.length, next.index)))
    return `${written(first.word)} ${written(next.word)}`;
  return written(first.word);
}

/** Whether a genre word says what someone is or does: before a person noun ("reporter") or after a verb ("teaches"). */
function describesPerson(text: string, hit: { index: number; word: string }): boolean {
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(hit.index + hit.word.length))?.[1];
  const before = /([\p{L}-]+)\s*$/u.exec(text.slice(0, hit.index))?.[1]?.toLowerCase();
  const tags = before ? lexTags(before) : [];
  const verb = !tags.includes('Copula') && VERB_TAGS.some((t) => tags.includes(t));
  return verb || (next !== undefined && isPersonNoun(next));
}

/** Tags of a verb whose object a word right after it is. */
const VERB_TAGS = ['PresentTense', 'PastTense', 'Infinitive', 'Gerund'];

function findPlaces(
  text: string,
  tokens: readonly Token[],
  names: readonly IdeaName[],
  people: readonly IdeaPerson[],
): BriefPlace[] {
  const out: BriefPlace[] = [];
  const seen = new Set<string>();
  const add = (p: BriefPlace) => {
    const key = p.name.toLowerCase();
    if (seen.has(key) || [...seen].some((s) => s.includes(key) && !p.named)) return;
    seen.add(key);
    out.push(p);
  };
  // A kind of place inside any name is part of it ("Maarten van der Berg", "the Blue Mill Inn").
  const spans: [number, number][] = names.map((n) => [n.start, n.end]);
  for (const n of names) {
    if (n.kind !== 'place') continue;
    const head = PLACE_NOUNS.find((noun) => n.name.toLowerCase().endsWith(` ${noun}`));
    add({ name: n.name, named: true, ...(head ? { interior: INTERIOR_PLACES.has(head) } : {}) });
  }
  const kinds = kindsOfPlace(tokens, people).filter(
    (p) => !spans.some(([s, e]) => p.start >= s && p.start < e),
  );
  // Places the idea states come first; a workplace implied by a job ("a taxi driver", "the factory owner") after.
  for (const p of kinds) if (!p.implied) add(p.place);
  // "Locations: …": a labelled list names its places even in lower case.
  for (const name of labelledPlaces(text)) add({ name, named: true });
  for (const p of kinds) if (p.implied) add(p.place);
  return out;
}

const MODIFIER_HEADS =
  /^(keeper|driver|owner|owners|captain|worker|workers|teacher|guard|manager|master|hand|boy|girl|crew|roller)$/;

/** Kinds of place the idea mentions ("a museum", "their lighthouse", "a flooded subway station"). */
function kindsOfPlace(
  tokens: readonly Token[],
  people: readonly IdeaPerson[],
): { start: number; place: BriefPlace; implied: boolean }[] {
  const out: { start: number; place: BriefPlace; implied: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap) continue;
    // The noun's first word is the token, or its singular when the noun is one plural word ("greenhouses").
    const noun = [t.lower, t.lower.slice(0, -1), t.lower.slice(0, -2)]
      .flatMap((w) => SETTINGS_BY_FIRST_WORD.get(w) ?? [])
      .sort(longestFirst)
      .find((n) => placeNounAt(tokens, i, n));
    if (!noun) continue;
    const len = noun.split(' ').length;
    // "his greenhouses", "the night markets": a plural keeps its written form.
    const written = tokens
      .slice(i, i + len)
      .map((w) => w.lower)
      .join(' ');
    const next = tokens[i + len];
    // "a ship called …": the name that follows is the place. "lighthouse keeper", "taxi driver": the place word
    // modifies a job, so the place is only implied (the person's workplace).
    if (next?.word && (next.lower === 'called' || next.lower === 'named')) continue;
    const implied = Boolean(next?.word && MODIFIER_HEADS.test(next.lower));
    if (next?.word && !next.cap && SETTING_NOUN_SET.has(next.lower)) continue;
    const owner = implied ? undefined : possessor(tokens, i, people);
    const kind = owner ? written : `${modifierOf(tokens, i, people)}${written}`;
    const name = owner ? `${owner}'s ${written}` : kind;
    out.push({ start: t.start, place: { name, named: false, interior: INTERIOR_PLACES.has(noun) }, implied });
    i += len - 1;
  }
  return out;
}

/**
 * Whether the kind of place `noun` is written at token `i`, in lower case, its last word singular or plural. A plural
 * needs a describing word before it ("the night markets", "his greenhouses"): after a name, a comma or an adverb the
 * same form is a verb ("Pooja trains", "Lorenzo, forges", "secretly trains").
 */
function placeNounAt(tokens: readonly Token[], i: number, noun: string): boolean {
  const words = noun.split(' ');
  const prev = tokens[i - 1];
  const plural = Boolean(prev?.word && !prev.cap && !/ly$/.test(prev.lower) && !VERB_OPENERS.has(prev.lower));
  return words.every((w, k) => {
    const t = tokens[i + k];
    if (!t || t.cap) return false;
    if (t.lower === w) return true;
    return plural && k === words.length - 1 && (t.lower === `${w}s` || t.lower === `${w}es`);
  });
}

/**
 * "a ramen stall", "the boiler room", "a Kyoto teahouse": a noun of the kinds list or a town right before a kind of
 * place says which kind, so it stays in the place's name. A describing word does not ("a tiny kitchen"). The list,
 * not a part-of-speech tagger, decides: the tagger costs a quarter of a second to load.
 */
function modifierOf(tokens: readonly Token[], i: number, people: readonly IdeaPerson[]): string {
  const prev = tokens[i - 1];
  if (!prev?.word) return '';
  if (prev.cap && !prev.sentStart) return `${prev.text} `;
  // "Bo and Tess swap flats", "they dig tunnels": a word right after its subject is the verb, not a kind.
  const before = tokens[i - 2];
  const subject = people.some((p) => p.name.split(' ').at(-1) === before?.text);
  if (before?.word && (subject || SUBJECT_PRONOUNS.has(before.lower))) return '';
  return PLACE_MODIFIERS.has(prev.lower) || isNounModifier(prev.lower) ? `${prev.lower} ` : '';
}

/** Tags of words that describe or point rather than say which kind ("tiny", "crumbling", "the", "two"). */
const NOT_KIND_TAGS = new Set([
  'Adjective',
  'Comparable',
  'Superlative',
  'PastTense',
  'Participle',
  'Gerund',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'Value',
  'Cardinal',
  'Ordinal',
]);
// Endings of describing words the lexicon does not tag ("local", "famous", "ancient", "smoky", "snowbound").
const DESCRIBING_ENDING = /(?:al|ous|ful|ive|ic|less|able|ible|ish|[^e]ed|en|est|ant|ent|ing|y|bound)$/;

/**
 * "the seed vault", "a host club", "the börek stalls": a lower-case word before a kind of place that no tag or ending
 * marks as describing is a noun saying which kind, so it stays in the place's name.
 */
function isNounModifier(lower: string): boolean {
  if (!/^\p{Ll}{2,}$/u.test(lower) || VERB_OPENERS.has(lower) || DESCRIBING_ENDING.test(lower)) return false;
  return !lexTags(lower).some((t) => NOT_KIND_TAGS.has(t));
}

// "Oskar … his bistro" → "Oskar's bistro": a possessive pronoun before a place names its owner.
function possessor(tokens: readonly Token[], i: number, people: readonly IdeaPerson[]): string | undefined {
  const prev = tokens[i - 1]?.lower;
  if (prev !== 'his' && prev !== 'her') return undefined;
  const want = prev === 'her' ? 'female' : 'male';
  const before = people.filter((p) => p.mention.first < i && p.gender === want);
  // The lead owns what the sentence's possessives name, when the pronoun fits them.
  const owner = before.find((p) => p.role === 'protagonist') ?? before[0];
  return owner?.name.split(' ')[0];
}
