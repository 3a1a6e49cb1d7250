// Who speaks and who is spoken to: quotations, their attributed speakers (said-verbs, alternation) and vocatives.
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { isSpeaker, isVocative, quotedTokens } from './dialogue-cues';
import { speechRuns, type SpeechRun } from './speech-turns';

/** What the dialogue says of each person mention. */
export interface DialogueRoles {
  /** Mentions naming the speaker of a quotation ("said Anne", "Anne replied"). */
  speakers: Set<NameMention>;
  /** Mentions addressing someone inside a quotation ("Come here , Anne !"). */
  addressed: Set<NameMention>;
  /** The quotations in text order, with the speakers attributions name. */
  runs: SpeechRun[];
  /** Quotations attributed to each mention key, alternation included. */
  lines: Map<string, number>;
}

/**
 * Speakers and addressees of the dialogue. A quotation takes the speaker named beside it; an unattributed one
 * goes to the other of the last two speakers (turns alternate), so characters who speak often but are rarely
 * named in attributions still count as speaking.
 */
export function dialogueRoles(tokens: readonly Token[], persons: readonly NameMention[]): DialogueRoles {
  const inside = quotedTokens(tokens);
  const speakers = new Set<NameMention>();
  const addressed = new Set<NameMention>();
  for (const m of persons) {
    if (isVocative(tokens, inside, m.first, m.last)) addressed.add(m);
    else if (isSpeaker(tokens, inside, m.first, m.last)) speakers.add(m);
  }
  const runs = speechRuns(tokens, inside, speakers);
  return { speakers, addressed, runs, lines: countLines(runs) };
}

/** Quotations per speaker key: attributed ones, then unattributed ones by alternation of the last two speakers. */
function countLines(runs: readonly SpeechRun[]): Map<string, number> {
  const lines = new Map<string, number>();
  let last: string | undefined;
  let before: string | undefined;
  for (const run of runs) {
    const who = run.speaker?.key ?? before;
    if (!who) continue;
    lines.set(who, (lines.get(who) ?? 0) + 1);
    if (who !== last) [before, last] = [last, who];
  }
  return lines;
}
