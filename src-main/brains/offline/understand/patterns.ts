// Shared regex fragments for the intent rules (verbs, quantities, relationship words), built from the word tables.
import { LEXICON } from './lexicon';
import { NUMBER_PATTERN } from '../language/quantities';
import { escapeRegex } from './text-utils';

/** Verbs (and "I need"-style openers) that ask for something new. */
export const CREATE_VERB = String.raw`(?:(?:i |we )?want (?:to )?(?:create|add|make)|to (?:add|create|make)|pencil in|write up|put in|cast|slug|rough out|block out|staff up|break out|create|add|make|generate|produce|build|design|write|draft|invent|come up with|give me|give us|i need|i want|we need|we want|need|want|introduce|insert|include|put|set up|spin up|brainstorm|suggest|populate|develop|craft|sketch|draw|plan|cook up|dream up|whip up|imagine|establish|define|new|get me|i'd like|there'?s|there is|meet)`;

/** Quantities that ask for several: digits, number words, "a few", "several", "a dozen". */
export const QUANTITY = String.raw`(?:${NUMBER_PATTERN}|a few|a couple(?: of)?|a pair of|several|some|half a dozen|a dozen|a handful of|multiple|many|more|a bunch of|a group of|a set of|a cast of|a team of|a crew of|a gang of)`;

/** Any relationship word ("brother", "rivals", "best friends", "in love"). */
export const RELATION_WORD = `(?:${[...LEXICON.relations.keys()].map(escapeRegex).join('|')})`;

/** Interaction verbs that make "make A and B <verb>" a simulation rather than an edit. */
export const INTERACT_VERB = String.raw`(?:talk|argue|fight|meet|confront|discuss|debate|chat|speak|kiss|reconcile|apologi[sz]e|negotiate|interrogate|question|quarrel|bicker|flirt|plot|plan|scheme|clash|bond|converse|face off|have it out|hash it out|duel|dance|share|make up|fight it out|talk it (?:out|through))`;

/** The words that begin a question. */
export const QUESTION_START =
  /^(?:who|whom|whose|what|what's|whats|which|where|where's|when|why|how|how's|is|are|does|do|did|has|have i|have we|can i|can we|could i|was|were|am i)\b/;

/** A reference to the user's own project, which turns a question into a query. */
export const PROJECT_REF =
  /\b(?:my|our|this|the|current)\s+(?:[a-z-]+\s+)?(?:film|movie|project|story|script|screenplay|storyboard|shot ?list|characters?|locations?|scenes?|cast|relationships?|logline|synopsis|plot|package|shots?|beats?|acts?|episode|video|commercial|protagonist|antagonist|villain|hero|ending|opening|budget|runtime|casting|workflow|progress)\b|\bso far\b|\bright now\b|\bcurrently\b|\byet\b|\bscene \d+|\bhow many\b|@n|\b(?:i|we) (?:have|got)\b/;
