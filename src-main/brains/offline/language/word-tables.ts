// Word tables of the prose analyzer: JSON resources plus compromise's built-in lexicon as a gazetteer.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import honorifics from '../../../../resources/engine/analyze/honorifics.json';
import nonNames from '../../../../resources/engine/analyze/non-names.json';
import placeCues from '../../../../resources/engine/analyze/place-cues.json';
import personCues from '../../../../resources/engine/analyze/person-cues.json';
import sentiment from '../../../../resources/engine/analyze/sentiment.json';
import gazetteer from '../../../../resources/engine/analyze/gazetteer.json';
import orgCues from '../../../../resources/engine/analyze/org-cues.json';
import relationshipCues from '../../../../resources/engine/analyze/relationship-cues.json';
import peoples from '../../../../resources/engine/language/peoples.json';
import type { RelationshipKind } from '../../../../src-preload/contract/entities';
import { isEnglishWord, isEverydayWord } from './everyday-words';

export type HonorificGender = 'female' | 'male' | 'neutral';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Honorific (lower-case, no period) → the gender it implies. */
export const HONORIFICS: ReadonlyMap<string, HonorificGender> = new Map<string, HonorificGender>([
  ...honorifics.neutral.map((w): [string, HonorificGender] => [w, 'neutral']),
  ...honorifics.male.map((w): [string, HonorificGender] => [w, 'male']),
  ...honorifics.female.map((w): [string, HonorificGender] => [w, 'female']),
]);
/** Honorifics normally followed by a surname ("Mr. Bennet") rather than a first name ("Sir Walter"). */
export const SURNAME_STYLE = set(honorifics.surnameStyle);
/** Titles that end a hospital's or a school's name: "Mercy General". */
export const INSTITUTION_TITLES = set(honorifics.institutionTitles);
/** Honorifics stating marital status: "Mrs. X" and "Miss X" never name the same woman. */
export const MARRIED_HONORIFICS = set(honorifics.married);
export const UNMARRIED_HONORIFICS = set(honorifics.unmarried);
/** Professional titles ("Dr.", "Rev."): in period fiction a "Mrs."/"Miss" of the same surname is his wife or daughter. */
export const PROFESSIONAL_HONORIFICS = set(honorifics.professional);
/** What a title says of its bearer: two forms whose statuses conflict name two people ("Mr. Fane", "Colonel Fane"). */
export type TitleStatus = 'married' | 'unmarried' | 'professional' | 'plain' | 'ranked' | 'noble';
const TITLE_STATUS: ReadonlyArray<[TitleStatus, ReadonlySet<string>]> = [
  ['married', MARRIED_HONORIFICS],
  ['unmarried', UNMARRIED_HONORIFICS],
  ['professional', PROFESSIONAL_HONORIFICS],
  ['plain', set(honorifics.plain)],
  ['ranked', set(honorifics.ranked)],
  ['noble', set(honorifics.noble)],
];
/** The status a lower-case honorific states, if any ("mrs" → married, "colonel" → ranked; "aunt" → none). */
export function honorificStatus(lower: string): TitleStatus | undefined {
  return TITLE_STATUS.find(([, words]) => words.has(lower))?.[0];
}
/** Titles written after a name ("Lurgan Sahib", "Ali Pasha"): the name before one is a person's. */
export const POST_NOMINAL_HONORIFICS = set(honorifics.postNominal);
/** Words that open a place name ("St. Kitt", "Mount Kenia", "Lake George"). */
export const PLACE_PREFIXES = set(honorifics.placePrefixes);
/** Words whose trailing period is not a sentence end. */
export const ABBREVIATIONS = set(honorifics.abbreviations);
/** Capitalised words that are never names by themselves. */
export const NON_NAMES = set(nonNames.words);

export const PLACE_HEADS = set(placeCues.headWords);
/** Kinds of street a title may name: "Duke Street", "Queen Square" (never a person's surname, unlike "Lane"). */
export const ROAD_HEADS = set(placeCues.roadHeads);
/** Kinds of place a name is said to be the name of: "the island of X", "the valley of the X". */
export const PLACE_KINDS_BEFORE_OF = set(placeCues.kindsBeforeOf);
export const LOC_PREPOSITIONS = set(placeCues.prepositions);
export const STRONG_LOC_PREPOSITIONS = set(placeCues.strongPrepositions);
/** Prepositions that take people as often as places ("a letter from X"). */
export const WEAK_LOC_PREPOSITIONS = set(placeCues.weakPrepositions);
export const INTERIOR_HEADS = set(placeCues.interiorHeads);
/** Kinds of place that, capitalised alone, name an institution ("the Church", "the House"), not a place. */
export const INSTITUTION_HEADS = set(placeCues.institutionHeads);
/** Verbs and nouns of travel: before "to"/"from" they make the next name a destination ("sailed from X", "the road to X"). */
export const MOTION_WORDS = set(placeCues.motionVerbs);

