// Person, place or vessel cues from what the text says a name is: "Ashwood was a pale man", "Hebden , a mill town".
import type { Token } from './tokenize';
import type { NameMention } from './name-mentions';
import { nameWasBefore, namingVerbBefore } from './name-introductions';
import { FEMALE_NOUNS, MALE_NOUNS, PLACE_NOUN_SET, VEHICLE_NOUNS } from './brief-words';
import { DESCRIBING_DETERMINERS, DESCRIBING_VERBS, ROLE_NOUNS, VESSEL_NOUNS, isDemonym } from './word-tables';

export type Description = 'person' | 'place' | 'vessel';

/** Words between the determiner and the head noun: "a tall , thin , pale man" has four. */
const MAX_MODIFIERS = 5;
/** Words that end the noun phrase before its head could be read: "the son of …", "a man who …" stay fine. */
const PHRASE_ENDS = new Set([
  'of',
  'who',
  'whom',
  'which',
  'that',
  'with',
  'in',
  'at',
  'to',
  'from',
  'for',
  'by',
]);
const POSSESSIVE = /^['’]s$/;

/** What the head noun of a described name says it is; a possessive noun ("the captain 's son") is not the head. */
function headKind(tokens: readonly Token[], k: number): Description | undefined {
  const w = tokens[k]!.lower;
  if (POSSESSIVE.test(tokens[k + 1]?.text ?? '')) return undefined;
  // "Varus the Spaniard", "Tom , an Englishman": a people's name as the head says one of them.
  if (ROLE_NOUNS.has(w) || FEMALE_NOUNS.has(w) || MALE_NOUNS.has(w) || isDemonym(w)) return 'person';
  if (VESSEL_NOUNS.has(w) || VEHICLE_NOUNS.has(w)) return 'vessel';
  if (PLACE_NOUN_SET.has(w)) return 'place';
  return undefined;
}

/**
 * The kind a description right after the mention gives it: an appositive ("Tom , a boy of fourteen") or a copula
 * ("Ashwood was a thin , pale man", "Hebden is a mill town"). Only the head noun of a short noun phrase counts,
 * so "Tom , the captain 's son" is a person and "Tom was the master of Hebden" says nothing.
 */
export function describedAs(tokens: readonly Token[], m: NameMention): Description | undefined {
  const link = tokens[m.last];
  if (!link) return undefined;
  // "Fenner the baker": an epithet right after the name, without a comma.
  if (link.lower === 'the') return headKind(tokens, m.last + 1) === 'person' ? 'person' : undefined;
  if (link.text !== ',' && !DESCRIBING_VERBS.has(link.lower)) return undefined;
  if (!DESCRIBING_DETERMINERS.has(tokens[m.last + 1]?.lower ?? '')) return undefined;
  return nounPhraseHead(tokens, m.last + 2);
}

/** Words that join a name to a noun phrase in one list: "Tarrant and the doctor", "his wife or Tom". */
const JOINERS = new Set(['and', 'or', 'nor']);

/**
 * True when the name stands in a pair with a person noun phrase: "Tarrant and the doctor", "the vicar and
 * Tarrant", "Tom and his wife". Names in one list are of one kind, so the noun says person.
 */
export function pairedWithPerson(tokens: readonly Token[], m: NameMention): boolean {
  const after = tokens[m.last];
  if (
    after &&
    JOINERS.has(after.lower) &&
    DESCRIBING_DETERMINERS.has(tokens[m.last + 1]?.lower ?? '') &&
    nounPhraseHead(tokens, m.last + 2, 1) === 'person'
  )
    return true;
  const before = tokens[m.first - 1];
  if (!before || !JOINERS.has(before.lower)) return false;
  const noun = tokens[m.first - 2];
  return (
    !!noun?.word &&
    headKind(tokens, m.first - 2) === 'person' &&
    DESCRIBING_DETERMINERS.has(tokens[m.first - 3]?.lower ?? '')
  );
}

/** The kind of the head noun of a phrase starting at `from` (after its determiner), within `reach` modifiers. */
function nounPhraseHead(
  tokens: readonly Token[],
  from: number,
  reach = MAX_MODIFIERS,
): Description | undefined {
  for (let k = from, n = 0; k < tokens.length && n <= reach; k++, n++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === ',' || POSSESSIVE.test(t.text)) continue;
      return undefined;
    }
    if (PHRASE_ENDS.has(t.lower) || t.cap) return undefined;
    const kind = headKind(tokens, k);
    if (kind) return kind;
  }
  return undefined;
}

/** Pronouns that only stand for people: "called himself X" names a person, "called it X" need not. */
const PERSONAL_OBJECTS = new Set(['him', 'her', 'himself', 'herself', 'me', 'myself']);

/**
 * What a naming says the name is: "call me X", "he called himself X", "I knew him as X", "her name was X" name a
 * person; "a village called X" or "a brig named X" take the kind of the noun before the verb. A bare "called X"
 * says nothing here.
 */
export function namedAs(tokens: readonly Token[], first: number): Description | undefined {
  if (nameWasBefore(tokens, first) >= 0) return 'person';
  const verb = namingVerbBefore(tokens, first);
  if (verb < 0) return undefined;
  for (let k = verb + 1; k < first; k++) if (PERSONAL_OBJECTS.has(tokens[k]!.lower)) return 'person';
  return tokens[verb - 1]?.word ? headKind(tokens, verb - 1) : undefined;
}

/** Words that may stand between a kin noun, its comma and the name: "her father , old Tolley". */
const EPITHETS = new Set(['old', 'young', 'little', 'poor', 'dear']);
/** Possessives that make a kin noun a relation of someone else: "her father", "their mother". */
/** Possessive determiners: "her father", "their three sons". */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);

/** Gender of a kin or person noun ("father" male, "wife" female), if it has one. */
function nounGender(lower: string): 'female' | 'male' | undefined {
  if (POSSESSIVE.test(lower)) return undefined;
  return FEMALE_NOUNS.has(lower) ? 'female' : MALE_NOUNS.has(lower) ? 'male' : undefined;
}

/**
 * The gender an apposition gives the mention: "her father , old Tolley" or "Mr. Linton , their father" is male,
 * whatever the first name of another family member sharing the surname says. Undefined without such a phrase.
 */
export function appositiveGender(tokens: readonly Token[], m: NameMention): 'female' | 'male' | undefined {
  const next = tokens[m.last];
  if (next?.text === ',' && POSSESSIVES.has(tokens[m.last + 1]?.lower ?? '')) {
    const g = nounGender(tokens[m.last + 2]?.lower ?? '');
    if (g && !POSSESSIVE.test(tokens[m.last + 3]?.text ?? '')) return g;
  }
  let k = m.first - 1;
  if (EPITHETS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.text !== ',') return undefined;
  const g = nounGender(tokens[k - 1]?.lower ?? '');
  return g && POSSESSIVES.has(tokens[k - 2]?.lower ?? '') ? g : undefined;
}
