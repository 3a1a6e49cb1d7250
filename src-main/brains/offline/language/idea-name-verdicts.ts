// The verdict on a name in an idea from the words around it: an event, a title, a vessel, a place cue, else a person.
import type { NameMention } from './name-mentions';
import { namesPlaceBefore, namesVessel, opensPlaceName } from './idea-place-names';
import {
  actsAfter,
  actsOnOwnPeople,
  describedAfter,
  describedAsPerson,
  opensWithFirstName,
  ownsOneOfAKind,
  personAfterPreposition,
  saidToBePerson,
} from './idea-name-context';
import { isKnownPlace, isWorldPlace } from './world-places';
import type { Token } from './tokenize';
import { readsAsPersonAfter } from './everyday-words';
import { DETERMINERS, isKnownPersonNoun, isPersonNoun } from './idea-person-phrases';
import {
  DEPARTURE_WORDS,
  EVENT_NAMES,
  DATELINE_AFTER,
  FOREIGN_PLACE_HEADS,
  NAMED_PLACE_NOUNS,
  PLACE_NOUN_SET,
  PLACE_OF_NOUNS,
  VEHICLE_NOUNS,
  singular,
} from './brief-words';
import {
  HONORIFICS,
  ORG_HEADS,
  PLACE_HEADS,
  INSTITUTION_TITLES,
  isGazetteerPlace,
  isPlanet,
  lexTags,
  nameTag,
} from './word-tables';
import type { IdeaName } from './idea-names';

const PLACE_PREPOSITIONS = new Set([
  'in',
  'into',
  'at',
  'to',
  'from',
  'near',
  'across',
  'through',
  'aboard',
  'inside',
  'outside',
  'toward',
  'towards',
  'around',
  'over',
  'under',
  'beneath',
  'beyond',
  'within',
  'off',
  'above',
  'below',
  'along',
  'via',
  'on',
]);
// "during Carnival", "since Easter": a name after a preposition of time names an event, not a person.
const TIME_PREPOSITIONS = new Set(['during', 'since', 'until', 'till', 'throughout']);

const PERIOD_TOKEN = /^(1[0-9]|20)[0-9]{2}s?$/;

/** The word before a token, skipping a period word ("in 1970s Marseille"). */
export function prevWord(tokens: readonly Token[], index: number): Token | undefined {
  let k = index - 1;
  // Skip a period word between a preposition and the name ("in 1970s Marseille", "In 1969 Houston"); after a bare
  // year a name of two words is more often the sentence's subject ("In 2003 Kenji Ota left …").
  const oneWord = !tokens[index + 1]?.cap;
  while (k >= 0 && PERIOD_TOKEN.test(tokens[k]!.text) && (oneWord || tokens[k]!.text.endsWith('s'))) k--;
  const t = tokens[k];
  return t && t.word ? t : undefined;
}

/** What `classify` reads a name with: its mention, the two words before it, and how to make each kind of name. */
export interface NameContext {
  idea: string;
  tokens: readonly Token[];
  m: NameMention;
  prev: Token | undefined;
  prev2: Token | undefined;
  make: Record<'person' | 'place' | 'object', () => IdeaName>;
}

/** "Port Hazard, Isla Verde, 1720.": a name after the capitalised words that open the line and a comma. */
function afterDatelinePlace(tokens: readonly Token[], m: NameMention): boolean {
  let k = m.first - 1;
  if (tokens[k]?.text !== ',') return false;
  k--;
  while (k > 0 && tokens[k]!.cap && !tokens[k]!.sentStart) k--;
  return k < m.first - 2 && tokens[k]!.cap && (tokens[k]!.sentStart || k === 0);
}

/** A describing word before a noun: "former", "off-duty", "retired". */
function isDescribing(lower: string): boolean {
  return (
    /^\p{Ll}+-\p{Ll}+$/u.test(lower) || lexTags(lower).some((t) => t === 'Adjective' || t === 'Comparable')
  );
}

/** Who calls a thing by its name: "everyone calls", "the locals call". */
const CALLERS = new Set([
  'everyone',
  'everybody',
  'people',
  'locals',
  'they',
  'we',
  'folks',
  'kids',
  'sailors',
]);