/** Suffixes common in place names ("-shire", "-ford", "-ton"): weak evidence only. */
export const PLACE_SUFFIXES: readonly string[] = placeCues.nameSuffixes;
/** Endings almost only towns have ("-borough", "-chester"), unlike "-ton" or "-ley" that many surnames share. */
export const STRONG_PLACE_SUFFIXES: readonly string[] = placeCues.strongNameSuffixes;
/** Last words of organisation names ("Society", "Review"). */
export const ORG_HEADS = set(orgCues.headWords);
/** Endings of adjectives/abstract nouns that are not personal names ("Persian", "Quakerism"). */
export const NON_PERSON_SUFFIXES: readonly string[] = orgCues.nonPersonSuffixes;

export const PERSON_FOLLOWERS = set(personCues.speechVerbs);
export const PERSON_PRECEDERS = set(personCues.precedingPersonWords);
export const PERSON_NOUNS = set(personCues.personNouns);
/** Words opening an appositive after a name: "Munro, the commander". */
export const APPOSITIVE_OPENERS = set(personCues.appositiveDeterminers);
/** Verbs of a dialogue attribution ("…," said Anne): only people speak. */
export const ATTRIBUTION_VERBS = set(personCues.attributionVerbs);
/** Nouns that say a name is a person when the text describes it: "Ashwood was a thin , pale man". */
export const ROLE_NOUNS = set(personCues.roleNouns);
/** Nouns that say a name is a vessel or a vehicle, not a person: "the Marigold , a brig". */
export const VESSEL_NOUNS = set(personCues.vesselNouns);
/** Parts and people of a ship: after the article, "the Rachel 's deck", "the Albatross 's crew" name a ship. */
export const VESSEL_PARTS = set(personCues.vesselParts);
/** Names of gods: annotated as persons (LitBank counts "God" as a character), even when named once. */
export const DEITIES = set(personCues.deities);
/** Verbs and determiners opening a description after a name: "X was a …", "X , the …". */
export const DESCRIBING_VERBS = set(personCues.describingVerbs);
export const DESCRIBING_DETERMINERS = set(personCues.describingDeterminers);
/** Relative pronouns that only ever refer to people: "Washington , who …". */
export const PERSON_RELATIVES = set(personCues.personRelatives);
/** Prepositions introducing the agent of a passive verb: "earned by Washington". */
export const AGENT_PREPOSITIONS = set(personCues.agentPrepositions);
const IRREGULAR_PARTICIPLES = set(personCues.irregularParticiples);
/** True for a lower-case past participle ("admonished", "written", "told"). */
export function isPastParticiple(word: string): boolean {
  if (word !== word.toLowerCase() || word.length < 3) return false;
  return IRREGULAR_PARTICIPLES.has(word) || (word.length > 4 && word.endsWith('ed'));
}
/** Diminutive → canonical first name ("lizzy" → "elizabeth"). */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(Object.entries(personCues.nicknames));

export const POSITIVE = set(sentiment.positive);
export const NEGATIVE = set(sentiment.negative);
export const NEGATORS = set(sentiment.negators);

/** Cue word → relationship kinds it suggests. */
export const RELATION_CUES: ReadonlyMap<string, RelationshipKind[]> = (() => {
  const m = new Map<string, RelationshipKind[]>();
  for (const [kind, words] of Object.entries(relationshipCues) as [RelationshipKind, string[]][]) {
    for (const w of words) m.set(w, [...(m.get(w) ?? []), kind]);
  }
  return m;
})();

type LexValue = string | string[] | undefined;
type Lexicon = Record<string, LexValue>;
let lexicon: Lexicon | undefined;
let tagger: typeof nlpType | undefined;

/** compromise, loaded on first use: it costs ~0.5 s of start-up that `parse` and most of `new` never need. */
function loadTagger(): typeof nlpType {
  tagger ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return tagger;
}

