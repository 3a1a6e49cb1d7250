// Casting match: how well a talent fits a character (playing age, gender, languages, skills and look), with reasons.

type Gender = 'female' | 'male' | 'nonbinary' | 'unspecified';

/** What casting reads of a character (a project character and a generator draft both fit). */
export interface CastingCharacter {
  age?: number | undefined;
  gender?: Gender | undefined;
  occupation?: string | undefined;
  role?: string | undefined;
  description?: string | undefined;
  traits: readonly string[];
  appearance?: string | undefined;
  voiceNotes?: string | undefined;
}

/** What casting reads of a talent. */
export interface CastingTalent {
  name: string;
  ageMin: number;
  ageMax: number;
  gender?: Gender | undefined;
  languages: readonly string[];
  skills: readonly string[];
  look?: string | undefined;
}

/** A talent's fit for one character: 0..1 and the reasons a casting director would give. */
export interface CastingFit {
  score: number;
  reasons: string[];
}

/** Skills a character calls for, from occupation and traits (a samurai needs sword work, a robot movement). */
const SKILL_CUES: [RegExp, string[]][] = [
  [
    /robot|android|machine|droid|automaton|cyborg/,
    ['physical theatre', 'motion capture', 'mime', 'movement'],
  ],
  [/samurai|ronin|knight|squire|soldier/, ['sword fighting', 'stage combat', 'martial arts']],
  [/sheriff|outlaw|rancher|bounty|cowboy/, ['horse riding', 'western']],
  [/singer|musician|minstrel/, ['singing']],
  [/painter|artist|curator|calligrapher/, ['painting', 'calligraphy']],
  [/fisherman|captain|sailor|keeper|ferry/, ['sailing']],
  [/detective|investigator|cop|reporter/, ['noir', 'thriller']],
  [/funny|playful|impulsive|chatty/, ['comedy', 'improvisation']],
  [/chef|cook/, ['cooking']],
];

/** Languages a character's description or voice can ask for ("speaks Portuguese", "a Mandarin tutor"). */
const LANGUAGES = [
  'English',
  'French',
  'Spanish',
  'Portuguese',
  'German',
  'Italian',
  'Dutch',
  'Russian',
  'Polish',
  'Ukrainian',
  'Arabic',
  'Hebrew',
  'Turkish',
  'Persian',
  'Hindi',
  'Urdu',
  'Bengali',
  'Tamil',
  'Mandarin',
  'Cantonese',
  'Japanese',
  'Korean',
  'Vietnamese',
  'Thai',
  'Swahili',
  'Yoruba',
  'Greek',
  'Swedish',
  'Norwegian',
  'Danish',
  'Finnish',
  'Irish',
  'Welsh',
  'Gaelic',
  'Sign Language',
];

const round2 = (n: number): number => Math.round(n * 100) / 100;

function characterText(c: CastingCharacter): string {
  return [c.occupation, c.traits.join(' '), c.appearance, c.description, c.voiceNotes]
    .filter(Boolean)
    .join(' ');
}

function isMachine(c: CastingCharacter): boolean {
  return /robot|android|machine|droid|automaton|cyborg|chassis/i.test(
    `${c.occupation ?? ''} ${c.appearance ?? ''}`,
  );
}

/** Skills the part calls for: occupation and traits, villains for antagonists, mentors, the story's genre. */
export function wantedSkills(c: CastingCharacter, genre?: string): string[] {
  const text = `${c.occupation ?? ''} ${c.traits.join(' ')} ${c.appearance ?? ''}`.toLowerCase();
  const skills = SKILL_CUES.filter(([re]) => re.test(text)).flatMap(([, s]) => s);
  if (c.role === 'antagonist') skills.push('villains');
  if (/\bmentor\b/i.test(c.description ?? '')) skills.push('mentors');
  if (genre) skills.push(genre.toLowerCase());
  return [...new Set(skills)];
}

