// Names dialogue shows to be one person: the name a speech addresses ("Miss Hale , …") and the speaker who answers.
import type { NameMention } from './name-mentions';
import { ATTRIBUTION_REACH } from './dialogue-cues';
import type { SpeechRun } from './speech-turns';
import { HONORIFICS, SURNAME_STYLE, nameTag } from './word-tables';

/** A speaker's turn: quotations interrupted only by their attribution (`" … , " said Anne , " … "`). */
interface Turn {
  from: number;
  to: number;
  para: number;
  speaker?: NameMention;
}

/** Narration tokens that may stand between a speech and its answer: more, and the answer may be to someone else. */
const REPLY_GAP = 40;

/**
 * Pairs of mentions that name one person: a name a speech addresses and the attributed speaker of the next turn,
 * who answers to it. Narration calls a heroine "Margaret" while others address her as "Miss Hale"; the novel
 * seldom says so outright, but the turns of its dialogue do.
 */
export function vocativeReplies(
  runs: readonly SpeechRun[],
  addressed: ReadonlySet<NameMention>,
): [NameMention, NameMention][] {
  const turns = turnsOf(runs);
  const vocatives = [...addressed].sort((a, b) => a.first - b.first);
  const links: [NameMention, NameMention][] = [];
  let v = 0;
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t]!;
    while (v < vocatives.length && vocatives[v]!.first < turn.from) v++;
    const answer = turns[t + 1];
    for (let k = v; k < vocatives.length && vocatives[k]!.first < turn.to; k++) {
      const name = vocatives[k]!;
      const replier = answer?.speaker;
      // An answer to a speech whose speaker is unknown may be that speaker going on.
      if (!replier || !turn.speaker || answer.from - turn.to > REPLY_GAP) continue;
      // Nobody addresses themself, and a speaker answered by themself is one turn misread as two.
      if (replier.key === name.key || replier.key === turn.speaker.key) continue;
      if (formalAndFamiliar(name, replier) || formalAndFamiliar(replier, name)) links.push([name, replier]);
    }
  }
  return links;
}

/**
 * A surname with a title ("Miss Hale", "Mrs. Palmer") and a bare first name ("Margaret", "Charlotte"): how others
 * address someone the narrator calls by first name. Two bare names, or two titled ones, are more often two people.
 */
function formalAndFamiliar(formal: NameMention, familiar: NameMention): boolean {
  const title = formal.honorific?.toLowerCase();
  if (!title || !SURNAME_STYLE.has(title) || formal.words.length !== 1) return false;
  if (familiar.honorific || familiar.words.length !== 1) return false;
  // "Mr. Ladislaw" answered by Dorothea was said to someone else: the title and the first name agree in sex.
  const sex = HONORIFICS.get(title);
  // "Miss Kitty" answered by Jane: a title before a first name of its sex addresses someone by that first name.
  const firstNameAddressed = nameTag(formal.words[0]!.toLowerCase()) === sex;
  return (
    (sex === 'female' || sex === 'male') &&
    nameTag(familiar.words[0]!.toLowerCase()) === sex &&
    !firstNameAddressed
  );
}

/** Groups runs into turns: a run with no speaker, or the same one, right after an attribution continues the turn. */
function turnsOf(runs: readonly SpeechRun[]): Turn[] {
  const turns: Turn[] = [];
  for (const run of runs) {
    const prev = turns[turns.length - 1];
    // A paragraph is one speaker's. Pre-tokenised text is one paragraph, so there a speech with no attribution
    // goes on the turn before it, and the answer to a vocative is the next speech someone else is named for.
    const near =
      prev !== undefined && (run.from - prev.to <= ATTRIBUTION_REACH + 3 || run.para === prev.para);
    const continues = near && (!run.speaker || !prev.speaker || run.speaker.key === prev.speaker.key);
    if (continues) {
      prev.to = run.to;
      prev.speaker ??= run.speaker;
    } else turns.push({ ...run });
  }
  return turns;
}
