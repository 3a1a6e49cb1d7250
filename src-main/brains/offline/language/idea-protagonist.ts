// Whose story an idea tells: the person it says it follows, else the subject of its first main clause.
import { DEATH_WORDS, RELATION_VERBS, SUBORDINATORS, VANISH_WORDS, hasPhrase } from './brief-words';
import { statedLead } from './idea-focus';
import { actsAfter } from './idea-name-context';
import { tellersKin } from './idea-groups';
import type { IdeaPerson } from './idea-person';
import { ownerOf } from './idea-person-pronouns';
import type { Token } from './tokenize';
import { isEnglishWord, readsAsPersonAfter } from './everyday-words';
import { lexTags, nameTag } from './word-tables';

/** The grammatical subject leads: the first person not described through another named person ("her father"). */
export function chooseProtagonist(
  text: string,
  tokens: readonly Token[],
  people: readonly IdeaPerson[],
): IdeaPerson | undefined {
  // "…; the film follows Tiago as the town floods", "through Ada's eyes": the idea says whose story it is.
  const followed = statedLead(text, people) ?? narratorsKin(people);
  if (followed) return followed;
  const main = mainClauseSubject(text, tokens, people) ?? targetFollowed(text, people);
  if (main) return main;
  // "Ilka's landlord, Bodo, wants her gone by spring": the one whose bonds the idea is told by, named
  // first, leads, though only as an owner (over the tuning sets 4 ideas to 1 read it so).
  // A bond stated after the name ("Omar is the brother she lost") leaves the person the subject of their clause.
  // The victim the story opens on ("Vera Lind is found strangled …, and Inspector Aho …") does not lead it.
  const free = people.find(
    (p) => (p.possessed?.stated === 'after' || !ownerOf(people, p)) && !isVictim(text, p),
  );
  // "X vanished …. Her best friend Y …": with the victim out, someone else's relative may lead.
  const lead = free ?? people.find((p) => !isVictim(text, p)) ?? people[0];
  return lead && !hasPersonCue(text, people, lead) ? firstWithCue(text, people, lead) : lead;
}

/**
 * Whether anything around a name says it is a person's: words describing them ("a courier", "her uncle"), an age,
 * a gender, a given name the lexicon knows, a verb after it, or another person listed with it.
 */