const ROUTE_ARROW_BEFORE = /(?:→|->|=>|⟶|➔|➡)\s*$/u;
const ROUTE_ARROW_AFTER = /^\s*(?:→|->|=>|⟶|➔|➡)/u;

/** What the words right before and after a name make it: an event, a title, a place prefix, a modifier, a thing named. */
export function byWordsBefore({ idea, tokens, m, prev, prev2, make }: NameContext): IdeaName | undefined {
  if (EVENT_NAMES.has(m.key)) return make.object();
  // "Port-au-Prince", "Sainte-Marie-du-Mont": a lower-case particle between capitalised parts joins a town's name
  // (people's are "Marie-Claire", "Jean-Baptiste").
  if (m.words.length === 1 && /^\p{Lu}[\p{L}-]*-\p{Ll}+-\p{Lu}/u.test(m.words[0]!)) return make.place();
  // "Oslo → Vik → Skarra": names joined by arrows are the stops of a route; so is "Tamale to Leeds." said alone.
  if (ROUTE_ARROW_BEFORE.test(idea.slice(0, m.start)) || ROUTE_ARROW_AFTER.test(idea.slice(m.end)))
    return make.place();
  // "the Oslo–Bergen line": names joined by a dash, without spaces, one of them a known town, are a route's ends.
  const joinedBefore = /(\p{Lu}[\p{L}'’]*)[–—]$/u.exec(idea.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const joinedAfter = /^[–—](\p{Lu}[\p{L}'’]*)/u.exec(idea.slice(m.end))?.[1];
  const joined = [joinedBefore, joinedAfter].filter((w): w is string => w !== undefined);
  if (joined.length && [m.key, ...joined].some((w) => isKnownPlace(w.toLowerCase()))) return make.place();
  const routeTo = /^\s+to\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*(?:[.!]|$)/u.exec(
    idea.slice(m.end),
  );
  if (tokens[m.first]?.sentStart && routeTo && isKnownPlace(routeTo[1]!.toLowerCase())) return make.place();
  // "Brittany, 1932.", "Yakutsk, 1999, the coldest city": a name opening a sentence with a year after it is where.
  const opens =
    tokens[m.first]?.sentStart ||
    /^[—–:-]$/.test(tokens[m.first - 1]?.text ?? '') ||
    afterDatelinePlace(tokens, m);
  if (opens && DATELINE_AFTER.test(idea.slice(m.end))) return make.place();
  // "during Carnival" is an event; "until Ploy, the daughter of …" a person.
  if (prev && TIME_PREPOSITIONS.has(prev.lower) && !describedAfter(tokens, m.last)) return make.object();
  // "the Ambassador Hotel": a title before a kind of place names the place ("Mr. Park" is a person).
  if (m.honorific && m.words.length === 1 && PLACE_HEADS.has(m.key) && prev?.lower === 'the')
    return make.place();
  if (m.honorific && HONORIFICS.has(m.honorific.toLowerCase())) return make.person();
  if (m.placePrefix || opensPlaceName(m)) return make.place();
  // "a Varanasi guesthouse": a known town before a kind of place is where that place is.
  const after = tokens[m.last + 1];
  if (after?.word && !after.cap && PLACE_NOUN_SET.has(after.lower) && isKnownPlace(m.key))
    return make.place();
  // "her Stasi handler", "a Tokyo salaryman", "their Gdynia flat": a name between a determiner and a noun for a person,
  // a place or a vehicle says whom someone serves, where they are from or where the place is.
  const next = tokens[m.last];
  const nounNext =
    next?.word &&
    !next.cap &&
    (isPersonNoun(next.lower) || PLACE_NOUN_SET.has(next.lower) || VEHICLE_NOUNS.has(next.lower));
  // "a former Olympic swimmer": a describing word may stand between the determiner and the name.
  const determined =
    prev &&
    (DETERMINERS.has(prev.lower) ||
      (!prev.cap && DETERMINERS.has(prev2?.lower ?? '') && lexTags(prev.lower).includes('Adjective')));
  // "two Kyokushin karate fighters": a name of several words before people in the plural says what kind they are.
  const peopleNext = nounNext && /s$/.test(next?.lower ?? '') && isPersonNoun(next?.lower ?? '');
  if (determined && (m.words.length === 1 || peopleNext) && nounNext)
    return isKnownPlace(m.key) ? make.place() : make.object();
  // "a Glasgow loan shark": a known town after "a" says where someone or something is from. "a former Olympian":
  // describing words between "a" and a lone capitalised word leave it a noun, not someone's name.
  const indefinite = (t: Token | undefined) => t?.lower === 'a' || t?.lower === 'an';
  const describedNoun =
    m.words.length === 1 && !opensWithFirstName(m.words) && prev && !prev.cap && isDescribing(prev.lower);
  if (indefinite(prev) || (describedNoun && indefinite(prev2)))
    return isKnownPlace(m.key) ? make.place() : make.object();
  if (namesVessel(idea, m, prev, prev2)) return make.place();
  // "a colony ship called the Meridian" names a place; "a robot named Bolt" a person.
  const namer = prev?.lower === 'the' ? prev2 : prev;
  // "a reef everyone calls Old Grumble": what people call a thing names it as "called" does.
  const caller = namer && /^calls?$/.test(namer.lower) ? prevWord(tokens, tokens.indexOf(namer)) : undefined;
  const namedBy = caller && CALLERS.has(caller.lower) ? caller : undefined;
  if (namer && (namer.lower === 'named' || namer.lower === 'called' || namedBy)) {
    const head = prevWord(tokens, tokens.indexOf(namedBy ?? namer))?.lower ?? '';
    // People are "called Bolt", things "called the Perihelion".
    return PLACE_NOUN_SET.has(head) ||
      NAMED_PLACE_NOUNS.has(head) ||
      VEHICLE_NOUNS.has(head) ||
      prev?.lower === 'the'
      ? make.place()
      : make.person();
  }
  return undefined;
}

