// Casting stage: ranks talents for each character by age, gender, skills and look, with reasons.
import { castingFit } from '../../../domain/casting-match';
import { TALENT } from './tables';
import { slug } from './text';
import type { CastingDraft, CharacterDraft, StoryDraft, TalentDraft } from './types';

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

/** Scores one talent for one character (0..1) and says why: the domain's casting match. */
export function scoreTalent(
  c: CharacterDraft,
  t: TalentDraft,
  story?: StoryDraft,
): { score: number; reasons: string[] } {
  return castingFit(c, t, story?.genre);
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
