// Intent rules for conversation: query (questions about the project) and chat (greetings, help, craft advice).
import type { Features } from './features';
import { PROJECT_REF, QUESTION_START } from './patterns';
import { LEXICON, opensWithVerb, phraseAlternation, rulePhraseAlternation, verbAlternation } from './lexicon';
import { best } from './rule-types';

let showVerb: RegExp | undefined;
/** A look-up verb of the lexicon's "show" class, or "give me a <summary, rundown…>", opening the message. */
const SHOW_VERB = (): RegExp =>
  (showVerb ??= new RegExp(
    `^(?:${verbAlternation('show')}|give me (?:a|an|the) (?:${phraseAlternation(LEXICON.overviewNouns)}))\\b`,
  ));

interface ChatWords {
  definition: RegExp;
  definitionOrAbout: RegExp;
  assistant: RegExp;
  advice: RegExp;
  adviceQuestion: RegExp;
}
let chatWords: ChatWords | undefined;

/**
 * Built on first use from the lexicon's rule phrases: definition questions ("what is a…", "define…"), questions
 * about the assistant ("what can you do"), advice nouns ("tips") and advice questions ("how should I…").
 */
function chatTables(): ChatWords {
  if (chatWords) return chatWords;
  const definition = `what(?:'s| is| are)\\s+(?:an?|the difference)\\b|what does\\b.*\\bmean\\b|(?:${rulePhraseAlternation('definitionVerbs')})\\b`;
  chatWords = {
    definition: new RegExp(`^(?:${definition})`),
    definitionOrAbout: new RegExp(`^(?:${definition}|tell me about (?:an?|the concept)\\b)`),
    assistant: new RegExp(`\\b(?:${rulePhraseAlternation('assistantQuestions')}|^help\\W*$)\\b`),
    advice: new RegExp(`\\b(?:${rulePhraseAlternation('adviceNouns')})\\b`),
    adviceQuestion: new RegExp(`^(?:${rulePhraseAlternation('adviceQuestions')})\\b`),
  };
  return chatWords;
}

/** query: questions and look-ups about the project ("Who leads the cast?", "Show me scene 2"). */
export function scoreQuery(f: Features): number {
  const t = f.template;
  const question = QUESTION_START.test(t) || f.isQuestion;
  const projectRef = PROJECT_REF.test(t);
  const definition = chatTables().definition.test(t);
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
  const cues = chatTables();
  return best(
    [opensWithVerb('greet', t) && words <= 5, 0.92],
    [opensWithVerb('acknowledge', t) && words <= 6, 0.88],
    [cues.assistant.test(t), 0.92],
    [cues.advice.test(t) && !projectRef, 0.86],
    [cues.adviceQuestion.test(t) && !projectRef, 0.8],
    [cues.definitionOrAbout.test(t) && !/@n/.test(t), 0.86],
    [
      /^(?:what are|what's|what is)\s+(?!the\b|my\b|our\b)[a-z-]+(?:\s+[a-z-]+)?\W*$/.test(t) && !projectRef,
      0.7,
    ],
    [true, 0.3],
  );
}
