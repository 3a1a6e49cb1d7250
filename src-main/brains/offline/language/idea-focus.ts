// Whom an idea says its story follows: "we follow his night clerk, Oskar", "through Ada's eyes", "Teo's story".
import { escapeRegex } from '../understand/text-utils';
import { FOCUS_STOP_WORDS, LEAD_NOUNS, NARRATOR_CUES, PROTAGONIST_CUES } from './brief-words';
import type { IdeaPerson } from './idea-person';
import { PRONOUNS, lastOfGender } from './idea-person-pronouns';

const cueGroup = (cues: readonly string[]) => cues.map(escapeRegex).join('|');
// A cue may end on a colon ("Hero: Sunniva").
const FOLLOW_CUE = new RegExp(`\\b(?:${cueGroup(PROTAGONIST_CUES)})(?![\\p{L}])`, 'giu');
const NARRATOR_CUE = new RegExp(
  `\\b(?:${cueGroup(NARRATOR_CUES)})\\s+(?:(?:young|old|little|the)\\s+)?(\\p{Lu}[\\p{L}'’-]*)`,
  'u',
);
const NAME = `(\\p{Lu}[\\p{L}'’-]*)`;
/** Sayings that name the lead before the words that make them the lead. */
const LEAD_BEFORE_CUE: readonly RegExp[] = [
  new RegExp(
    `${NAME}['’]s\\s+(?:own\\s+)?(?:story|eyes|film|movie|side|ad|spot|commercial|point\\s+of\\s+view|perspective|POV)\\b`,
    'u',
  ),
  // "The cook, Lupita, is our hero."
  new RegExp(`${NAME}(?:,?\\s+is|['’]s)\\s+(?:our|the)\\s+(?:${cueGroup(LEAD_NOUNS)}|heart)\\b`, 'u'),
  new RegExp(`\\b[Mm]ake\\s+${NAME}\\s+(?:our|the)\\s+(?:${cueGroup(LEAD_NOUNS)})\\b`, 'u'),
  // "the person the film follows is his sister Ola", "the one we follow, though, is Anke".
  new RegExp(
    `\\b(?:person|one)\\s+(?:the\\s+(?:film|story|movie)|we)\\s+(?:\\p{Ll}+ly\\s+)?follows?,?(?:\\s+though,?)?\\s+is\\s+(?:\\p{Ll}+\\s+){0,3}${NAME}`,
    'u',
  ),
  new RegExp(`\\b[Ii]t\\s+is\\s+${NAME}\\s+(?:we|the\\s+(?:film|story|movie))\\s+follows?\\b`, 'u'),
  // "Her niece Wrenna, nine, narrates": the narrator is the one followed.
  new RegExp(`${NAME}(?:,[^,.;!?]{1,30},)?\\s+narrates\\b`, 'u'),
  new RegExp(`${NAME}\\s+is\\s+the\\s+one\\b[^.;!?]{0,60}?\\bwe\\s+follow\\b`, 'u'),
  // "it is her nephew, Ravi, who finds the letters": the one the sentence singles out to act (a past "it was … who"
  // tells who did something before the story).
  new RegExp(`\\b[Ii]t(?:\\s+is|['’]s)\\s+(?:(?:\\p{Ll}+\\s+){0,3}\\p{Ll}+,\\s+)?${NAME},?\\s+who\\b`, 'u'),
];
/** The most words a phrase naming the followed person runs before the name ("her twin sister's son, Ravi"). */
const MAX_PHRASE_WORDS = 6;

/** The person the idea says it follows, if it says so. */
export function statedLead(text: string, people: readonly IdeaPerson[]): IdeaPerson | undefined {
  const narrator = NARRATOR_CUE.exec(text)?.[1];
  return (
    followedAfterCue(text, people) ??
    (narrator ? byName(people, narrator) : undefined) ??
    namedBeforeCue(text, people) ??
    storyOfPronoun(text, people)
  );
}

const byName = (people: readonly IdeaPerson[], word: string): IdeaPerson | undefined =>
  /^\p{Lu}/u.test(word) ? people.find((p) => p.name.split(' ').includes(word)) : undefined;

/**
 * "the story follows Piet's son Daan", "we follow his night clerk, Oskar", "We follow the tailor.", "the film
 * is all about her": the first person named in the phrase after a cue, else the pronoun or job it ends on.
 */
