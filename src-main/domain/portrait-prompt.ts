// The prompt of a generated portrait: only what the project says about the character (nothing invented).
import type { Character } from '../../src-preload/contract/entities';
import type { ProjectFile } from '../../src-preload/contract/project';

/** Words that make a sentence of a description worth showing to an image model (looks, not deeds). */
const VISUAL =
  /\b(hair|bald|beard|moustache|mustache|eyes?|skin|freckle[sd]?|scar|tattoo|glasses|tall|short|slim|thin|lean|wiry|stocky|broad|heavy|muscular|petite|build|wears?|wearing|dressed|coat|jacket|suit|dress|uniform|hat|boots)\b/i;

const ROLE_WORDS: Record<NonNullable<Character['role']>, string> = {
  protagonist: 'the lead character',
  antagonist: 'the antagonist',
  supporting: 'a supporting character',
  minor: 'a minor character',
};

/** Sentences of a text that describe how someone looks. */
function visualSentences(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return (text.match(/[^.!?]+[.!?]?/g) ?? []).map((s) => s.trim()).filter((s) => VISUAL.test(s));
}

/** Who the character is in a few words: age, gender, occupation (each only when the project has it). */
function personLine(c: Character): string {
  const age = c.age !== undefined ? `${c.age}-year-old` : '';
  const gender =
    c.gender === 'female' ? 'woman' : c.gender === 'male' ? 'man' : c.gender === 'nonbinary' ? 'person' : '';
  const noun = gender || 'person';
  const who = [age, noun].filter(Boolean).join(' ');
  return c.occupation?.trim() ? `a ${who} who works as ${c.occupation.trim()}` : `a ${who}`;
}

/** The wardrobe notes of the character, first scenes first, without repeats (at most three). */
function wardrobeOf(c: Character): string[] {
  return [...new Set(c.wardrobe.map((w) => w.description.trim()).filter(Boolean))].slice(0, 3);
}

/**
 * Builds the image prompt for a character's portrait from its own fields: age, gender, occupation, role, stated
 * appearance (build, hair, face), wardrobe notes, and the project's genre, tone and style. A field
 * the project leaves empty is left out, never filled in; the name is not drawn (image models spell badly).
 */
export function portraitPrompt(file: ProjectFile, c: Character): string {
  const looks = [...visualSentences(c.appearance), ...visualSentences(c.description)];
  const wardrobe = wardrobeOf(c);
  const project = file.project;
  const look = [project.genre, project.tone, project.style]
    .map((v) => v?.trim())
    .filter((v): v is string => Boolean(v));
  const lines = [
    `Head-and-shoulders character portrait of ${personLine(c)}${c.role ? `, ${ROLE_WORDS[c.role]} of a film` : ''}.`,
    ...(looks.length ? [`Appearance: ${[...new Set(looks)].join(' ')}`] : []),
    ...(wardrobe.length ? [`Wardrobe: ${wardrobe.join('; ')}.`] : []),
    ...(look.length ? [`Look of the film: ${look.join(', ')}.`] : []),
    'Film pre-production concept art, neutral background, no text, no lettering, no watermark.',
  ];
  return lines.join('\n').slice(0, 3_800);
}
