// What the words next to a name mention say of it: a firm's "&", a ship boarded or its deck, a verb of agency.
import type { Token } from './tokenize';
import type { NameMention } from './name-mentions';
import { lexTags, PLACE_KINDS_BEFORE_OF, VESSEL_PARTS } from './word-tables';

/** "aboard the Rachel", "on board the Rachel" (boarded), "the Rachel 's deck" (a part of it); else undefined. */
export function vesselMention(tokens: readonly Token[], m: NameMention): 'boarded' | 'part' | undefined {
  const prev = wordAt(tokens, m.first - 1);
  if (prev?.lower !== 'the') return undefined;
  const prev2 = wordAt(tokens, m.first - 2)?.lower;
  if (prev2 === 'aboard' || prev2 === 'board') return 'boarded';
  const possessive = /^['’]s$/.test(tokens[m.last]?.text ?? '');
  return possessive && VESSEL_PARTS.has(tokens[m.last + 1]?.lower ?? '') ? 'part' : undefined;
}

/** True when "&" joins the mention to a firm's name: "Hollander & Co", "Ashby , Crane & Company". */
export function inFirmName(tokens: readonly Token[], m: NameMention): boolean {
  if (tokens[m.last]?.text === '&' || tokens[m.first - 1]?.text === '&') return true;
  // "Ashby , Crane & Company": the first partner of a list that ends in "&".
  return tokens[m.last]?.text === ',' && !!tokens[m.last + 1]?.cap && tokens[m.last + 2]?.text === '&';
}

/** Verbs of places as subjects ("Hebden lay in the valley"): they say nothing of a person. */
const PLACE_VERBS = new Set(['lay', 'lies', 'stood', 'stands', 'stretched', 'stretches', 'rose']);

/**
 * A verb of an agent after a name: a past tense ("-ed" forms and the lexicon's irregular ones, "sat", "came") or a
 * present in the third person ("frets"), but not a copula, "had", "has", "does" or "goes", which places take as
 * often as people ("London was", "England had").
 */
export function agentVerb(lower: string): boolean {
  if (PLACE_VERBS.has(lower)) return false;
  if (lower.length > 4 && lower.endsWith('ed')) return true;
  const tags = lexTags(lower);
  if (tags.includes('PastTense') && !tags.includes('Copula') && lower !== 'had') return true;
  // "Orlick spoils that girl": a verb of the present in its third-person form.
  return (
    tags.includes('PresentTense') &&
    /[^s]s$/.test(lower) &&
    !tags.includes('Copula') &&
    !/^(?:has|does|goes)$/.test(lower) &&
    !tags.includes('Plural')
  );
}

// The word token at i, or undefined for punctuation: punctuation breaks the context on purpose.
export function wordAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t && t.word ? t : undefined;
}

/**
 * "the island of Lumm", "the valley of the Tarrow" (its kind of place) or "sailed out of Lumm" (a place left):
 * what the words before the name say it is a place.
 */
export function placeBefore(tokens: readonly Token[], m: NameMention): 'kind' | 'left' | undefined {
  let k = m.first - 1;
  if (wordAt(tokens, k)?.lower === 'the') k--;
  if (wordAt(tokens, k)?.lower !== 'of') return undefined;
  const before = wordAt(tokens, k - 1);
  if (before && before.text === before.lower && PLACE_KINDS_BEFORE_OF.has(before.lower)) return 'kind';
  return before?.lower === 'out' && k === m.first - 1 ? 'left' : undefined;
}
