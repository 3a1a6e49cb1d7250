// Premise parts of an idea: the situation, what the lead wants, what stands in the way, and what is at stake.
import type { IdeaBrief } from '../../../../src-preload/contract/idea-brief';
import type { IdeaPerson } from './idea-person';
import type { Token } from './tokenize';

type Premise = IdeaBrief['premise'];

const WANT =
  /\b(?:must|has to|have to|needs? to|wants? to|tries to|try to|sets? out to|decides? to|hopes? to|plans? to|races? to|fights? to|struggles? to|is determined to|vows? to)\s+([^,.;:!?]+)/i;
const PURPOSE = /\bto\s+((?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b[^,.;:!?]*)/i;
const OBSTACLE = /\b(?:before|until|but|while|despite|although|though|unless)\s+([^.;!?]+)/i;
const STAKES =
  /\b(?:to save|or lose|or else|before (?:she|he|they|it) loses?|to protect|to rescue)\s*([^,.;!?]*)/i;
const LABEL = /^[^:.!?—–]{1,60}(?::|\s[—–-]\s)\s*/;
const LEADING_CLAUSE =
  /^(?:when|as|after|once|since|ever since|if)\b[^,]*(?:,[^,]*)*?,\s*(?=[a-z]*\s*[A-Z])/i;

/** Splits the idea's main sentence into premise parts; empty strings where the idea says nothing. */
export function ideaPremise(idea: string, tokens: readonly Token[], lead: IdeaPerson | undefined): Premise {
  // The first sentence as the tokenizer sees it ("Ms. Okoye" does not end one).
  const firstSent = tokens.filter((t) => t.sent === (tokens[0]?.sent ?? 0));
  const sentenceText = firstSent.length ? idea.slice(0, firstSent[firstSent.length - 1]!.end) : idea;
  const sentence = sentenceText
    .replace(LABEL, '')
    .trim()
    .replace(/[.!?]$/, '');
  const body = idea.replace(LABEL, '').trim();
  const main = sentence.replace(LEADING_CLAUSE, '');
  const after = lead ? main.slice(Math.max(0, main.indexOf(lead.name) + lead.name.length)) : main;
  // Skip the lead's appositive and coordinated partner ("…, a cigar roller, and a singer, Lola,").
  const predicate = after
    .replace(/^\s*,[^,]*,/, '')
    .replace(/^\s*,\s*/, '')
    .replace(/^\s*,?\s*and\s+(?:[a-z'’-]+\s+){0,5}(?:\p{Lu}[\p{L}-]*\s*)+(?:,[^,]*,)?/u, '')
    .trim();
  let want =
    WANT.exec(predicate)?.[1] ??
    PURPOSE.exec(predicate)?.[1] ??
    (/^[a-z]/.test(predicate) ? predicate.split(/\s(?:before|until|but|while|when)\s/)[0] : '');
  const obstacle = OBSTACLE.exec(sentence)?.[1] ?? '';
  want = conciseWant(want ?? '');
  const stakes = STAKES.exec(body)?.[1] ?? '';
  return {
    situation: sentence.slice(0, 1_000),
    want: (want ?? '').trim().slice(0, 1_000),
    obstacle: obstacle.trim().slice(0, 1_000),
    stakes: stakes.trim().slice(0, 1_000),
  };
}

/**
 * A want short enough for a goal: no agent ("by her daughter"), no trailing place ("in Lisbon"), and a passive
 * situation ("is pulled back for one last heist") turned into an aim ("see one last heist through").
 */
function conciseWant(raw: string): string {
  let want = raw.split(/,|\s(?:by|before|until|while|but|when)\s/)[0]!.trim();
  want = want.replace(/\s+(?:in|at|on|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}\s-]*$/u, '').trim();
  const passive =
    /^(?:is|are|gets|get)\s+\w+(?:\s+(?:back|out|in|up|away|into))?\s+(?:for|into|to)\s+(.+)$/i.exec(want);
  if (passive) want = `see ${passive[1]} through`;
  return want;
}
