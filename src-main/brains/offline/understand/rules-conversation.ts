// Intent rules for conversation: query (questions about the project) and chat (greetings, help, craft advice).
import type { Features } from './features';
import { PROJECT_REF, QUESTION_START } from './patterns';
import { LEXICON, opensWithVerb, phraseAlternation, verbAlternation } from './lexicon';
import { best } from './rule-types';

let showVerb: RegExp | undefined;
/** A look-up verb of the lexicon's "show" class, or "give me a <summary, rundown…>", opening the message. */
const SHOW_VERB = (): RegExp =>
  (showVerb ??= new RegExp(
    `^(?:${verbAlternation('show')}|give me (?:a|an|the) (?:${phraseAlternation(LEXICON.overviewNouns)}))\\b`,
  ));

/** query: questions and look-ups about the project ("Who leads the cast?", "Show me scene 2"). */
export function scoreQuery(f: Features): number {
  const t = f.template;
  const question = QUESTION_START.test(t) || f.isQuestion;
  const projectRef = PROJECT_REF.test(t);
  const definition =
    /^(?:what(?:'s| is| are)\s+(?:an?|the difference)\b|what does\b.*\bmean\b|define\b|explain\b)/.test(t);
  return best(
    [question && projectRef && !definition, 0.85],
    [SHOW_VERB().test(t) && !/^(?:show|tell) me (?:how|an?)\b/.test(t), 0.84],
    [question && !definition, 0.45],
  );
}

/** chat: greetings, thanks, questions about the assistant, craft advice and definitions; the fallback. */
export function scoreChat(f: Features): number {
  const t = f.template;
  const words = t.split(/\s+/).filter(Boolean).length;
  const projectRef = PROJECT_REF.test(t);
  return best(
    [opensWithVerb('greet', t) && words <= 5, 0.92],
    [opensWithVerb('acknowledge', t) && words <= 6, 0.88],
    [
      /\b(?:what can you do|what do you do|who are you|what are you|how does this (?:app |tool )?work|how do i use|what can i (?:do|ask)|help me get started|^help\W*$|how are you|what are your (?:features|capabilities))\b/.test(
        t,
      ),
      0.92,
    ],
    [/\b(?:tips?|advice|suggestions?|recommendations?|pointers)\b/.test(t) && !projectRef, 0.86],
    [
      /^(?:how (?:do|can|should|would) (?:i|you|we|one)|what makes|what's the best way|what is the best way|is it better)\b/.test(
        t,
      ) && !projectRef,
      0.8,
    ],
    [
      /^(?:what(?:'s| is| are)\s+(?:an?|the difference)\b|what does\b.*\bmean\b|define\b|explain\b|tell me about (?:an?|the concept)\b)/.test(
        t,
      ) && !/@n/.test(t),
      0.86,
    ],
    [
      /^(?:what are|what's|what is)\s+(?!the\b|my\b|our\b)[a-z-]+(?:\s+[a-z-]+)?\W*$/.test(t) && !projectRef,
      0.7,
    ],
    [true, 0.3],
  );
}
