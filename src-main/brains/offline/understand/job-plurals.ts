// Counted job nouns ("8 cops", "three nurses"): a plural occupation after a quantity asks for several characters.
import { LEXICON } from './lexicon';
import { QUANTITY } from './patterns';

/** A quantity and the (up to three) words after it: "five grumpy harbour pilots", "9 wedding guests". */
const COUNTED_WORD = new RegExp(String.raw`(?:^|[^a-z])(${QUANTITY})\s+((?:[a-z-]+\s+){0,2}[a-z-]+)`, 'g');

/** The singular occupation of a plural word ("cops" → "cop", "secretaries" → "secretary", "policemen"). */
export function singularOccupation(word: string): string | undefined {
  const candidates = [
    word.endsWith('men') ? word.slice(0, -3) + 'man' : '',
    word.endsWith('ies') ? word.slice(0, -3) + 'y' : '',
    word.endsWith('es') ? word.slice(0, -2) : '',
    word.endsWith('s') ? word.slice(0, -1) : '',
  ];
  return candidates.find((c) => c.length > 2 && LEXICON.occupations.has(c));
}

/** The first word of a counted phrase that names people: a plural job ("cops" → "cop") or a people noun. */
function countedPerson(words: readonly string[]): string | undefined {
  for (const word of words) {
    const job = singularOccupation(word) ?? (LEXICON.peopleNouns.has(word) ? word : undefined);
    if (job) return job;
    // "3 scenes with nurses": past another counted noun, the people are not what is counted.
    if (LEXICON.entityNouns.has(word)) return undefined;
  }
  return undefined;
}

/** A quantity followed by a plural occupation: its quantity phrase, the job, and where it starts. */
export function countedJob(t: string): { quantity: string; job: string; index: number } | undefined {
  COUNTED_WORD.lastIndex = 0;
  for (let m = COUNTED_WORD.exec(t); m; m = COUNTED_WORD.exec(t)) {
    const quantity = m[1] ?? '';
    const job = countedPerson((m[2] ?? '').split(/\s+/));
    // "the 3 nurses" points at existing characters, not new ones.
    const before = t.slice(0, m.index + m[0].indexOf(quantity));
    if (job && !/\b(?:the|these|those|my|our|all)\s*$/.test(before) && !/^(?:one|a|an|1)$/.test(quantity))
      return { quantity, job, index: m.index };
  }
  return undefined;
}
