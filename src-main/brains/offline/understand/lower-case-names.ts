// Names in a message typed without capitals ("add character teodor", "make kofi 45"): unknown words in name slots.
import { LEXICON, phraseAlternation } from './lexicon';
import type { NameMention } from './names';
import { textBefore } from './text-utils';
import { isVocabulary } from './vocabulary';

/**
 * In a message with capitals, a lower-case word is a name only right after "named"/"called", or opening the
 * message or following its first word when a number, a verb or a name comes next ("Make kofi 45").
 */
function mixedCaseSlot(prefix: string, rest: string, surnameCue: RegExp): boolean {
  if (surnameCue.test(prefix)) return true;
  if (prefix !== '' && !/^\S+\s+$/.test(prefix)) return false;
  return (
    !/^\s+(?:of|to|for|in|on|at|from|with|the|a|an|as|into|about|is|was|it|that|this)\b/.test(rest) &&
    /^(?:\s+\S|'s)/.test(rest)
  );
}

/** Particles of phrasal verbs ("sketch out", "set up"), never a name after the verb. */
const PARTICLE = /^(?:out|up|down|off|over|back|in|away|together|around|through|ahead|along)$/;

/**
 * A word no table knows, so in a name slot it can be a name: not vocabulary (numbers included), a verb or an
 * adjective.
 */
function unknownWord(w: string): boolean {
  return (
    w.length >= 3 &&
    !PARTICLE.test(w) &&
    !isVocabulary(w) &&
    !LEXICON.descriptiveAdjectives.has(w) &&
    !LEXICON.styles.includes(w) &&
    !LEXICON.textNouns.includes(w) &&
    !LEXICON.productNouns.includes(w) &&
    ![...LEXICON.verbs.values()].some((phrases) => phrases.includes(w))
  );
}

let lowerCues: { before: RegExp; after: RegExp; surnameCue: RegExp } | undefined;

/** Built on first use: what comes before a name slot (a cue, an opening verb) and after one ("'s", "should"). */
function lowerCaseCues(): { before: RegExp; after: RegExp; surnameCue: RegExp } {
  lowerCues ??= {
    before: new RegExp(
      `(?:\\b(?:${phraseAlternation(LEXICON.lowerCaseNameCues)})\\s*:?\\s+|^(?:please\\s+)?(?:${phraseAlternation(
        LEXICON.lowerCaseNameVerbs,
      )})\\s+)$`,
    ),
    after:
      /^(?:'s\b|\s+(?:should|is|was|has|needs|must|and|are|n|vs|age|older|younger|job)\b|\s*(?:\+|&|->|→|=|\/)\s|,\s*\d)/,
    surnameCue: new RegExp(
      `\\b(?:${phraseAlternation(LEXICON.lowerCaseNameCues.filter((c) => /name|called/.test(c)))})\\s*:?\\s+$`,
    ),
  };
  return lowerCues;
}

/**
 * Names in a message typed without any capitals ("add character teodor", "make kemal 70", "whats ottilie's
 * job", "kemal should be older"): an unknown word right after a naming cue or an opening edit verb, before a
 * possessive "'s", or opening the message before a verb such as "should" or "is". Each is title-cased. A
 * message with capitals is left to the capitalisation rules.
 */
export function findLowerCase(typed: string): NameMention[] {
  // A message in capitals only ("SIMULATE ALBA AND DARIO") says no more about names than one without any.
  const shouted = !/\p{Ll}/u.test(typed) && typed.split(/\s+/).length >= 3;
  const text = shouted ? typed.toLowerCase() : typed;
  // With capitals elsewhere ("Make kofi 45", "Have aroha confront Mateus") only the surest slots count.
  const mixed = /\p{Lu}/u.test(text);
  const { before, after, surnameCue } = lowerCaseCues();
  const out: NameMention[] = [];
  for (const m of text.matchAll(/\p{Ll}+(?:-\p{Ll}+)*/gu)) {
    const word = m[0];
    const start = m.index ?? 0;
    const end = start + word.length;
    const rest = text.slice(end);
    const prefix = textBefore(text, start);
    if (mixed && !mixedCaseSlot(prefix, rest, surnameCue)) continue;
    const slot =
      before.test(mixed ? prefix.toLowerCase() : prefix) ||
      rest.startsWith("'s") ||
      /^,\s*\d/.test(rest) ||
      (start === 0 && after.test(rest));
    // "let wren and lucan fight", "kofi n tamsin", "tevita, luana and kenji": joined to a name found just before.
    const joiner = /(?:\s+(?:and|n|vs|\+|&)\s+|\s*[,/]\s*)$/.exec(prefix);
    const previous = out.at(-1);
    const joined = !!joiner && previous?.end === start - joiner[0].length;
    if (!unknownWord(word)) continue;
    // "named yusuf demir 26": an unknown word right after a name given by a naming cue is its surname.
    if (previous?.end === start - 1 && surnameCue.test(textBefore(text, previous.start))) {
      previous.name = `${previous.name} ${titleCase(word)}`;
      previous.end = end;
      continue;
    }
    if (!(slot || joined)) continue;
    out.push({ name: titleCase(word), start, end, source: 'proper' });
  }
  return out;
}

const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
