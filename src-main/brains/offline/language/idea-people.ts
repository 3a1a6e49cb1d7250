// People of an idea brief: the words around each name (epithet, occupation, age, gender) and who leads the story.
import type { BriefPerson } from '../../../../src-preload/contract/idea-brief';
import {
  AGE_WORDS,
  FEMALE_NOUNS,
  MACHINE_NOUNS,
  MALE_NOUNS,
  PERSON_TITLES,
  RELATION_NOUNS,
  singular,
} from './brief-words';
import type { IdeaName } from './idea-names';
import type { NameMention } from './name-mentions';
import { clusterPersons } from './person-clusters';
import type { Token } from './tokenize';
import { HONORIFICS, lexTags, nameTag } from './word-tables';

/** A person of the idea while the brief is being built: the public fields plus where the cues were found. */
export interface IdeaPerson extends BriefPerson {
  mention: IdeaName;
  /** Noun phrases describing the person, as written ("her estranged daughter", "a detective"). */
  phrases: string[];
  /** A possessive phrase ("her …", "Rosa's …") holding a relation noun: the bond and its owner's pronoun. */
  possessed?: { noun: string; owner: string; stated?: 'after' };
  machine: boolean;
  /** Character offset where the words describing this person begin (their phrase before the name). */
  from: number;
  /** Index of the person this one is coordinated with ("Abby and Beth"). */
  groupWith?: number;
}

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'whose',
  'one',
  'two',
  'three',
]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'whose']);
const STOP = new Set([
  'and',
  'or',
  'but',
  'with',
  'by',
  'for',
  'to',
  'from',
  'in',
  'on',
  'at',
  'of',
  'into',
  'about',
  'as',
  'than',
  'when',
  'while',
  'who',
  'that',
  'which',
  'where',
  'before',
  'after',
  'until',
  'is',
  'are',
  'was',
  'were',
  'be',
  'named',
  'called',
  'near',
  'across',
  'through',
  'aboard',
  'must',
  'will',
  'can',
  'has',
  'have',
]);
const GENERIC = new Set([
  'woman',
  'man',
  'girl',
  'boy',
  'kid',
  'child',
  'person',
  'lady',
  'gentleman',
  'baby',
  'teenager',
  'teen',
  'orphan',
  'stranger',
]);
const PRONOUNS: Record<string, 'female' | 'male'> = {
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
  he: 'male',
  his: 'male',
  him: 'male',
  himself: 'male',
};

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'ourselves']);

/**
 * Noun phrase of lower-case words ending right before token `end` (exclusive), stopping after a determiner. Words
 * after a subject pronoun ("You play Farida") or around a reflexive ("which calls itself Juniper") are a verb
 * phrase, not a description, and give no phrase.
 */
function phraseBefore(tokens: readonly Token[], end: number): { words: Token[]; start: number } {
  const found = rawPhraseBefore(tokens, end);
  const before = tokens[found.start - 1]?.lower ?? '';
  if (found.words.some((w) => REFLEXIVES.has(w.lower)) || SUBJECT_PRONOUNS.has(before))
    return { words: [], start: end };
  return found;
}

function rawPhraseBefore(tokens: readonly Token[], end: number): { words: Token[]; start: number } {
  const words: Token[] = [];
  let k = end - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (/^['’]s$/.test(t.text) && tokens[k - 1]?.cap) {
      words.unshift(t, tokens[k - 1]!);
      k -= 2;
      break;
    }
    if (!t.word || (t.cap && !DETERMINERS.has(t.lower)) || STOP.has(t.lower)) break;
    words.unshift(t);
    k--;
    if (DETERMINERS.has(t.lower)) break;
  }
  return { words, start: k + 1 };
}

/** Appositive after a name: ", a former ferry pilot in Bergen," → "a former ferry pilot". */
function phraseAfter(tokens: readonly Token[], last: number): Token[] {
  if (tokens[last]?.text !== ',' || !DETERMINERS.has(tokens[last + 1]?.lower ?? '')) return [];
  const out: Token[] = [];
  for (let k = last + 1; k < tokens.length && out.length < 6; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || (out.length > 0 && (STOP.has(t.lower) || t.lower.endsWith('ed')))) break;
    out.push(t);
  }
  return out;
}