function followedAfterCue(text: string, people: readonly IdeaPerson[]): IdeaPerson | undefined {
  for (const cue of text.matchAll(FOLLOW_CUE)) {
    const from = cue.index + cue[0].length;
    // "the tale of the boy who feeds them: Matti": a phrase that ends on a colon names the one after it.
    const colon = /^[^.;!?:\n]{1,80}:\s*(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(from));
    const named = (p: IdeaPerson) =>
      colon && p.mention.start >= from && p.mention.start < from + colon[0].length;
    const introduced = colon ? byName(people, colon[1]!) : undefined;
    if (introduced && !people.some((p) => p !== introduced && named(p))) return introduced;
    const window = text.slice(from, from + 120).split(/[.;!?—–]/)[0]!;
    const words = [...window.matchAll(/[\p{L}'’-]+/gu)];
    let last: string | undefined;
    for (const [k, w] of words.slice(0, MAX_PHRASE_WORDS + 1).entries()) {
      const at = from + w.index;
      const named = people.find((p) => p.mention.start === at) ?? byName(people, w[0]);
      // "follows Piet's son Daan": the owner's name opens the phrase naming the one followed.
      const owner = /['’]s$/.test(w[0]);
      if (named && !owner) return named;
      const lower = w[0].toLowerCase();
      if (FOCUS_STOP_WORDS.has(lower)) break;
      const gender = PRONOUNS[lower];
      if (gender && endsPhrase(lower, words[k + 1]?.[0], window.slice(w.index + lower.length)))
        return byPronoun(people, gender, at);
      last = lower;
    }
    // "We follow the tailor.": the job the phrase ends on describes the person followed.
    const head = last;
    const described = head
      ? people.find((p) => p.phrases.some((ph) => ph.toLowerCase().split(' ').includes(head)))
      : undefined;
    if (described) return described;
  }
  return undefined;
}

/**
 * Whether a pronoun after a cue is the one followed ("about her, honestly", "follows him as he"), not a possessive
 * opening the phrase ("her delivery boy"): "his" always owns; "her" is the person when a stop word, a comma or the
 * end follows.
 */
function endsPhrase(pronoun: string, next: string | undefined, rest: string): boolean {
  if (pronoun === 'his') return false;
  return !next || FOCUS_STOP_WORDS.has(next.toLowerCase()) || /^\s*,/.test(rest);
}

/** "Ada's story", "it's Ada's film", "Samir is our hero", "It is Nils we follow": the person named before the words naming the lead. */
function namedBeforeCue(text: string, people: readonly IdeaPerson[]): IdeaPerson | undefined {
  for (const re of LEAD_BEFORE_CUE) {
    const word = re.exec(text)?.[1];
    const person = word ? byName(people, word) : undefined;
    if (person) return person;
  }
  return undefined;
}

/** "he's the one we follow", "she is our lead": a pronoun said to lead. */
const LEAD_PRONOUN = new RegExp(
  `\\b(he|she)(?:['’]s|\\s+is)\\s+(?:the\\s+one\\s+we\\s+follow|(?:our|the)\\s+(?:${cueGroup(LEAD_NOUNS)}))\\b`,
  'iu',
);

/** "The story is his.", "the whole film is hers": the story said to be a pronoun's. */
const STORY_IS_PRONOUN =
  /\b(?:the|this)\s+(?:whole\s+|entire\s+)?(?:story|film|movie)\s+(?:is|belongs\s+to)\s+(his|hers|him|her)\b/iu;

/**
 * "his story.", "It's her film", "The story is his.", "through her eyes", "he's the one we follow", "she's the lead": the
 * person of that gender named last before the words.
 */
function storyOfPronoun(text: string, people: readonly IdeaPerson[]): IdeaPerson | undefined {
  const m =
    /\b(his|her)\s+(?:own\s+)?(?:story|film|movie)\b/iu.exec(text) ??
    /\bthrough\s+(his|her)\s+eyes\b/iu.exec(text) ??
    STORY_IS_PRONOUN.exec(text) ??
    LEAD_PRONOUN.exec(text);
  return m ? byPronoun(people, PRONOUNS[m[1]!.toLowerCase()]!, m.index) : undefined;
}

/** The person a pronoun at `at` points back to: the last of its gender named before, else the last of unknown one. */
function byPronoun(
  people: readonly IdeaPerson[],
  gender: 'female' | 'male',
  at: number,
): IdeaPerson | undefined {
  return lastOfGender(
    people.filter((p) => p.mention.start < at),
    gender,
  );
}
