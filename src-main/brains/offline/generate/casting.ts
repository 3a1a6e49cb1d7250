// Casting stage: ranks talents for each character by age, gender, skills and look, with reasons.
import { partOf } from './relationships';
import { TALENT } from './tables';
import { round, slug } from './text';
import type { CastingDraft, CharacterDraft, StoryDraft, TalentDraft } from './types';

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

/** The built-in talent pool (resources/engine/generate/talent.json) as drafts with stable keys. */
export function defaultTalentPool(): TalentDraft[] {
  return TALENT.talents.map((t) => ({
    key: `talent-${slug(t.name)}`,
    ...t,
    languages: [...t.languages],
    skills: [...t.skills],
    credits: [...t.credits],
  }));
}

function wantedSkills(c: CharacterDraft, story?: StoryDraft): string[] {
  const text = `${c.occupation} ${c.traits.join(' ')} ${c.appearance}`.toLowerCase();
  const skills = SKILL_CUES.filter(([re]) => re.test(text)).flatMap(([, s]) => s);
  const part = partOf(c);
  if (part === 'antagonist') skills.push('villains');
  if (part === 'mentor') skills.push('mentors');
  if (story) skills.push(story.genre.toLowerCase());
  return [...new Set(skills)];
}

function isMachine(c: CharacterDraft): boolean {
  return /robot|android|machine|droid|automaton|cyborg|chassis/i.test(`${c.occupation} ${c.appearance}`);
}

/** Scores one talent for one character (0..1) and says why. */
export function scoreTalent(
  c: CharacterDraft,
  t: TalentDraft,
  story?: StoryDraft,
): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  const machine = isMachine(c);
  let age: number;
  if (machine) age = 0.6;
  else if (c.age >= t.ageMin && c.age <= t.ageMax) {
    age = 1;
    reasons.push(`plays ${t.ageMin}–${t.ageMax}, fits age ${c.age}`);
  } else age = Math.max(0, 1 - Math.min(Math.abs(c.age - t.ageMin), Math.abs(c.age - t.ageMax)) / 15);
  let gender: number;
  if (c.gender === 'unspecified') gender = 0.8;
  else if (c.gender === t.gender) {
    gender = 1;
    reasons.push(`gender matches (${t.gender})`);
  } else gender = c.gender === 'nonbinary' || t.gender === 'nonbinary' ? 0.4 : 0.05;
  const wanted = wantedSkills(c, story);
  const hits = t.skills.filter((s) => wanted.some((w) => s.toLowerCase().includes(w)));
  const skills = wanted.length === 0 ? 0.5 : Math.min(1, hits.length / Math.min(2, wanted.length));
  if (hits.length > 0) reasons.push(`skills: ${hits.join(', ')}`);
  const charWords = new Set(`${c.appearance} ${c.traits.join(' ')}`.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const lookHits = (t.look.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => charWords.has(w));
  const look = Math.min(1, lookHits.length / 2);
  if (lookHits.length > 0) reasons.push(`look: ${[...new Set(lookHits)].join(', ')}`);
  const score = round(0.35 * age + 0.25 * gender + 0.25 * skills + 0.15 * look);
  if (reasons.length === 0) reasons.push('closest available match');
  return { score, reasons };
}

/**
 * Suggests up to `perCharacter` talents for each character, best first. Deterministic: ties break by talent key.
 * The story is optional and only adds its genre as a wanted skill.
 */
export function generateCasting(
  characters: readonly CharacterDraft[],
  talentPool: readonly TalentDraft[] = defaultTalentPool(),
  story?: StoryDraft,
  perCharacter = 3,
): CastingDraft[] {
  const out: CastingDraft[] = [];
  for (const c of characters) {
    const ranked = talentPool
      .map((t) => ({ t, ...scoreTalent(c, t, story) }))
      .sort((a, b) => b.score - a.score || (a.t.key < b.t.key ? -1 : a.t.key > b.t.key ? 1 : 0))
      .slice(0, perCharacter);
    for (const r of ranked)
      out.push({ characterKey: c.key, talentKey: r.t.key, score: r.score, reasons: r.reasons });
  }
  return out;
}
