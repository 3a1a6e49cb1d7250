// Table phrases speak of the lead as "they"; for a lead whose gender the idea states, they read "she" or "he".
import { lexTags } from '../language/word-tables';
import { thirdPersonPhrase } from './text';

type Gendered = 'female' | 'male';

const FORMS: Record<Gendered, Record<string, string>> = {
  female: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themselves: 'herself' },
  male: { they: 'he', them: 'him', their: 'his', theirs: 'his', themselves: 'himself' },
};
/** Verbs after "they" that change for "she"/"he" beyond the regular "-s". */
const AGREEMENT: Record<string, string> = {
  are: 'is',
  were: 'was',
  "aren't": "isn't",
  "weren't": "wasn't",
  "don't": "doesn't",
  "haven't": "hasn't",
  "they're": "'s",
  "they've": "'s",
};
const ADVERBS = new Set(['never', 'always', 'still', 'finally', 'just', 'only', 'also', 'already', 'really']);

/**
 * Rewrites "they/them/their" (the table's way of naming the lead) for a female or male lead, with the verb after
 * "they" agreeing ("they love" → "she loves"). `subjects: false` keeps a subject "they", for phrases where it may
 * name a group ("an outlaw gang coming back for what they buried"); object and possessive forms there still point
 * at the lead. Any other gender leaves the text as it is.
 */
export function forLead(text: string, gender: string | undefined, subjects = true): string {
  if (gender !== 'female' && gender !== 'male') return text;
  const forms = FORMS[gender];
  const words = text.split(/(\s+)/);
  for (let i = 0; i < words.length; i += 2) {
    const raw = words[i]!;
    const m = /^([A-Za-z']+)(.*)$/.exec(raw);
    if (!m) continue;
    const lower = m[1]!.toLowerCase();
    if (lower === 'they' && !subjects) continue;
    const form = forms[lower];
    if (!form) continue;
    words[i] = matchCase(m[1]!, form) + m[2]!;
    if (lower === 'they') agreeVerbAfter(words, i + 2);
  }
  return words.join('');
}

const NOT_PRESENT = new Set([
  'PastTense',
  'Participle',
  'Modal',
  'Adverb',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Copula',
  'Negative',
  'Adjective',
]);

// A base-form verb after "they": the lexicon says so, or at least says it is none of the words that are not.
function presentVerb(word: string): boolean {
  if (word === 'have') return true;
  const tags = lexTags(word);
  if (tags.includes('Infinitive')) return true;
  return !/ed$|'/.test(word) && !tags.some((t) => NOT_PRESENT.has(t));
}

function matchCase(original: string, form: string): string {
  return /^[A-Z]/.test(original) ? form[0]!.toUpperCase() + form.slice(1) : form;
}

// The present-tense verb after the subject (past tenses and modals stay as they are), skipping one adverb.
function agreeVerbAfter(words: string[], at: number): void {
  let k = at;
  if (ADVERBS.has(words[k]?.toLowerCase() ?? '')) k += 2;
  const raw = words[k];
  const m = raw ? /^([a-z']+)(.*)$/.exec(raw) : null;
  if (!m) return;
  const verb = m[1]!;
  const agreed = AGREEMENT[verb] ?? (presentVerb(verb) ? thirdPersonPhrase(verb) : verb);
  words[k] = agreed + m[2]!;
}
