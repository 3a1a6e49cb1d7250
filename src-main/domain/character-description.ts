// What a one-character create message says beyond name, age and job: the role it plays and a short description.
import type { AttributeValue } from '../../src-preload/contract/intent';

export type Role = 'protagonist' | 'antagonist' | 'supporting' | 'minor';

// Role nouns are tried before the modifiers "main"/"lead", so "the main villain" is an antagonist.
const ROLE_WORDS: [RegExp, Role][] = [
  [/\b(?:protagonist|hero|heroine|main character)\b/i, 'protagonist'],
  [/\b(?:antagonist|villain|nemesis|enemy|opponent)\b/i, 'antagonist'],
  [/\b(?:supporting|support|sidekick|side character|ally)\b/i, 'supporting'],
  [/\b(?:minor|extra|background|cameo)\b/i, 'minor'],
];
/** In a short answer to "which role?", "lead" or "main" alone also means the protagonist. */
const ANSWER_WORDS: [RegExp, Role][] = [...ROLE_WORDS, [/\b(?:lead|main)\b/i, 'protagonist']];
const ROLE_PHRASE =
  /\b(?:(?:she|he|they)\s+(?:is|are|'s|'re)\s+)?(?:the|our|a|an)?\s*(?:main\s+)?(?:protagonist|hero|heroine|lead|antagonist|villain|nemesis|supporting(?:\s+character)?|sidekick|side character|ally|minor(?:\s+character)?|cameo)\b/gi;
const COMMAND =
  /^\s*(?:please\s+)?(?:create|add|introduce|make|new|meet)\b[^,:]*?(?:\b(?:named|called)\b\s*)?/i;

/** The role a message gives its character ("…, the antagonist"), if any; `answer` also accepts "lead"/"main". */
export const roleOf = (text: string, answer = false): Role | undefined =>
  (answer ? ANSWER_WORDS : ROLE_WORDS).find(([re]) => re.test(text))?.[1];

/**
 * Role and description for the only character of a create message. The description is what is left of the
 * message once the command, the name, the age, the occupation and the role are taken out — when anything is.
 */
export function describeSingleCharacter(
  text: string,
  name: string,
  attributes: Record<string, AttributeValue>,
): Record<string, AttributeValue> {
  const extra: Record<string, AttributeValue> = {};
  const role = roleOf(text);
  if (role && attributes.role === undefined) extra.role = role;
  if (
    typeof attributes.occupation === 'string' &&
    roleOf(attributes.occupation) &&
    attributes.occupation.split(/\s+/).length <= 2
  ) {
    extra.occupation = '';
  }
  if (attributes.description === undefined) {
    const afterName = text.slice(Math.max(0, text.indexOf(name)) + name.length);
    const rest = (text.includes(name) ? afterName : text.replace(COMMAND, ''))
      .replace(ROLE_PHRASE, ' ')
      .replace(/\b\d{1,3}(?:[- ]year[- ]old)?\b/gi, ' ')
      .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, '')
      .replace(/\s*[,;]\s*(?=[,;.!?]|$)/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    const content = rest
      .replace(/\b(?:a|an|the|and|is|who)\b/gi, ' ')
      .replace(/[^\p{L}\s']/gu, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const occupationWords =
      typeof attributes.occupation === 'string' ? attributes.occupation.toLowerCase().split(/\s+/) : [];
    const meaningful = content.filter((w) => !occupationWords.includes(w.toLowerCase()));
    if (meaningful.length >= 2)
      extra.description = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`.replace(/[.;,]*$/, '.');
  }
  return extra;
}
