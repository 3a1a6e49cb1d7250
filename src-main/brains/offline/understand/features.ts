// Message features computed once per parse: normalised text, names, and a "template" where names read "@n".
import type { Intent, IntentEntityType } from '../../../../src-preload/contract/intent';
import { LEXICON, phraseAlternation, rulePhraseAlternation } from './lexicon';
import { findNames, type NameMention } from './names';
import { isEverydayWord } from '../language/everyday-words';
import { asksIndirectly, INDIRECT_REQUEST, stripPoliteness } from './politeness';
import { normalizeText } from './text-utils';
import { findEntityNouns, findProductionNoun, type EntityNoun } from './vocabulary';

/** Optional knowledge about the project that sharpens parsing. */
export interface ParseContext {
  /** Entity names in the project (characters, locations…), matched case-insensitively. */
  knownNames?: string[];
  /** Last referenced entities, newest first, for pronoun resolution ("make her 32"). */
  recentNames?: { name: string; gender?: string }[];
  /** The conversation's previous request (its intent and the kind of entity it was about), for "the same for her". */
  lastRequest?: { intent: Intent; entityType?: IntentEntityType };
}

/** Everything the rules look at. */
export interface Features {
  /** The message with typographic punctuation normalised. */
  text: string;
  lower: string;
  /** Lower-cased message with politeness stripped and every name replaced by "@n". */
  template: string;
  /** Names in order; the k-th "@n" in `template` is `names[k]`. */
  names: NameMention[];
  /** Entity nouns of the template ("characters", "scene"…). */
  entityNouns: EntityNoun[];
  production?: { phrase: string; index: number };
  isQuestion: boolean;
  /** The message opened with a polite request ("can you…"), so a final "?" does not make it a question. */
  polite: boolean;
  /** Text after a colon or newline that looks like supplied prose/screenplay (for analyze). */
  passage?: string;
  context: ParseContext;
}

/** Pattern for a group of names in the template: "@n", "@n and @n", "@n, @n and @n". */
export const NAMES = String.raw`@n(?:(?:\s*,\s*and\s+|\s*,\s*|\s+(?:and|y|et|und)\s+|\s*&\s*)@n)*`;

/** Lower-cases the text and replaces each name mention by "@n". */
export function buildTemplate(text: string, names: readonly NameMention[]): string {
  let out = '';
  let pos = 0;
  for (const n of names) {
    out += text.slice(pos, n.start).toLowerCase() + '@n';
    pos = n.end;
  }
  return out + text.slice(pos).toLowerCase();
}

function findPassage(text: string): string | undefined {
  const m = /[:\n]/.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + 1).trim();
  const words = rest.split(/\s+/).filter(Boolean).length;
  // Prose ends a sentence somewhere; a quoted excerpt may not ("who's in here: 'Odile rowed past the jetty'").
  const quoted = /^['"‘“][^]*['"’”]$/.test(rest);
  return words >= 6 && (/[.!?]/.test(rest) || quoted) ? rest : undefined;
}

/**
 * A request buried after a chatty preamble ("So I was thinking about act two, and honestly, could you add…"):
 * the offset where the request starts, when the preamble names nobody (so no target is lost).
 */
const BURIED_REQUEST = new RegExp(
  String.raw`[,;.!?-]\s+(?:(?:and|but|so|anyway|well|ok(?:ay)?|honestly|actually|basically|frankly|really|seriously|now)\b[,\s]*)*(?=${INDIRECT_REQUEST.source}|i'd like you to\b|i want you to\b|i need you to\b)`,
);

function requestStart(text: string): number {
  // Supplied prose ("…, can you analyse this: <passage>") keeps its whole framing for the analyze rule.
  if (/[:\n]/.test(text)) return 0;
  const m = BURIED_REQUEST.exec(text.toLowerCase());
  if (!m) return 0;
  const before = text.slice(0, m.index);
  // "…, can you do that" / "can you build it out": the request points back at the preamble, which says what.
  const after = text.slice(m.index + m[0].length);
  if (/\b(?:it|that|this|them|so)\b/i.test(after) && after.split(/\s+/).length <= 6) return 0;
  // ", please?" closing a request is no buried request: nothing is asked after the politeness.
  if (
    stripPoliteness(after.toLowerCase())
      .text.split(/[^a-z0-9']+/)
      .filter(Boolean).length < 2
  )
    return 0;
  return before.split(/\s+/).length >= 4 ? m.index + m[0].length : 0;
}

/**
 * A request reported from someone else ("Ingeborg from the sound team says we should make Rurik 61", "my producer
 * thinks Rurik should be 30"): who said it opens the message and is no part of the request.
 */
let reportedRequest: RegExp | undefined;

function reportedStart(text: string): number {
  reportedRequest ??= new RegExp(
    String.raw`^(?:(?:[Mm]y|[Oo]ur|[Tt]he)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?(?:\s+\p{Lu}[\p{L}'-]+)?|(\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)?)(?:\s*,[^,]{1,40},|\s+from\s+the\s+[\p{L}' -]{1,30}?)?\s+(?:${rulePhraseAlternation('reportingVerbs')})\s+(?:that\s+|to\s+)?`,
    'u',
  );
  const m = reportedRequest.exec(text);
  // "Nothing says romance like…": an everyday word is no one reporting a request.
  if (!m || (m[1] && isEverydayWord(m[1].toLowerCase()))) return 0;
  return text.slice(m[0].length).split(/\s+/).filter(Boolean).length >= 3 ? m[0].length : 0;
}

/** Courtesy that may close a request ("…, please?", "… thanks"): it says nothing about what is asked. */
const CLOSING_COURTESY = new RegExp(
  `[,\\s]*\\b(?:${phraseAlternation(LEXICON.closingCourtesies)})(?![\\p{L}])[,\\s]*([.!?]*)\\s*$`,
  'iu',
);

/** The message without its closing courtesy, kept whole when nothing else is left ("thanks!"). */
function withoutClosingCourtesy(text: string): string {
  const m = CLOSING_COURTESY.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) + (m[1] ?? '') : text;
}

/** Computes the features of one message. */
export function computeFeatures(raw: string, context: ParseContext = {}): Features {
  const full = withoutClosingCourtesy(normalizeText(raw).trim());
  let text = full;
  let names = findNames(text, context.knownNames ?? []);
  const reported = reportedStart(text);
  const start = reported || requestStart(text);
  // The one who reports a request is left out with the words that report it; a preamble must name nobody.
  if (start > 0 && (reported > 0 || !names.some((n) => n.start < start))) {
    text = full.slice(start);
    names = findNames(text, context.knownNames ?? []);
  }
  const stripped = stripPoliteness(buildTemplate(text, names));
  const polite = asksIndirectly(buildTemplate(text, names).slice(0, stripped.offset));
  const template = stripped.text.trim();
  return {
    text,
    lower: text.toLowerCase(),
    template,
    names,
    entityNouns: findEntityNouns(template),
    // A leading "storyboard" is the verb ("Storyboard a 60 second commercial"), not the piece.
    production: findProductionNoun(template.replace(/^storyboard\b/, '          ')),
    isQuestion:
      (!polite && /\?\s*$/.test(text)) ||
      /^(?:who|what|what's|which|where|when|why|how|is|are|does|do|did|has|have i|can i|could)\b/.test(
        template,
      ),
    polite,
    passage: findPassage(text),
    context,
  };
}