const text = (ws: readonly Token[]): string =>
  ws
    .map((w) => w.text)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1');

/** Whether a noun names a person: a bond, a lexicon actor, or a word shaped like a job ("roller", "cellist"). */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    RELATION_NOUNS.has(w) ||
    GENERIC.has(w) ||
    lexTags(w).includes('Actor') ||
    /(?:er|or|ist|ian|ant|ent|man|woman|men|women|wife|girl|boy|kid|smith|wright|keeper|monk|nun|chef|cook|thief|spy|priest|queen|king)s?$/.test(
      w,
    )
  );
}

function occupationOf(words: readonly string[]): string | undefined {
  const content = words.filter((w) => !DETERMINERS.has(w) && !/['’]s$/.test(w) && !/^[A-Z]/.test(w));
  while (content.length > 1) {
    const w = content[0]!;
    const tags = lexTags(w);
    const adjective = tags.includes('Adjective') || tags.includes('Comparable') || tags.includes('PastTense');
    if (
      !AGE_WORDS.has(w) &&
      !adjective &&
      !/ed$/.test(w) &&
      !['former', 'old', 'late', 'own', 'lost', 'missing'].includes(w)
    )
      break;
    content.shift();
  }
  const head = content[content.length - 1];
  // Kinship and love words are bonds, not jobs; "teacher" or "boss" is both.
  const bond = (w: string) =>
    ['family', 'romantic', 'friendship', 'rivalry'].includes(RELATION_NOUNS.get(w) ?? '');
  if (!head || bond(head) || GENERIC.has(head) || GENERIC.has(singular(head))) return undefined;
  // "teenage Lucía": an adjective alone describes the person but is no job.
  const headTags = lexTags(head);
  if (
    AGE_WORDS.has(head) ||
    (headTags.includes('Adjective') && !headTags.some((t) => t === 'Actor' || t === 'Singular'))
  )
    return undefined;
  if (content.some(bond)) return undefined;
  return content.map((w, i) => (i === content.length - 1 ? singular(w) : w)).join(' ');
}

function genderOf(words: readonly string[], honorific: string | undefined): BriefPerson['gender'] {
  for (const w of [...words].reverse()) {
    if (FEMALE_NOUNS.has(w)) return 'female';
    if (MALE_NOUNS.has(w)) return 'male';
  }
  const h = honorific?.toLowerCase().replace(/\.$/, '');
  if (h && HONORIFICS.get(h) === 'female') return 'female';
  if (h && HONORIFICS.get(h) === 'male') return 'male';
  return undefined;
}

function lexiconGender(name: string): BriefPerson['gender'] {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  const tag = nameTag(first);
  if (tag === 'female' || tag === 'male') return tag;
  return undefined;
}

function ageOf(words: readonly string[], after: string): number | undefined {
  const years = /\b(\d{1,3})-year-old\b/.exec(after);
  if (years) return Number(years[1]);
  // "his old flame", "an old friend": age words before a bond speak of the bond's age, not the person's.
  for (const [i, w] of words.entries())
    if (AGE_WORDS.has(w) && !RELATION_NOUNS.has(words[i + 1] ?? '')) return AGE_WORDS.get(w);
  return undefined;
}

/**
 * Builds the people of the idea from its person names: one entry per person, the mentions merged by the shared
 * person clustering (first/last-name subsets, honorifics, nicknames, gender), as prose analysis merges them. Each
 * person is described where the idea first names them, under the most complete form of their name.
 */
export function ideaPeople(idea: string, tokens: readonly Token[], names: readonly IdeaName[]): IdeaPerson[] {
  const people: IdeaPerson[] = [];
  for (const group of personGroups(names)) {
    const first = group.mentions[0]!;
    people.push(describe(idea, tokens, { ...first, name: group.name }, people));
  }
  pronounGenders(tokens, people);
  return people;
}

/** The idea's person names clustered into people, in order of first mention. */
function personGroups(names: readonly IdeaName[]): { name: string; mentions: IdeaName[] }[] {
  const byMention = new Map<NameMention, IdeaName>();
  for (const n of names) if (n.kind === 'person') byMention.set(asMention(n), n);
  return clusterPersons([...byMention.keys()])
    .map((c) => {
      const mentions = c.mentions.map((m) => byMention.get(m)!).sort((a, b) => a.start - b.start);
      return { name: mostComplete(mentions), mentions };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** An idea name as a mention for the clustering (the name finder's own mention, honorific kept apart). */
function asMention(n: IdeaName): NameMention {
  const words = n.name.split(' ');
  return {
    ...(n.honorific ? { honorific: n.honorific } : {}),
    words,
    key: n.name.toLowerCase(),
    surface: n.honorific ? `${n.honorific} ${n.name}` : n.name,
    start: n.start,
    end: n.end,
    first: n.first,
    last: n.last,
    initial: false,
    placePrefix: false,
  };
}

/** The name with the most words ("Jonny Vale" over "Jonny" or "Vale"); the first written on a tie. */
function mostComplete(mentions: readonly IdeaName[]): string {
  let best = mentions[0]!.name;
  for (const m of mentions) if (m.name.split(' ').length > best.split(' ').length) best = m.name;
  return best;
}

function describe(
  idea: string,
  tokens: readonly Token[],
  n: IdeaName,
  earlier: readonly IdeaPerson[],
): IdeaPerson {
  // "a mute boy named Samuel": the phrase before "named" describes the person.
  const namer = ['named', 'called'].includes(tokens[n.first - 1]?.lower ?? '') ? n.first - 1 : n.first;
  const before = phraseBefore(tokens, namer);
  let phrases = before.words.length ? [text(before.words)] : [];
  // "a cigar roller, Ernesto" / "her rival, the treasure hunter Bram Voss": a phrase before a comma describes too.
  const commaAt = before.words.length ? before.start - 1 : namer - 1;
  let phraseStart = before.words.length ? before.start : namer;
  if (tokens[commaAt]?.text === ',') {
    const outer = phraseBefore(tokens, commaAt);
    // "The O'Brien sisters, Maeve and …": a plural bond word binds the names that follow even without "the".
    const head = outer.words[outer.words.length - 1]?.lower ?? '';
    const pluralBond = /s$/.test(head) && RELATION_NOUNS.has(head);
    // Only a phrase about a person is an appositive: "Because … wants her out, the singer Greta" is a clause.
    const opens = outer.words.length && (DETERMINERS.has(outer.words[0]!.lower) || pluralBond);
    if (opens && isPersonNoun(head)) {
      phrases.unshift(text(outer.words));
      phraseStart = outer.start;
    }
  }
  const after = phraseAfter(tokens, n.last);
  if (after.length) phrases.push(text(after));
  phrases = phrases.filter(Boolean);
  const words = phrases.join(' ').toLowerCase().split(/\s+/).filter(Boolean);
  const titleWord = n.name.split(' ')[0]!.toLowerCase();
  const titled = n.name.includes(' ') && PERSON_TITLES.has(titleWord);
  const cueWords = titled ? [...words, titleWord] : words;
  const occupation = phrases.map((p) => occupationOf(p.split(/\s+/))).find(Boolean);
  const gender = genderOf(cueWords, n.honorific);
  const age = ageOf(cueWords, idea.slice(n.end, n.end + 40));
  const possessed = possessionOf(phrases) ?? copulaBond(idea.slice(n.end, n.end + 60));
  const prevPerson = earlier[earlier.length - 1];
  const gap = prevPerson ? idea.slice(prevPerson.mention.end, tokens[phraseStart]!.start) : '';
  const coordinated = prevPerson && /^(?:\s*,[^,.;:]{0,60},)?\s*,?\s*and\s*(?:,\s*)?$/.test(gap);
  const epithet = phrases[0];
  const machine = cueWords.some((w) => MACHINE_NOUNS.has(w));
  return {
    name: n.name,
    ...(occupation ? { occupation } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(gender ? { gender } : machine ? {} : {}),
    ...(epithet ? { epithet } : {}),
    mention: n,
    phrases,
    ...(possessed ? { possessed } : {}),
    machine,
    from: tokens[phraseStart]!.start,
    ...(coordinated ? { groupWith: earlier.length - 1 } : {}),
  };
}

// "Omar, is the brother she gave up": a bond stated after the name, pointing back at the person before.
function copulaBond(after: string): IdeaPerson['possessed'] {
  const m =
    /^\s*,?\s*(?:is|was|turns out to be|is really|becomes)\s+(the|her|his|their)\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/iu.exec(
      after,
    );
  if (!m) return undefined;
  const noun = [m[3], m[2]].find((w) => w && RELATION_NOUNS.has(w.toLowerCase()));
  // "becomes the muse of Jonny": the bond points forward, and the words between the names already state it.
  if (!noun || /^\s+of\b/i.test(after.slice(m.index + m[0].length))) return undefined;
  return { noun: noun.toLowerCase(), owner: m[1]!.toLowerCase(), stated: 'after' };
}

function possessionOf(phrases: readonly string[]): IdeaPerson['possessed'] {
  for (const p of phrases) {
    const words = p.split(/\s+/);
    const owner = words.find((w) => POSSESSIVES.has(w.toLowerCase()) || /['’]s$/.test(w));
    const noun = words.find((w) => RELATION_NOUNS.has(w.toLowerCase()));
    if (owner && noun) return { noun: noun.toLowerCase(), owner: owner.replace(/['’]s$/, '') };
  }
  return undefined;
}

// A pronoun after a person's name and before the next person's refers to them ("Lars forgets his own wedding day").
function pronounGenders(tokens: readonly Token[], people: IdeaPerson[]): void {
  const order = [...people].sort((a, b) => a.mention.first - b.mention.first);
  // "When her father, Tomás, … teenage Lucía": a possessive before anyone is named points forward to the next
  // person, whose gender it states before any later pronoun can mislead.
  const lead = order[0];
  const forward = lead?.possessed ? PRONOUNS[lead.possessed.owner.toLowerCase()] : undefined;
  const target = order.slice(1).find((q) => !q.machine && !lexiconGender(q.name));
  if (forward && target && !target.gender) target.gender = forward;
  order.forEach((p, i) => {
    if (p.gender || p.machine) return;
    const known = lexiconGender(p.name);
    if (known) {
      p.gender = known;
      return;
    }
    const stop = order[i + 1]?.mention.first ?? tokens.length;
    for (let k = p.mention.last; k < stop; k++) {
      const g = PRONOUNS[tokens[k]!.lower];
      // "… hunting her brother Sam": a possessive before a bond word points at someone else's family.
      const bond = [1, 2].some((d) => RELATION_NOUNS.has(tokens[k + d]?.lower ?? ''));
      if (g && !bond) {
        p.gender = g;
        return;
      }
    }
    if (/a$/i.test(p.name.split(' ')[0]!)) p.gender = 'female';
  });
  // "her estranged daughter Inês": the owner pronoun is the gender of the person the phrase points back to.
  for (const p of people) {
    const owner = p.possessed?.owner.toLowerCase();
    const g = owner ? PRONOUNS[owner] : undefined;
    const target = p.possessed ? ownerOf(people, p) : undefined;
    if (g && target && !target.gender) target.gender = g;
  }
}

/** The named person a possessive phrase points to: "her/his" the nearest earlier person, else the next one. */
export function ownerOf(people: readonly IdeaPerson[], p: IdeaPerson): IdeaPerson | undefined {
  if (!p.possessed) return undefined;
  const owner = p.possessed.owner;
  const byName = people.find((q) => q !== p && (q.name === owner || q.name.split(' ')[0] === owner));
  if (byName) return byName;
  const pronounGender = PRONOUNS[owner.toLowerCase()];
  // People whose gender is known to match come before people whose gender is unknown.
  const sure = (q: IdeaPerson) => q !== p && (!pronounGender || q.gender === pronounGender);
  const maybe = (q: IdeaPerson) => q !== p && (!pronounGender || !q.gender || q.gender === pronounGender);
  for (const fits of [sure, maybe]) {
    const earlier = people.filter((q) => q.mention.first < p.mention.first && fits(q));
    const found =
      earlier[earlier.length - 1] ?? people.find((q) => q.mention.first > p.mention.first && fits(q));
    if (found) return found;
  }
  return undefined;
}
