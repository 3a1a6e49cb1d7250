// Politeness, speech fillers and the app's name around a request ("please", "would you mind", "um", "Storyloom,"): found and stripped from the lexicon.
import { LEXICON, phraseAlternation } from './lexicon';

/** Every frame, longest first, as one alternation; an apostrophe may be left out ("id like to"). */
const alternation = (phrases: readonly string[]): string => phraseAlternation(phrases).replace(/'/g, "['’]?");

/** A run of polite openers and indirect frames, each followed by an optional comma or "!" (a pattern source). */
export const POLITE_RUN = String.raw`(?:(?:${alternation([...LEXICON.politeOpeners, ...LEXICON.indirectRequests])})\b[,!]?\s*)*`;

/** An indirect frame that asks for something as a question: "could you", "would it be possible to". */
export const INDIRECT_REQUEST = new RegExp(
  String.raw`\b(?:${alternation(LEXICON.indirectRequests)}|please)\b`,
  'i',
);

const LEADING = new RegExp(`^${POLITE_RUN}`, 'i');

/** Strips leading politeness ("please", "can you", "let's"…) so the command verb comes first; returns the offset too. */
export function stripPoliteness(text: string): { text: string; offset: number } {
  const m = LEADING.exec(text);
  if (!m || m[0].length === 0 || m[0].length === text.length) return { text, offset: 0 };
  return { text: text.slice(m[0].length), offset: m[0].length };
}

/** True when the opening politeness asks as a question ("could you…?"), so a final "?" does not make one. */
export function asksIndirectly(opening: string): boolean {
  return INDIRECT_REQUEST.test(opening);
}

const FILLER = new RegExp(
  `(^|[\\s,])(?:${phraseAlternation(LEXICON.fillers)})\\b,?(?=\\s|[.!?]|$)\\s*`,
  'gi',
);

/** Drops the fillers of dictated speech wherever they stand ("a um forty year old" → "a forty year old"). */
export function dropFillers(text: string): string {
  return text.replace(FILLER, '$1').trim();
}

let address: RegExp | undefined;

/**
 * Drops the app's name when the message opens by addressing it ("Storyloom, drop scene 9", "hey assistant: a
 * new place"): "storyloom" is also an export format, and the name says nothing about the request.
 */
export function dropAddress(text: string): string {
  address ??= new RegExp(
    `^(?:(?:hey|hi|hello|ok|okay|yo|oi)[,!]?\\s+)?(?:${phraseAlternation(LEXICON.addressees)})\\s*[,:!]\\s*`,
    'i',
  );
  const rest = text.replace(address, '');
  return rest.trim() ? rest : text;
}

let exclamation: RegExp | undefined;

/** Drops an exclamation opening the message ("Righto, get Bo and Cy talking", "Crikey! Add a pub"). */
export function dropExclamation(text: string): string {
  exclamation ??= new RegExp(`^(?:${phraseAlternation(LEXICON.openingExclamations)})\\s*[,!]+\\s*`, 'i');
  const rest = text.replace(exclamation, '');
  return rest.trim() ? rest : text;
}