/** Languages named anywhere in the character's profile. */
export function wantedLanguages(c: CastingCharacter): string[] {
  const text = characterText(c);
  return LANGUAGES.filter((l) => new RegExp(`\\b${l}\\b`, 'i').test(text));
}

function ageFit(c: CastingCharacter, t: CastingTalent, reasons: string[]): number {
  if (isMachine(c) || c.age === undefined) return 0.6;
  if (c.age >= t.ageMin && c.age <= t.ageMax) {
    reasons.push(`plays ${t.ageMin}–${t.ageMax}, fits age ${c.age}`);
    return 1;
  }
  const off = Math.min(Math.abs(c.age - t.ageMin), Math.abs(c.age - t.ageMax));
  if (off <= 5)
    reasons.push(`plays ${t.ageMin}–${t.ageMax}, ${off} year${off === 1 ? '' : 's'} from age ${c.age}`);
  return Math.max(0, 1 - off / 15);
}

function genderFit(c: CastingCharacter, t: CastingTalent, reasons: string[]): number {
  if (!c.gender || c.gender === 'unspecified' || !t.gender) return 0.8;
  if (c.gender === t.gender) {
    reasons.push(`gender matches (${t.gender})`);
    return 1;
  }
  reasons.push(`gender differs (${t.gender} for a ${c.gender} part)`);
  return c.gender === 'nonbinary' || t.gender === 'nonbinary' ? 0.4 : 0.05;
}

function lookFit(c: CastingCharacter, t: CastingTalent, reasons: string[]): number {
  const charWords = new Set(
    `${c.appearance ?? ''} ${c.traits.join(' ')}`.toLowerCase().match(/[a-z]{4,}/g) ?? [],
  );
  const hits = [...new Set((t.look ?? '').toLowerCase().match(/[a-z]{4,}/g) ?? [])].filter((w) =>
    charWords.has(w),
  );
  if (hits.length > 0) reasons.push(`look: ${hits.join(', ')}`);
  return Math.min(1, hits.length / 2);
}

/**
 * Scores one talent for one character (0..1). Age weighs most, then gender, skills and look; languages
 * count only when the character's profile names one, so a roster without that language is not penalised
 * for parts that never speak it.
 */
export function castingFit(c: CastingCharacter, t: CastingTalent, genre?: string): CastingFit {
  const reasons: string[] = [];
  const age = ageFit(c, t, reasons);
  const gender = genderFit(c, t, reasons);
  const wanted = wantedSkills(c, genre);
  const skillHits = t.skills.filter((s) => wanted.some((w) => s.toLowerCase().includes(w)));
  const skills = wanted.length === 0 ? 0.5 : Math.min(1, skillHits.length / Math.min(2, wanted.length));
  if (skillHits.length > 0) reasons.push(`skills: ${skillHits.join(', ')}`);
  const look = lookFit(c, t, reasons);
  const languages = wantedLanguages(c);
  let score: number;
  if (languages.length === 0) score = 0.35 * age + 0.25 * gender + 0.25 * skills + 0.15 * look;
  else {
    const spoken = languages.filter((l) => t.languages.some((s) => s.toLowerCase() === l.toLowerCase()));
    if (spoken.length > 0) reasons.push(`speaks ${spoken.join(', ')}`);
    else reasons.push(`does not list ${languages.join(', ')}`);
    const lang = spoken.length / languages.length;
    score = 0.3 * age + 0.2 * gender + 0.2 * skills + 0.1 * look + 0.2 * lang;
  }
  // A part written for a woman is not cast with a man on skills alone: a clear mismatch halves the fit.
  if (gender === 0.05) score *= 0.5;
  if (reasons.length === 0) reasons.push('closest available match');
  return { score: round2(score), reasons };
}

/** Talents ranked for a character, best fit first; ties keep the roster order. */
export function rankTalents<T extends CastingTalent>(
  c: CastingCharacter,
  talents: readonly T[],
  genre?: string,
): (CastingFit & { talent: T })[] {
  return talents
    .map((talent, index) => ({ talent, index, ...castingFit(c, talent, genre) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ index: _index, ...rest }) => rest);
}
