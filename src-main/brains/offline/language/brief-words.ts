// Word tables of the idea brief (relation nouns and verbs, place nouns, genre/period/tone words), from resources/.
import cues from '../../../../resources/engine/language/brief-cues.json';
import settings from '../../../../resources/engine/language/setting-nouns.json';
import { escapeRegex } from '../understand/text-utils';
import { lexTags } from './word-tables';
import type { RelationshipKind } from '../../../../src-preload/contract/entities';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
/** Orders phrases by their number of words, most first, so the longest match wins ("subway station" over "station"). */
export const longestFirst = (a: string, b: string): number => b.split(' ').length - a.split(' ').length;

function groupByFirstWord(phrases: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = phrase.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
}

/** Noun naming a bond ("daughter", "rival", "boss") → the relationship kind it states. */
export const RELATION_NOUNS: ReadonlyMap<string, RelationshipKind> = new Map(
  (Object.entries(cues.relationNouns) as [RelationshipKind, string[]][]).flatMap(([kind, words]) =>
    words.map((w): [string, RelationshipKind] => [w, kind]),
  ),
);
/** Verb phrases that state a bond between the people around them ("falls for", "recruits"). */
export const RELATION_VERBS: readonly [string, RelationshipKind][] = (
  Object.entries(cues.relationVerbs) as [RelationshipKind, string[]][]
)
  .flatMap(([kind, words]) => words.map((w): [string, RelationshipKind] => [w, kind]))
  .sort((a, b) => b[0].length - a[0].length);
/** Relation nouns that bind a group symmetrically ("twins Abby and Beth", "best friends"). */
export const FEMALE_NOUNS = set(cues.femaleNouns);
export const MALE_NOUNS = set(cues.maleNouns);
export const MACHINE_NOUNS = set(cues.machineNouns);
/** Words that open a name but are a title or kinship form of address ("Nana Rose", "Lama Dorje"). */
export const PERSON_TITLES = set(cues.personTitles);
export const AGE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(cues.ageWords));
/** Kinds of place, longest first so "subway station" wins over "station". */
export const PLACE_NOUNS: readonly string[] = [...cues.placeNouns].sort(longestFirst);
export const PLACE_NOUN_SET = set(cues.placeNouns);
/**
 * Every kind of place an idea may name as its setting: the place nouns and the wider setting list, longest first.
 * Only finding an idea's kinds of place reads the wider list; telling people from places keeps to the place nouns.
 */
const SETTING_NOUNS: readonly string[] = [...new Set([...cues.placeNouns, ...settings.settingNouns])].sort(
  longestFirst,
);
export const SETTING_NOUN_SET = set(SETTING_NOUNS);
/** The setting nouns by their first word, longest first, so a token is checked against its few candidates only. */
export const SETTINGS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = groupByFirstWord(SETTING_NOUNS);
export const INTERIOR_PLACES = set([...cues.interiorPlaces, ...settings.interiorSettings]);
export const VEHICLE_NOUNS = set(cues.vehicleCues);
/** Genre phrases, longest first. */
export const GENRE_WORDS: readonly string[] = [...cues.genreWords].sort((a, b) => b.length - a.length);
/** Shorthand genre words and the genre they stand for, written out ("romcom" → "romantic comedy"). */
export const GENRE_SHORTHANDS: ReadonlyMap<string, string> = new Map(Object.entries(cues.genreShorthands));
export const TONE_WORDS = set(cues.toneWords);
export const PERIOD_WORDS: readonly string[] = [...cues.periodWords].sort((a, b) => b.length - a.length);
export const ROMANTIC_PAIR_PHRASES: readonly string[] = cues.romanticPairVerbs;
/** Nouns that say which kind of place follows them ("ramen stall", "boiler room", "fishing trawler"). */
export const PLACE_MODIFIERS = set(cues.placeModifiers);
/** Words that hand the story to a person named right after them ("…; the film follows Héctor"). */
export const PROTAGONIST_CUES: readonly string[] = cues.protagonistCues;
/** Words that hand the story to the one named right after them, who tells it ("told by Ana"). */
export const NARRATOR_CUES: readonly string[] = cues.narratorCues;
/** "Colette is our heroine": nouns that say a person leads. */
export const LEAD_NOUNS: readonly string[] = cues.leadNouns;
/** Words that end the phrase naming whom a story follows ("it follows her as she …"). */
export const FOCUS_STOP_WORDS = set(cues.focusStopWords);
/** Words opening a clause that leans on the sentence's main clause ("When Pell dies, …"). */
export const SUBORDINATORS = set(cues.subordinators);
/** Genre labels that make the lead's one unexplained partner a love interest ("a romcom: Tony and Naomi…"). */
export const ROMANCE_LABELS: readonly string[] = cues.romanceLabels;
/** "Their divorce", "the couple": the idea says the two people named together are or were a couple. */
export const COUPLE_PHRASES: readonly string[] = cues.couplePhrases;
/** Words before a plural that make the people a couple: "divorced astronauts", "married spies". */
export const COUPLE_MODIFIERS = set(cues.coupleModifiers);
/** Days of the week: capitalised, never a person's name in an idea ("pay by Friday"). */
export const WEEKDAYS = set(cues.weekdays);
/** Verbs that take someone out of the story at its start ("vanished", "went missing"): they are not its lead. */
export const VANISH_WORDS: readonly string[] = cues.vanishWords;
/** Titles that say a person is family ("Uncle Ray"), leaving out those a cleric bears too ("Mother", "Brother"). */
export const FAMILY_TITLES = set(cues.familyTitles);
/** Places written in capitals ("LA", "NYC", "the ISS"), as written. */
export const PLACE_ACRONYMS = set(cues.placeAcronyms);
/** Words that greet the reader of a letter ("Hi Marguerite —", "Dear Prof. Amal,"), lower case. */
export const SALUTATIONS: readonly string[] = cues.salutations;
/** Words that close a letter before the sender's name ("Best, Rob", "Thank you,\nCamila"), lower case. */
export const SIGN_OFFS: readonly string[] = cues.signOffs;
/** Articles of other languages that open a name ("La Terraza del Sol", "Il Gatto"), lower case. */
export const FOREIGN_ARTICLES = set(cues.foreignArticles);
/** "Logline: …", "Genre: …", "- Setting: …": one-word labels opening the idea or one of its lines, lower case. */
export const LABEL_WORDS = set(cues.labelWords);
/** Labels of a pitch's comparisons ("COMPS: A meets B", "Tone: …"). */
export const COMPARISON_LABELS: readonly string[] = cues.comparisonLabels;
/** Labels of what the work is, not what happens in it ("TITLE: …", "Genre: …"). */
export const WORK_LABELS: readonly string[] = cues.workLabels;
/** "Edo period", "Meiji era": words after a name that make it the name of an age. */
export const ERA_NOUNS = set(cues.eraNouns);
/** Contractions typed without their apostrophe ("doesnt", "theyre"), which are never names. */
export const UNMARKED_CONTRACTIONS = set(cues.unmarkedContractions);
/** Shorthand of chat ("bc", "idk", "30 yrs"): never a name, though no English word either. */
export const CHAT_ABBREVIATIONS = set(cues.chatAbbreviations);