/** compromise's lexicon (see `loadTagger`). */
function loadLexicon(): Lexicon {
  lexicon ??= (loadTagger().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexicon;
}

/**
 * Whether the words after a list of names go on as what the names do: compromise tags the clause's first word as a
 * verb after a plural subject ("… repair fishing boats"), which a word's lexicon entry alone may not say.
 */
export function opensWithPluralVerb(clause: string): boolean {
  const words = /^\s*,?\s*([a-z][a-z' -]*)/.exec(clause)?.[1];
  if (!words) return false;
  const [, verb] =
    (loadTagger()(`They ${words}`).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
  return !!verb?.tags.includes('Verb');
}

/** Tags compromise's lexicon gives a lower-case word or phrase (empty when unknown). */
export function lexTags(lower: string): readonly string[] {
  const table = loadLexicon();
  const v = Object.prototype.hasOwnProperty.call(table, lower) ? table[lower] : undefined;
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/** 'female' | 'male' when the lexicon knows the word as a first name, 'name' for other name tags. */
export function nameTag(lower: string): 'female' | 'male' | 'name' | undefined {
  const tags = lexTags(lower);
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('MaleName')) return 'male';
  return tags.some((t) => NAME_TAGS.has(t)) ? 'name' : undefined;
}

const GAZETTEER = set(gazetteer.places);
const PLANETS = set(gazetteer.planets);

/** True when the gazetteer or the lexicon lists the word or phrase as a city, country, region or place. */
export function isGazetteerPlace(lower: string): boolean {
  const bare = lower.replace(/^the /, '');
  if (GAZETTEER.has(bare) || GAZETTEER.has(`the ${bare}`) || lexTags(bare).some((t) => PLACE_TAGS.has(t)))
    return true;
  // "New Bedford", "Upper Egypt": a known place with a word that sets it apart from its namesake.
  const named = NAMESAKE_PREFIX.exec(bare)?.[1];
  return named !== undefined && isGazetteerPlace(named);
}

const NAMESAKE_PREFIX = /^(?:new|north|south|east|west|upper|lower|great|greater|little) (.+)$/;

/** Planet names: places in fiction unless the context makes them gods. */
export function isPlanet(lower: string): boolean {
  return PLANETS.has(lower);
}

/** True for ordinary vocabulary (verbs, adjectives, common nouns…) per the lexicon. */
export function isCommonWord(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.length === 0) return isDerivedAdverb(lower);
  return !tags.some(
    (t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'ProperNoun' || t === 'Organization',
  );
}

/** An English word that no first-name table holds ("quirk", "middling"; not "hope" or "ada"). */
export function isEnglishNotName(lower: string): boolean {
  // The English table first: the first-name table loads compromise, which most words then never need.
  return isEnglishWord(lower) && !nameTag(lower);
}

/** A common word of the lexicon or of the everyday table ("commodore", "madman", "overhearing"); never a first name. */
export function isCommonOrEverydayWord(lower: string): boolean {
  return isCommonWord(lower) || isEverydayWord(lower);
}

/**
 * "Presently", "Happily", "Gently": an adverb built on a common word, which the lexicon leaves out. Names in "-ly"
 * ("Emily", "Kelly", "Polly") are not built on one.
 */
function isDerivedAdverb(lower: string): boolean {
  if (lower.length < 6 || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  const candidates = [
    stem,
    `${stem}e`,
    `${stem}le`,
    stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '',
    stem.endsWith('al') ? stem.slice(0, -2) : '',
  ];
  return candidates.some((w) => w.length > 2 && lexTags(w).length > 0 && isCommonWord(w));
}

/** Words for a people, a nation or a tongue the lexicon does not tag ("somali", "sámi"). */
const PEOPLES = set(peoples.words.split(' '));
/**
 * The words compromise's lexicon tags Demonym, as the build script read them: a name checked for a demonym
 * ("make Sarah 28") then parses without loading compromise.
 */
const LEXICON_DEMONYMS = set(peoples.demonyms.split('|'));

/** "Anglo-Irish", "Afro-Cuban": the first parts of a compound of peoples. */
const COMBINING_PEOPLES = set([
  'anglo',
  'afro',
  'franco',
  'sino',
  'indo',
  'italo',
  'greco',
  'russo',
  'hispano',
]);

/**
 * True for nationality adjectives/nouns ("English", "Frenchman", "Dutchmen", "Englishwoman"), plurals included,
 * words for a people ("Sámi", "Somali") and their compounds ("Irish-American").
 */
export function isDemonym(lower: string): boolean {
  if (LEXICON_DEMONYMS.has(lower)) return true;
  if (PEOPLES.has(lower) || (lower.endsWith('s') && PEOPLES.has(lower.slice(0, -1)))) return true;
  const parts = lower.split('-');
  if (parts.length > 1)
    return parts.every((p, i) => (i < parts.length - 1 && COMBINING_PEOPLES.has(p)) || isDemonym(p));
  // The lexicon lists "Englishman" but not every "-man"/"-woman" compound or plural built on a nationality.
  const stem = /^(\p{L}{3,}?)(?:wo)?m[ae]n$/u.exec(lower)?.[1];
  if (stem && [stem, `${stem}man`].some((w) => LEXICON_DEMONYMS.has(w))) return true;
  if (lower.endsWith('s') && lower.length > 4 && LEXICON_DEMONYMS.has(lower.slice(0, -1))) return true;
  return placeOfDwellers(lower).some(isGazetteerPlace);
}

/** How people from a place are named after it: "Londoners", "Vermonter", "Bostonians", "Cubans", "Kansans". */
const DWELLER_ENDINGS: readonly [RegExp, readonly string[]][] = [
  [/^(\p{L}{3,})ers?$/u, ['']],
  [/^(\p{L}{3,})ites?$/u, ['', 'e']],
  [/^(\p{L}{3,}?)i?ans?$/u, ['', 'a', 'ia', 'as', 'e']],
];

/** The place names a word for its people may be built on ("nantucketers" → "nantucket"); none for other words. */
export function placeOfDwellers(lower: string): string[] {
  const out: string[] = [];
  for (const [ending, restore] of DWELLER_ENDINGS) {
    const stem = ending.exec(lower)?.[1];
    if (stem) out.push(...restore.map((r) => stem + r));
  }
  return out;
}
