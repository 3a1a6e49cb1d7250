// Reads the premise out of a free-text idea: who the story is about and what they want.
import { findMotifs } from './context';
import { stageRng } from './rng';
import { MOTIFS, NAMES, type Motif } from './tables';
import { article, baseVerbPhrase } from './text';
import type { Gender, GenerateParams } from './types';

/** The protagonist and their want, as phrases usable in templates. */
export interface Premise {
  /** Noun phrase with article, e.g. "a lonely robot". */
  subject: string;
  /** Head noun, e.g. "robot". */
  head: string;
  adjectives: string[];
  /** Base-form verb phrase, e.g. "learn to paint". */
  want: string;
  /** The premise phrase as written (after framing words), e.g. "a shy lighthouse keeper who befriends a seal". */
  phrase: string;
  isMachine: boolean;
  gender?: Gender;
  motifs: Motif[];
  /** True when the subject came from the idea rather than from the tables. */
  fromIdea: boolean;
}

const FRAMING = [
  /^(please\s+)?(can you\s+)?(make|create|write|generate|give me|draft|pitch|develop)\s+(me\s+)?/i,
  /^(a|an|the)\s+/i,
  /^(\d+|one|two|three|four|five|ten|thirty|sixty|ninety)[\s-]*(minute|min|second|sec|hour)s?[\s-]*(long\s+)?/i,
  /^([a-z-]+\s+){0,2}?(short film|feature film|feature|film|movie|short|music video|commercial|advert|ad|spot|episode|series|pilot|story|script|screenplay)\s+/i,
  /^(about|of|where|in which|on|following)\s+/i,
];
const RELATIVE = /\s+(?:who|that|which|whose)\s+(.+)$/i;
const MODAL =
  /\s+(?:must|wants to|tries to|needs to|has to|sets out to|decides to|hopes to|dreams of)\s+(.+)$/i;
const SUBJECT_CUT = /\s+(?:in|on|at|from|with|living|aboard|inside)\s+.+$/i;
const NOT_HEADS = new Set(['story', 'film', 'tale', 'movie', 'idea', 'life', 'world']);

/** Strips request framing ("a 2-minute film about …") and returns the premise phrase. */
export function premisePhrase(idea: string): string {
  let text = idea
    .trim()
    .replace(/[.!?"“”]+$/g, '')
    .replace(/^["“]/, '');
  const about = /\babout\s+(.+)$/i.exec(text);
  if (about) return about[1]!.trim();
  for (let pass = 0; pass < 2; pass++) for (const re of FRAMING) text = text.replace(re, '');
  return text.trim();
}

function cleanPredicate(pred: string): string {
  // Cut subordinate clauses and a trailing place ("… in a Japanese village"): the setting stage owns places.
  const cut = pred
    .split(/,|;|\s+but\s+|\s+before\s+|\s+until\s+|\s+while\s+|\s+(?:in|on|aboard|at)\s+(?:a|an)\s+/i)[0]!
    .trim();
  const simplified = cut
    .replace(/^(?:wants|tries|needs|has|sets out|decides|hopes|must|dreams of)\s+(?:to\s+)?/i, '')
    .replace(/\b(his|her)\b/gi, 'their')
    .replace(/\b(him|herself|himself)\b/gi, (m) => (/self$/i.test(m) ? 'themselves' : 'them'));
  return baseVerbPhrase(simplified);
}

function genderOf(head: string): Gender | undefined {
  if (NAMES.femaleNouns.includes(head)) return 'female';
  if (NAMES.maleNouns.includes(head)) return 'male';
  if (NAMES.machineNouns.includes(head)) return 'unspecified';
  return undefined;
}

/**
 * Deterministic premise for a parameter set. Subject and want come from the idea when it has them
 * ("a shy lighthouse keeper who befriends a seal"); otherwise they are drawn from the tables with a premise sub-seed.
 */
export function derivePremise(params: GenerateParams, occupations: readonly string[]): Premise {
  const rng = stageRng(params.seed, 'premise');
  const phrase = premisePhrase(params.idea);
  const motifs = findMotifs(`${params.idea} ${params.theme ?? ''}`);
  let subjectText = '';
  let want = '';
  const rel = RELATIVE.exec(phrase) ?? MODAL.exec(phrase);
  if (rel) {
    subjectText = phrase.slice(0, rel.index).trim();
    want = cleanPredicate(rel[1]!);
  } else if (/^(a|an|the)\s+\w+/i.test(phrase) && phrase.split(/\s+/).length <= 6) {
    subjectText = phrase;
  }
  subjectText = subjectText
    .replace(SUBJECT_CUT, '')
    .replace(/^(a|an|the|one)\s+/i, '')
    .trim();
  let words = subjectText.toLowerCase().split(/\s+/).filter(Boolean);
  let fromIdea = words.length > 0 && words.length <= 5 && !NOT_HEADS.has(words[words.length - 1]!);
  if (!fromIdea) {
    const trait =
      motifs.find((m) => m.trait)?.trait ??
      rng.pick(['restless', 'stubborn', 'lonely', 'curious', 'weary', 'ambitious']);
    words = [trait, rng.pick(occupations)];
    fromIdea = false;
  }
  const head = words[words.length - 1]!;
  const adjectives = words.slice(0, -1);
  if (!want) {
    const themed = params.theme
      ? [`make sense of ${params.theme}`, `find their place in ${params.theme}`]
      : [];
    want = rng.pick([...themed, ...MOTIFS.defaultWants]);
  }
  const noun = words.join(' ');
  return {
    subject: `${article(noun)} ${noun}`,
    head,
    adjectives,
    want,
    phrase,
    isMachine: NAMES.machineNouns.includes(head),
    gender: genderOf(head),
    motifs,
    fromIdea,
  };
}