const VERB_ADVERBS = new RegExp(
  String.raw`\s(?:${cues.verbAdverbs.map(escapeRegex).join('|')}|[\p{Ll}]{2,}ly)(?=\s)`,
  'gu',
);

/**
 * The words with the adverbs inside a verb phrase left out, so "falls hard for" and "quietly teaches" read as
 * "falls for" and "teaches"; a word ending in "ly" that the lexicon knows as anything but an adverb ("ally",
 * "family", "lonely") stays.
 */
export function withoutAdverbs(text: string): string {
  return text.replace(VERB_ADVERBS, (w) => {
    const word = w.trim().toLowerCase();
    const tags = lexTags(word);
    return word.endsWith('ly') && tags.length > 0 && !tags.includes('Adverb') ? w : '';
  });
}
/** "Norvik EV launch", "a spot for Marden Tea": words that make the name beside them a brand. */
export const BRAND_NOUNS = set(cues.brandNouns);
/** "Hurricane Odile", "Storm Bertil": a weather system is named like a person. */
export const STORM_WORDS = set(cues.stormWords);
/** "Route 9", "Highway 40", "Unit 12", "Platform 4": a kind of road or place with a number is a place. */
export const NUMBERED_PLACES = set(cues.numberedPlaceWords);
/** Last words that make a name an event: "the Leeds Festival", "the Oslo Games", "the Carrot Parade". */
export const EVENT_HEADS = set(cues.eventHeads);
/** "Election night, 1997", "Budget day": a name before a word of time at a sentence's start names an occasion. */
export const OCCASION_TIMES = set(cues.occasionTimes);
/**
 * "a cult called Ember", "a band named the Lowlands": what a group, a firm or a work is called names no one
 * ("a man called Mick", "a dog named Biscuit" do).
 */
export const NAMED_GROUP_NOUNS = set(cues.namedGroupNouns);
/** "our band's song 'Salt Moon'": kinds of work whose quoted title names no one. */
export const WORK_NOUNS = set(cues.workNouns);
/** "the outskirts of Lagos", "the old quarter of Fez": words whose "of" is followed by a place. */
export const PLACE_OF_NOUNS = set(cues.placeOfNouns);
/** Kinds of natural place written before their name ("lake ohrid", "mount kenya"), lower case. */
export const FEATURE_OPENERS = set(cues.featureOpeners);
/** Words that open a place's name in many languages ("Piazza …", "Rue …", "Schloss …", "RMS …"), lower case. */
export const PLACE_OPENERS = set(cues.placeOpeners);
/** The months, lower case: before a year they date a line ("April 1975"). */
export const MONTHS: readonly string[] = cues.months;

