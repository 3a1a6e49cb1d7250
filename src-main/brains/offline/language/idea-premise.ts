// Premise parts of an idea: the situation, what the lead wants, what stands in the way, and what is at stake.
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import type { IdeaPerson } from './idea-person';
import type { Token } from './tokenize';

type Premise = IdeaBrief['premise'];

const WANT =
  /\b(?:must|has to|have to|needs? to|wants? to|tries to|try to|sets? out to|decides? to|hopes? to|plans? to|races? to|fights? to|struggles? to|is determined to|vows? to)\s+([^,.;:!?]+)/i;
// Case-sensitive: "moves to Montevideo to help …" goes somewhere before it aims at anything.
const PURPOSE = /\b[Tt]o\s+((?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b[^,.;:!?]*)/;
const OBSTACLE = /\b(?:before|until|but|while|despite|although|though|unless)\s+([^.;!?]+)/i;
const STAKES =
  /\b(?:to save|or lose|or else|before (?:she|he|they|it) loses?|to protect|to rescue)\s*([^,.;!?]*)/i;
/** Words a predicate cannot open with when it says what the lead does. */
const NOT_A_VERB =
  /^(?:and|or|but|nor|who|whose|whom|which|that|the|a|an|his|her|their|its|in|on|at|of|with|from|for|to|by|as|than|so)\b/;
const LABEL = /^[^:.!?—–]{1,60}(?::|\s[—–-]\s)\s*/;
const LEADING_CLAUSE =
  /^(?:when|as|after|once|since|ever since|if)\b[^,]*(?:,[^,]*)*?,\s*(?=[a-z]*\s*[A-Z])/i;

/** Splits the idea's main sentence into premise parts; empty strings where the idea says nothing. */
export function ideaPremise(idea: string, tokens: readonly Token[], lead: IdeaPerson | undefined): Premise {
  // The first sentence as the tokenizer sees it ("Ms. Okoye" does not end one) sets the scene.
  const sentence = withoutLabel(sentenceText(idea, tokens, tokens[0]?.sent ?? 0, 0));
  // What the lead wants is said where the lead is named: "Rome, August. … Corrado Pini …" names him later.
  const leadSent = lead ? tokens.find((t) => t.start >= lead.mention.start)?.sent : undefined;
  const own =
    leadSent === undefined || leadSent === tokens[0]?.sent
      ? sentence
      : withoutLabel(sentenceText(idea, tokens, leadSent));
  const body = idea.replace(LABEL, '').trim();
  const main = own.replace(LEADING_CLAUSE, '');
  const at = lead ? main.indexOf(lead.name) : -1;
  const after = lead && at >= 0 ? main.slice(at + lead.name.length) : main;
  // Skip the lead's appositive and coordinated partner ("…, a cigar roller, and a singer, Lola,").
  const predicate = after
    .replace(/^\s*,[^,]*,/, '')
    .replace(/^\s*,\s*/, '')
    .replace(/^\s*,?\s*and\s+(?:[a-z'’-]+\s+){0,5}(?:\p{Lu}[\p{L}-]*\s*)+(?:,[^,]*,)?/u, '')
    .trim();
  // Only what follows the lead's name can be their doing: a sentence without it ("spy thriller", "basically my
  // grandpa's story") says what the film is, and one going on with a partner or a clause ("and the florist
  // opposite", "who took over …") says who else is there.
  const plain = at >= 0 && /^[a-z]/.test(predicate) && !NOT_A_VERB.test(predicate);
  let want =
    WANT.exec(predicate)?.[1] ??
    PURPOSE.exec(predicate)?.[1] ??
    (plain ? predicate.split(/\s(?:before|until|but|while|when)\s/)[0] : '');
  const obstacle = OBSTACLE.exec(own)?.[1] ?? '';
  want = conciseWant(want ?? '');
  const stakes = STAKES.exec(body)?.[1] ?? '';
  return {
    situation: sentence.slice(0, 1_000),
    want: (want ?? '').trim().slice(0, 1_000),
    obstacle: obstacle.trim().slice(0, 1_000),
    stakes: stakes.trim().slice(0, 1_000),
  };
}

/** The text of sentence `sent`, from `from` (the idea's start for the first, so a label stays to be cut). */
function sentenceText(idea: string, tokens: readonly Token[], sent: number, from?: number): string {
  const words = tokens.filter((t) => t.sent === sent);
  if (!words.length) return idea;
  return idea.slice(from ?? words[0]!.start, words[words.length - 1]!.end);
}

/** A sentence without a leading label ("Horror:", "Noir —") and its closing stop. */
function withoutLabel(text: string): string {
  return text
    .replace(LABEL, '')
    .trim()
    .replace(/[.!?]$/, '');
}

/**
 * A want short enough for a goal: no agent ("by her daughter"), no trailing place ("in Lisbon"), and a passive
 * situation ("is pulled back for one last heist") turned into an aim ("see one last heist through").
 */
function conciseWant(raw: string): string {
  let want = raw
    .split(/[,;]|\s(?:by|before|until|while|but|when)\s/)[0]!
    .replace(/[\s;:—–-]+$/, '')
    .trim();
  want = want.replace(/\s+(?:in|at|on|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}\s-]*$/u, '').trim();
  const passive =
    /^(?:is|are|gets|get)\s+\w+(?:\s+(?:back|out|in|up|away|into))?\s+(?:for|into|to)\s+(.+)$/i.exec(want);
  if (passive) want = `see ${passive[1]} through`;
  return want;
}
