// Turns of dialogue: the quotations of a text, each with the speaker an attribution names ("… ," said Anne).
import type { NameMention } from './name-mentions';
import type { Token } from './tokenize';
import { ATTRIBUTION_REACH } from './dialogue-cues';

/** One quotation: tokens [from, to) inside quote marks, and the mention an attribution beside it names. */
export interface SpeechRun {
  from: number;
  to: number;
  /** Paragraph of the quotation's first token (pre-tokenised texts have one paragraph). */
  para: number;
  speaker?: NameMention;
}

/** The quotations in text order with their attributed speakers; `inside` is `quotedTokens`. */
export function speechRuns(
  tokens: readonly Token[],
  inside: Uint8Array,
  speakers: ReadonlySet<NameMention>,
): SpeechRun[] {
  const at = new Map<number, NameMention>();
  for (const m of speakers) at.set(m.first, m);
  const runs: SpeechRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!inside[i] || inside[i - 1]) continue;
    let end = i;
    while (end < tokens.length && inside[end]) end++;
    // The attribution sits just after the quotation (`" … " said Anne`) or just before it (`Anne said , " … "`).
    let who: NameMention | undefined;
    for (let k = end; k <= end + ATTRIBUTION_REACH + 1 && !who; k++) who = at.get(k);
    const lead = tokens[i - 2]?.text;
    if (lead === ',' || lead === ':')
      for (let k = i - 3; k >= i - ATTRIBUTION_REACH - 3 && k >= 0 && !who; k--) who = at.get(k);
    const para = tokens[i]!.para;
    runs.push(who ? { from: i, to: end, para, speaker: who } : { from: i, to: end, para });
    i = end;
  }
  return runs;
}