function hasPersonCue(text: string, people: readonly IdeaPerson[], p: IdeaPerson): boolean {
  const index = people.indexOf(p);
  const listed = p.groupWith !== undefined || people.some((q) => q.groupWith === index);
  const given = nameTag(p.name.split(' ')[0]!.toLowerCase());
  // "Isaura, seventeen, writes", "Bento, night porter at …", "Mira's search": words set after the name.
  const after = text.slice(p.mention.end);
  return Boolean(
    /^\s*,\s*\p{Ll}/u.test(after) ||
    /^['’]s?\s/u.test(after) ||
    p.mention.honorific ||
    p.phrases.length > 0 ||
    p.age !== undefined ||
    p.occupation ||
    p.gender ||
    p.possessed ||
    listed ||
    given === 'female' ||
    given === 'male' ||
    actsAfter(after),
  );
}

/**
 * "Brandle vs. Kortex, 1962. In Turin, mechanic Sandro …": a first name with no cue of a person around it (a brand,
 * an event) does not lead when a later one has one; the first such person does.
 */
function firstWithCue(text: string, people: readonly IdeaPerson[], lead: IdeaPerson): IdeaPerson {
  const after = people.slice(people.indexOf(lead) + 1);
  return (
    after.find((p) => !ownerOf(people, p) && !isVictim(text, p) && hasPersonCue(text, people, p)) ?? lead
  );
}

/**
 * "a film about the summer my mother Nuala sold the farm": someone the teller names as their own kin is whose story
 * it is, though a lodger or a neighbour is named first.
 */
function narratorsKin(people: readonly IdeaPerson[]): IdeaPerson | undefined {
  const kin = people.filter(tellersKin);
  return kin.length === 1 ? kin[0] : undefined;
}

/**
 * "When the old clockmaker Anselm Roth dies, his grandson Felix finds …", "Thirty years after Victor Sandoval
 * burned her farm, Luz Ortega walks …", "Jilted by the fiddler Conor Hale, seamstress Aoife Byrne …":
 * the first person named inside a clause that opens with a subordinator or a participle is not the subject of the
 * sentence; the person who opens the main clause after a comma, and whose verb follows the name, is.
 */
function mainClauseSubject(
  text: string,
  tokens: readonly Token[],
  people: readonly IdeaPerson[],
): IdeaPerson | undefined {
  const [first] = people;
  if (!first || !opensDependentClause(tokens, first)) return undefined;
  // "…, goes missing owing money to a smuggler called Duarte, diver Ines Alves sails …": the first person
  // after the comma that closes the clause, with their verb right after the name.
  return people.find((p) => {
    if (p.sentence !== first.sentence || p.mention.first <= first.mention.first || p.groupWith !== undefined)
      return false;
    const opener = tokens.findIndex((t) => t.start >= p.from);
    return tokens[opener - 1]?.text === ',' && readsAsPersonAfter(text.slice(p.mention.end));
  });
}

/** Whether the words of the person's clause before their phrase open with a subordinator or a participle. */
function opensDependentClause(tokens: readonly Token[], person: IdeaPerson): boolean {
  const phraseStart = tokens.findIndex((t) => t.start >= person.from);
  const sentence = tokens[phraseStart]?.sent;
  // Back to the sentence's start or the last comma before the phrase.
  let k = phraseStart - 1;
  while (k >= 0 && tokens[k]!.sent === sentence && tokens[k]!.text !== ',') k--;
  const before = tokens.slice(k + 1, phraseStart);
  if (before.some((t) => SUBORDINATORS.has(t.lower))) return true;
  // A past participle opening the clause, or its words after a label ("Drama: abandoned by …").
  const opening = before[before.findIndex((t) => t.text === ':') + 1];
  return Boolean(opening?.word && isParticiple(opening.lower));
}

/** "left", "betrayed", "forgotten": a past participle that can open a sentence. */
function isParticiple(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.includes('PastTense') || tags.includes('Participle') || lower === 'left') return true;
  return lower.length > 4 && lower.endsWith('ed') && isEnglishWord(lower);
}

/**
 * "Nico Brandt blackmails the judge Ellen Marsh. She has a week …": when the first person acts against the
 * next and the following sentence goes on with the pronoun that fits only the one acted against, the story is
 * theirs.
 */
function targetFollowed(text: string, people: readonly IdeaPerson[]): IdeaPerson | undefined {
  const [first, second] = people;
  if (!first || !second?.gender || first.gender === second.gender) return undefined;
  const between = text.slice(first.mention.end, second.from);
  if (/[.!?;]/.test(between) || !RELATION_VERBS.some(([v, k]) => k === 'enemy' && hasPhrase(between, v)))
    return undefined;
  const next = /^[^.!?]*[.!?]+\s+(\p{L}+)/u.exec(text.slice(second.mention.end))?.[1]?.toLowerCase();
  return next === (second.gender === 'female' ? 'she' : 'he') ? second : undefined;
}

/** "is found strangled", "was shot", and with no verb before it "vanished from a sleepover". */
const VICTIM = new RegExp(
  `^(?:\\s*,[^,.;]*,)?\\s+(?:(?:is|was|gets|got)\\s+(?:found\\s+)?(?:${DEATH_WORDS.join('|')})|${VANISH_WORDS.join('|')})\\b`,
  'i',
);

/** Whether the words after the person's name say they are found dead or killed ("is found strangled"). */
function isVictim(text: string, person: IdeaPerson): boolean {
  return VICTIM.test(text.slice(person.mention.end));
}