/** The place cues around a name (prepositions, kinds of place, gazetteers), else a person. */
export function byPlaceCues({ idea, tokens, m, prev, prev2, make }: NameContext): IdeaName {
  const key = m.key;
  const last = m.words[m.words.length - 1]!.toLowerCase();
  const gendered = opensWithFirstName(m.words);
  const afterPlacePrep = Boolean(
    prev &&
    (PLACE_PREPOSITIONS.has(prev.lower) ||
      (prev.lower === 'for' && prev2 && DEPARTURE_WORDS.has(prev2.lower)) ||
      (prev.lower === 'of' && prev2?.lower === 'out') ||
      (prev.lower === 'the' && prev2 && PLACE_PREPOSITIONS.has(prev2.lower))) &&
    !personAfterPreposition(idea.slice(0, prev.end)) &&
    !saidToBePerson(tokens, m, idea.slice(m.end)),
  );
  // "works for Orbis Labs" names a firm; "at the Zanzibar Club" is where one is.
  if (m.words.length > 1 && ORG_HEADS.has(last))
    return afterPlacePrep || PLACE_NOUN_SET.has(last) ? make.place() : make.object();
  // "Lagos's busiest market", "Húsavík's only undertaker": a known town owning what follows, or a name owning the
  // one job or place of its kind, is a town.
  const owns = /^['’]s$/.test(tokens[m.last]?.text ?? '');
  const placeOwns = isKnownPlace(key) || ownsOneOfAKind(tokens, m.last);
  if (owns && !gendered && placeOwns && !saidToBePerson(tokens, m, idea.slice(m.end))) return make.place();
  // "aboard the Mary Celeste", "the Blue Notes play": a ship one is on is a place, a band a group, not a person.
  if (prev?.lower === 'the' && m.words.length > 1 && !PLACE_HEADS.has(last)) {
    if (afterPlacePrep || namesPlaceBefore(tokens, m.first - 1)) return make.place();
    if (/[^s]s$/.test(last)) return make.object();
    // "runs the Blue Palm": people are not "the" with a name of several words; a venue or a ship is.
    // A title or a first name among its words ("the High Witch Morwenna") still makes a person.
    const personal = m.words.some((w) => isKnownPersonNoun(w) || nameTag(w.toLowerCase()) !== undefined);
    if (!gendered && !m.honorific && !personal && !readsAsPersonAfter(idea.slice(m.end))) return make.place();
  }
  // "the village of Thornbury", "the streets of Hong Kong", "the sky-city of Ulmar".
  const kindOf = prev2?.lower.split('-').at(-1) ?? '';
  const ofPlace =
    prev?.lower === 'of' &&
    prev2 !== undefined &&
    (PLACE_NOUN_SET.has(kindOf) || PLACE_NOUN_SET.has(singular(kindOf)) || PLACE_OF_NOUNS.has(prev2.lower));
  // "in Porto, Ribeira.": a name after a known place and a comma, ending the sentence, is a part of it;
  // "Bramwell (Staffordshire)": one before a known place in brackets is a place in it.
  const partOfPlace =
    tokens[m.first - 1]?.text === ',' &&
    isKnownPlace(tokens[m.first - 2]?.lower ?? '') &&
    /^[.;:!]/.test(tokens[m.last]?.text ?? '.');
  const inBrackets = /^\s*\(\s*(\p{Lu}[\p{L}-]*)\s*\)/u.exec(idea.slice(m.end))?.[1];
  if (!gendered && (partOfPlace || (inBrackets && isKnownPlace(inBrackets.toLowerCase()))))
    return make.place();
  // "from island Spetses", "in village Kars": a kind of place between a preposition and a lone name names it.
  const kindBefore =
    prev && !prev.cap && PLACE_NOUN_SET.has(prev.lower) && prev2 && PLACE_PREPOSITIONS.has(prev2.lower);
  if (kindBefore && m.words.length === 1 && !gendered && !readsAsPersonAfter(idea.slice(m.end)))
    return make.place();
  // "a cricket team in Bradford": a lone name right after "in" is a town even when it is a first name too, unless
  // it owns what follows ("in Rosa's kitchen").
  const inTown = prev?.lower === 'in' && m.words.length === 1 && !owns;
  // "a cattle run in the Kimberley": a first name is no one's after "in the".
  const theAfterPrep = afterPlacePrep && prev?.lower === 'the' && !owns;
  if (ofPlace || (afterPlacePrep && (!gendered || inTown || theAfterPrep))) return make.place();
  // "the rock star Jonny Vale": a noun right before the name describes a person.
  const described = Boolean(
    prev &&
    !PLACE_PREPOSITIONS.has(prev.lower) &&
    prev.lower !== 'of' &&
    lexTags(prev.lower).some((t) => t === 'Noun' || t === 'Singular' || t === 'Actor'),
  );
  const placeHead = PLACE_HEADS.has(last) || PLACE_NOUN_SET.has(last) || FOREIGN_PLACE_HEADS.has(last);
  // "Mercy General": a name ending in a title is a hospital's, even after a first name.
  const endsInTitle = INSTITUTION_TITLES.has(last);
  if (m.words.length > 1 && ((placeHead && !gendered && !described) || endsInTitle)) return make.place();
  // "Savannah drives her brother to school": a town's name doing something to her or his own people is a person's.
  const actsOnOwn = !afterPlacePrep && actsOnOwnPeople(idea.slice(m.end));
  // "his youngest daughter Dallas", "Sydney, a retired crane driver from Hull,": a word for a person right
  // before a town's name, or an appositive about a person after it, makes it that person's.
  // ("at a café in Lyon, a night porter, Anselme": after "in" the appositive is the next name's.)
  const personal =
    !PLACE_PREPOSITIONS.has(prev?.lower ?? '') &&
    ((prev !== undefined && !prev.cap && isKnownPersonNoun(prev.lower)) || describedAsPerson(tokens, m.last));
  if ((isGazetteerPlace(key) || isPlanet(key)) && (!gendered || afterPlacePrep) && !actsOnOwn && !personal)
    return make.place();
  // The world's towns hold many given names ("Kemi", "Yuki"): one opening the idea ("Kumasi, 1983: …") is the place.
  if (m.first === 0 && !gendered && isWorldPlace(key) && !actsAfter(idea.slice(m.end))) return make.place();
  // "Hokkaido, winter 1972.": a town or region of the world table opening a sentence, a comma after it and no verb
  // of a person, is where. (The table holds given names too, "Shan", "Batu": a name elsewhere needs a cue.)
  const opensWithComma = tokens[m.first]?.sentStart && tokens[m.last]?.text === ',';
  if (opensWithComma && !gendered && isWorldPlace(key) && !readsAsPersonAfter(idea.slice(m.end)))
    return make.place();
  if (prev?.lower === 'the' && !gendered && m.words.length === 1 && /^[A-Z]/.test(idea.charAt(m.start)))
    return make.place();
  return make.person();
}