/**
 * A year after a comma, a month before it or not ("Bath, 1812.", "Saigon, April 1975:"), or a month alone that ends
 * the line ("Ostia, August."), unlike a list of names ("Mia, June, and Tom"); the larger place may come between
 * ("Storyville, New Orleans, 1917:").
 */
export const DATELINE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,\s*)?(?:(?:(?:${MONTHS.join('|')})\s+)?(?:1\d|20)\d\ds?\s*(?:[.,:;—–-]|$)|(?:${MONTHS.join('|')})\s*(?:[.:;—–]|$))`,
  'iu',
);
/** "is found strangled", "was shot": what makes the person named before them the story's victim, not its lead. */
export const DEATH_WORDS: readonly string[] = cues.deathWords;
/** Contests in which people set "against" each other are rivals, not enemies ("a tournament … against Kevin"). */
export const CONTEST_WORDS = set(cues.contestWords);
/** Words after which a verb, not a plural noun, follows ("she trains", "who forges"). */
export const VERB_OPENERS = set(cues.verbOpeners);
/** Acts done to someone's people or things that make the doer their enemy ("who burned her village"). */
export const HOSTILE_ACTS = set(cues.hostileActs);
/** Words in the clause right after two people named together that say their tie ("fall in love", "rival"). */
export const PAIR_CLAUSE_CUES: readonly [string, RelationshipKind][] = (
  Object.entries(cues.pairClauseCues) as [RelationshipKind, string[]][]
).flatMap(([kind, words]) => words.map((w): [string, RelationshipKind] => [w, kind]));
/** Feasts and holidays ("Christmas", "Day of the Dead"): named times, never people or places. */
export const EVENT_NAMES = set(cues.eventNames);
/** Words before "for" that make the next name a destination ("a ship bound for Proxima", "left for Lagos"). */
export const DEPARTURE_WORDS = set(cues.departureWords);
/** Words before a month that make it a time, not a person: "by June", "every April". */
export const MONTH_LEAD_WORDS = set(cues.monthLeadWords);
/** Kinds of place whose own name may follow them with no article: "the orbital station Vesta", "island Kos". */
export const NAMED_PLACE_NOUNS = set(cues.namedPlaceNouns);
/** Labels that open a line listing where the story happens: "Locations: …", "Where: …". */
export const PLACE_LABELS: readonly string[] = cues.placeLabels;
/** Words for a street or square in other languages that end a place's name: "İstiklal Caddesi", "Nevsky Prospekt". */
export const FOREIGN_PLACE_HEADS = set(cues.foreignPlaceHeads);
/** Words before a preposition whose object is a person, not a place: "trains under Sol", "gives lessons to Mei". */
export const PERSON_OBJECT_PHRASES: readonly string[] = cues.personObjectPhrases;
/** Things only a person has, owned by a name ("Tullio's letters"); a town has a heart and a face too. */
export const PERSONAL_THINGS = set(cues.personalThings);
/** Words that make whoever they describe a villain: "the cruel Duke Anzelm", "a ruthless landlord". */
export const VILLAIN_WORDS = set(cues.villainWords);
/** Labels of a part that say the tie to the lead ("Love interest: Ana", "Villain: Kross"), beyond the bond nouns. */
export const ROLE_LABELS: ReadonlyMap<string, RelationshipKind> = new Map(
  (Object.entries(cues.roleLabels) as [RelationshipKind, string[]][]).flatMap(([kind, words]) =>
    words.map((w): [string, RelationshipKind] => [w, kind]),
  ),
);
/**
 * Verbs that state a tie only when their object is a person said by a pronoun ("she raised him"; "raised money
 * for Ada" says nothing), with the relation verbs.
 */
export const PRONOUN_OBJECT_VERBS: ReadonlyMap<string, RelationshipKind> = new Map([
  ...RELATION_VERBS,
  ...(Object.entries(cues.pronounObjectVerbs) as [RelationshipKind, string[]][]).flatMap(([kind, words]) =>
    words.map((w): [string, RelationshipKind] => [w, kind]),
  ),
]);
/** Things that did not exist before a year ("smartphone" since 2007): a period story leaves them out. */
export const ANACHRONISMS: readonly { since: number; words: readonly string[] }[] = cues.anachronisms;

/** Whole-word, case-insensitive test for a phrase. */
export function hasPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegex(phrase)}(?![\\p{L}])`, 'iu').test(text);
}

/** Simple English singular of a plural noun ("owners" → "owner", "fishermen" → "fisherman"). */
export function singular(word: string): string {
  // "brothers-in-law", "sisters-in-law": the first word of the compound carries the plural.
  const compound = /^([\p{Ll}]+)(-in-law)$/u.exec(word);
  if (compound) return singular(compound[1]!) + compound[2]!;
  if (/men$/.test(word)) return word.replace(/men$/, 'man');
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
