// Project-level fields the chat can set ("write a logline", "the theme is loneliness") and how to ask for them.

export const META_FIELDS = ['logline', 'theme', 'title', 'style', 'tone', 'genre', 'synopsis'] as const;
export type MetaField = (typeof META_FIELDS)[number];

const WORDS: [RegExp, MetaField][] = [
  [/\blog ?line\b/i, 'logline'],
  [/\b(?:theme|premise)\b/i, 'theme'],
  [/\btitle\b/i, 'title'],
  [/\b(?:visual )?style\b|\blook\b/i, 'style'],
  [/\b(?:brand )?tone\b|\bmood\b/i, 'tone'],
  [/\bgenre\b/i, 'genre'],
  [/\bsynopsis\b|\bsummary\b/i, 'synopsis'],
];

export const QUESTIONS: Record<MetaField, string> = {
  logline: 'What is the logline? One sentence: who wants what, and what stands in the way.',
  theme: 'What is the film about — its theme or premise, in a few words?',
  title: 'What is the title?',
  style: 'What visual style do you want (for example “hand-held naturalism” or “neon noir”)?',
  tone: 'What tone should it have (for example “warm and playful” or “tense”)?',
  genre: 'Which genre is it?',
  synopsis: 'Give me a short synopsis (a few sentences).',
};

/** The meta field a message is about, if any. */
export function metaFieldIn(text: string, attributes: Record<string, unknown> = {}): MetaField | undefined {
  const fromParams = META_FIELDS.find((f) => Object.hasOwn(attributes, f));
  return fromParams ?? WORDS.find(([re]) => re.test(text))?.[1];
}

/** The value a message gives for a field: "set the logline to X", "the theme is X", "title: X". */
export function metaValueIn(
  text: string,
  field: MetaField,
  attributes: Record<string, unknown> = {},
): string | undefined {
  const given = attributes[field];
  if (typeof given === 'string' && given.trim()) return given.trim();
  // A question ("what is the logline?") asks for the value; it never is one.
  if (/\?\s*$/.test(text)) return undefined;
  const match = /(?:\b(?:is\s+)?(?:set\s+)?to\b|:|\bis\b|\bas\b|\bshould be\b)\s+(.+)$/is.exec(text);
  // "…to be X": a lower-case "be" only, so "set the title to Be Kind" keeps its title.
  const value = match?.[1]
    ?.trim()
    .replace(/^be\s+/, '')
    .replace(/^["“]|["”.]$/g, '')
    .trim();
  return value && value.length >= 2 ? value : undefined;
}
