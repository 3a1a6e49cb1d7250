// Everyday English words that are not first names (a capitalised one opening a sentence is a word), and English words at all.
import { join } from 'node:path';
import { readResourceJson } from '../../../shared/resources';
import { inSorted } from './sorted-words';

/** Where the tables live under resources/: read on first use, not bundled, so no command pays for them at start. */
const EVERYDAY_WORDS_PATH = join('engine', 'language', 'everyday-words.json');
const OTHER_ENGLISH_WORDS_PATH = join('engine', 'language', 'other-english-words.json');

/** The everyday table: 40,000 common words that are no first name, sorted, one space between each. */
let everyday: string | undefined;

/** The other English words: 439 common words that are first names too ("hope", "storm"), 23,000 rarer ones. */
interface OtherEnglishWords {
  alsoNames: string;
  rarer: string;
}

let other: OtherEnglishWords | undefined;

/** Whether the lower-case word is a common English word that no first-name list holds ("naturally", "correction"). */
export function isEverydayWord(lower: string): boolean {
  everyday ??= readResourceJson<{ words: string }>(EVERYDAY_WORDS_PATH).words;
  return inSorted(everyday, lower);
}

/** Whether the lower-case word is an English word at all, a first name or not ("storm", "naturally", "hideous"). */
export function isEnglishWord(lower: string): boolean {
  if (isEverydayWord(lower)) return true;
  other ??= readResourceJson<OtherEnglishWords>(OTHER_ENGLISH_WORDS_PATH);
  return inSorted(other.alsoNames, lower) || inSorted(other.rarer, lower);
}

/** Whether the lower-case word is a common English word that is also a first name ("hope", "grace", "will"). */
export function isWordAndName(lower: string): boolean {
  other ??= readResourceJson<OtherEnglishWords>(OTHER_ENGLISH_WORDS_PATH);
  return inSorted(other.alsoNames, lower);
}

/**
 * Whether the text after a capitalised word reads like the rest of a person's sentence: an age, a verb of the third
 * person, "and" another name or "and her father", or an apposition ("Grace, a cabbie").
 */
export function readsAsPersonAfter(after: string): boolean {
  return NAME_CONTINUES.test(after) || APPOSITION.test(after) || /^\s+and\s+(?:her|his|their)\s/.test(after);
}

/**
 * What follows a sentence's subject when it is a person: an age (not "40 days out", "90 years from home"), "and"
 * another name, a verb of the third person.
 */
const NAME_CONTINUES =
  /^(?:\s*,?\s*\d(?!\d*\s*(?:days?|weeks?|months?|hours?|miles?|km|light|(?:years?|yrs)\s+(?:out|from|away|into|ago|later|after|before)\b))|\s+(?:and|&|or)\s+\p{Lu}|\s+(?:is|was|are|were|has|had|have|should|shall|will|would|can|could|must|might|may|needs?|wants?|does|did|isn't|wasn't|doesn't|didn't|won't|can't|shouldn't|who|from|[a-z]{2,}[^s\W]s)\b)/u;

/** A noun phrase set after the word by a comma: the word is what it describes. */
const APPOSITION = /^\s*,\s+an?\s/;

/**
 * An everyday word capitalised only because it opens the sentence ("Update: Theo…", "Odd, the timeline…", "Kind
 * of…"), unless what follows reads like a person's sentence ("Clement and Ysolde…", "Stone is 52"). Before another
 * capitalised word it may open a name ("Little Moe", "Uncle Badger"), unless it is an adverb ("Mostly Ottoline").
 * `after` is the text right after the word.
 */
export function opensSentenceAsWord(word: string, after: string, beforeCapitalised: boolean): boolean {
  const lower = word.toLowerCase();
  if (!isEverydayWord(lower)) return false;
  // Before a capitalised word or an apposition ("Stone, a retired boxer…") only an adverb is not a name.
  if (beforeCapitalised || APPOSITION.test(after)) return lower.endsWith('ly');
  return !NAME_CONTINUES.test(after);
}
