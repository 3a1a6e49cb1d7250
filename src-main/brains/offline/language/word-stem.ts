// A light English stemmer for lower-case words: strips inflections so "trusts", "trusted", "trusting" read alike.

/** Doubled final consonants that an inflection adds ("stopped" → "stop", "planning" → "plan"). */
const DOUBLED = /([bdfgklmnprtvz])\1$/;

/** Undoes the doubled consonant an inflection added ("stopp" → "stop"), but not a word's own ("spell"). */
function tidy(stem: string): string {
  if (DOUBLED.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/**
 * The stem of one lower-case word: plural and third-person "s", "ies", "es", past "ed", "ing", adverb "ly",
 * a possessive "'s" and a final "e" are removed ("hates", "hated", "hating", "hate" → "hat"). Words of three
 * letters or fewer are kept. Deterministic and dictionary-free: the stem need not be a real word, only the
 * same for a word's inflections.
 */
export function wordStem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (/ie[sd]$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/ing$/.test(w) && w.length >= 6) w = tidy(w.slice(0, -3));
  else if (/[^e]ed$/.test(w) && w.length >= 5) w = tidy(w.slice(0, -2));
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/ly$/.test(w) && w.length >= 6) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && w.length >= 5) w = w.slice(0, -1);
  return w.length > 3 ? w.replace(/e$/, '') : w;
}
