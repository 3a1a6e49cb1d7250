// Who speaks and who is spoken to: quotations, their attributed speakers (said-verbs, alternation) and vocatives.
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { ATTRIBUTION_REACH, isSpeaker, isVocative, quotedTokens } from './dialogue-cues';

/** What the dialogue says of each person mention. */
export interface DialogueRoles {
  /** Mentions naming the speaker of a quotation ("said Anne", "Anne replied"). */
  speakers: Set<NameMention>;
  /** Mentions addressing someone inside a quotation ("Come here , Anne !"). */
  addressed: Set<NameMention>;
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
  return { speakers, addressed, lines: countLines(tokens, inside, speakers) };
}

/** Quotations per speaker key: attributed ones, then unattributed ones by alternation of the last two speakers. */
function countLines(
  tokens: readonly Token[],
  inside: Uint8Array,
  speakers: ReadonlySet<NameMention>,
): Map<string, number> {
  const at = new Map<number, string>();
  for (const m of speakers) at.set(m.first, m.key);
  const lines = new Map<string, number>();
  let last: string | undefined;
  let before: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!inside[i] || inside[i - 1]) continue;
    let end = i;
    while (end < tokens.length && inside[end]) end++;
    // The attribution sits just after the quotation (`" … " said Anne`) or just before it (`Anne said , " … "`).
    let who: string | undefined;
    for (let k = end; k <= end + ATTRIBUTION_REACH + 1 && !who; k++) who = at.get(k);
    const lead = tokens[i - 2]?.text;
    if (lead === ',' || lead === ':')
      for (let k = i - 3; k >= i - ATTRIBUTION_REACH - 3 && k >= 0 && !who; k--) who = at.get(k);
    who ??= before;
    if (!who) continue;
    lines.set(who, (lines.get(who) ?? 0) + 1);
    if (who !== last) [before, last] = [last, who];
  }
  return lines;
}
