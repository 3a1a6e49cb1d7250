// Resolves who or what a request is about: named entities, pronouns ("make her 32") and "the diner" aliases.
import type { Features } from './features';
import { resolvePronoun, uniqueNames } from './names';

/** A preposition of place right before a name ("in", "from", "near"; not "to", which may name a tie's other side). */
const PLACE_BEFORE = /\b(?:in|at|from|near|into|across|around|outside|inside|throughout)\s+(?:the\s+)?$/i;

/** Known names whose last word matches a definite noun in the text ("the diner" → "Joe's Diner"). */
function aliasTargets(f: Features, lowerPart: string): string[] {
  const out: string[] = [];
  for (const known of f.context.knownNames ?? []) {
    const last = known
      .toLowerCase()
      .split(/\s+/)
      .pop()
      ?.replace(/[^a-z0-9']/g, '');
    // The substring test first: a project holds hundreds of names, and a pattern for each is slow.
    if (
      last &&
      last.length > 2 &&
      lowerPart.includes(last) &&
      new RegExp(`\\bthe\\s+${last}\\b`).test(lowerPart)
    )
      out.push(known);
  }
  return out;
}

/**
 * The names a request is about, from the part of the text before `endIndex` (e.g. before "to" in a rename):
 * explicit names first, else a resolved pronoun, else a known entity referred to by its common noun.
 */
export function targetNames(f: Features, endIndex = f.text.length): string[] {
  const before = f.names.filter((n) => n.start < endIndex);
  // "put Halvard in Tromsø too": a name after a preposition of place is where, not whom the edit is about.
  const people = before.filter((n) => !PLACE_BEFORE.test(f.text.slice(Math.max(0, n.start - 12), n.start)));
  const explicit = uniqueNames(people.length ? people : before);
  if (explicit.length) return explicit;
  const part = f.lower.slice(0, endIndex);
  const pronoun = resolvePronoun(part, f.context.recentNames);
  if (pronoun) return [pronoun];
  return aliasTargets(f, part);
}
