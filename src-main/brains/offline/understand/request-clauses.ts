// Splits a message that carries several requests ("add Bruno, then make him a chef") into one clause per request.
import { INTENT_NAMES } from '../../../../src-preload/contract/intent-names';
import { LEXICON } from './lexicon';
import { POLITE_RUN } from './politeness';
import { escapeRegex } from './text-utils';

/** Verb classes whose phrases open a new request: every intent's but chat's (greetings and thanks never do). */
const requestClasses = (): string[] =>
  INTENT_NAMES.filter((i) => i !== 'chat').flatMap((i) => LEXICON.intentVerbClasses.get(i) ?? []);

/** Words that open a question rather than a request when they follow a comma ("Anyway, where were we?"). */
const QUESTION_WORDS = 'what|where|which|who|whom|whose|when|why|how';
const QUESTION_WORD = new RegExp(`^(?:${QUESTION_WORDS})\\b`, 'i');

/** Connectors that may come between two requests ("and then", "after that", "also"). */
const CONNECTOR = String.raw`(?:(?:and|also|then|so|ok(?:ay)?|now|next|plus|oh|afterwards|after that|finally|lastly|and also|and then|and after that)\b[,\s]*)*`;
const LEADING_CONNECTOR = new RegExp(`^${CONNECTOR}`, 'i');

let opener: RegExp | undefined;

/** Built on first use: the alternation of every request verb phrase of the lexicon, longest first. */
function requestOpener(): RegExp {
  if (opener) return opener;
  const phrases = requestClasses()
    .flatMap((c) => LEXICON.verbs.get(c) ?? [])
    .filter((p) => !/^(?:new|need|want|meet|turn|start|go|head|set|call|count|fill)$/.test(p))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  opener = new RegExp(
    `^${CONNECTOR}${POLITE_RUN}(?:${phrases.join('|')}|is there|are there|how many)\\b`,
    'i',
  );
  return opener;
}

/** True when a clause opens like a request of its own (after connectors and politeness). */
export function opensRequest(clause: string): boolean {
  return requestOpener().test(clause.trim().toLowerCase());
}

/**
 * True when a clause asks for something, at its opening or after a topic set off by a comma or a dash
 * ("Bettina and Oswin, the twins from act one – make them rivals now", "and Marguerite, make her a florist"):
 * such a clause is a request, not context for a later one.
 */
export function asksForSomething(clause: string): boolean {
  // The prepared text has plain hyphens for dashes.
  const parts = clause.split(/\s*[,;:]\s*|\s+-\s+/).slice(1);
  // A question after a comma is asked, not requested ("Anyway, where were we?"): only a verb counts there.
  return opensRequest(clause) || parts.some((p) => !QUESTION_WORD.test(p) && opensRequest(p));
}

/** Where a sentence may end: not after a title or an abbreviation ("Dr. Okafor", "INT. BARN"). */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  const re = /[.!?;]+\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = /([A-Za-z]+)\.+$/.exec(text.slice(0, m.index + 1));
    const word = before?.[1]?.toLowerCase() ?? '';
    if (
      m[0].startsWith('.') &&
      (LEXICON.nameTitles.has(word) || word.length === 1 || /^(?:int|ext|vs|no|st|etc|approx)$/.test(word))
    )
      continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/**
 * Within a sentence: ", then …", " and then …", " after that …", ", and also …", ", plus …", ", and …", and after
 * "anyway" closing small talk ("rough morning, anyway: delete scene 9").
 */
const JOINT = new RegExp(
  String.raw`(?:,\s*|\s+)(?=(?:and then|then|and after that|after that|and also|also|plus)\b)|,\s*(?=and\s)` +
    String.raw`|\banyway[,:](?!\s*(?:${QUESTION_WORDS})\b)\s*`,
  'gi',
);

function jointEnds(text: string): number[] {
  const out: number[] = [];
  for (let m = JOINT.exec(text); m; m = JOINT.exec(text)) out.push(m.index + m[0].length);
  JOINT.lastIndex = 0;
  return out;
}

/**
 * The requests of a message, in order. A boundary is kept only where the next part opens like a request of its
 * own, so descriptions ("New character: Priya. She's a surgeon") stay with the request they belong to.
 * Supplied prose (a colon or new line before sentences) is one request: the analyze reader wants all of it.
 */
export function requestClauses(text: string): string[] {
  if (/\n/.test(text) || /(?<!\banyway):\s*\S+(?:\s+\S+){5,}/i.test(text) || /\b(?:INT|EXT)\.\s/.test(text))
    return [text];
  const cuts = [...new Set([...sentenceEnds(text), ...jointEnds(text)])].sort((a, b) => a - b);
  const clauses: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut <= start || cut >= text.length) continue;
    if (!opensRequest(text.slice(cut))) continue;
    // " and then …" offers two cuts; the bare connector between them is no request.
    if (!text.slice(start, cut).replace(LEADING_CONNECTOR, '').trim()) continue;
    const head = text
      .slice(start, cut)
      .replace(/[\s,;:-]+$/, '')
      .trim();
    if (head) clauses.push(head);
    start = cut;
  }
  const tail = text.slice(start).trim();
  if (tail) clauses.push(tail);
  return clauses.length ? clauses.map((c, i) => (i ? withoutConnector(c) : c)) : [text];
}

/**
 * "and after that list the places" → "list the places": a later request read on its own. A connector that is part
 * of the request's own phrase stays ("Next step?" is no "step?").
 */
function withoutConnector(clause: string): string {
  const rest = clause.replace(LEADING_CONNECTOR, '').trim();
  return rest && opensRequest(rest) ? rest : clause;
}
