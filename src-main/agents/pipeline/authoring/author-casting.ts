// Casting, model path: talent from the roster suggested for each character, with the reasons, by the model.
import { z } from 'zod';
import type { CastingDraft, CharacterDraft, TalentDraft } from '../../../brains/offline/generate/types';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

/** What the model returns for the casting stage. */
export const AuthoredCastingSchema = z.object({
  casting: z
    .array(
      z.object({
        character: z.string().trim().min(1).max(120),
        talent: z.string().trim().min(1).max(120),
        score: z.number().min(0).max(1),
        reasons: z.array(z.string().trim().min(1).max(300)).min(1).max(5),
      }),
    )
    .min(1)
    .max(300),
});
export type AuthoredCasting = z.infer<typeof AuthoredCastingSchema>;

/** The model's suggestions as drafts: characters and talent resolved by name, unknown names and repeats dropped. */
export function castingDraftsFromAuthored(
  a: AuthoredCasting,
  characters: readonly CharacterDraft[],
  pool: readonly TalentDraft[],
): Mapped<CastingDraft[]> {
  const findCharacter = nameIndex(characters);
  const findTalent = nameIndex(pool);
  const seen = new Set<string>();
  const drafts: CastingDraft[] = [];
  for (const s of a.casting) {
    const character = findCharacter(s.character);
    const talent = findTalent(s.talent);
    if (!character || !talent || seen.has(`${character.key}~${talent.key}`)) continue;
    seen.add(`${character.key}~${talent.key}`);
    drafts.push({ characterKey: character.key, talentKey: talent.key, score: s.score, reasons: s.reasons });
  }
  return drafts.length
    ? { ok: true, value: drafts }
    : { ok: false, error: 'no suggestion named a character and a talent of the roster' };
}

/** The roster as the prompt shows it. */
function roster(pool: readonly TalentDraft[]): string {
  return JSON.stringify(
    pool.map((t) => ({
      name: t.name,
      ages: `${t.ageMin}-${t.ageMax}`,
      gender: t.gender,
      languages: t.languages,
      skills: t.skills,
      look: t.look,
    })),
  );
}

/** Casting suggestions: authored by the model from the roster, or `fallback` (offline scoring). */
export function authorCasting(
  deps: PipelineDeps,
  characters: readonly CharacterDraft[],
  pool: readonly TalentDraft[],
  fallback: () => CastingDraft[],
): Promise<CastingDraft[]> {
  if (characters.length === 0) return Promise.resolve(fallback());
  return authorStage(deps, {
    prompt: 'casting',
    stage: 'casting',
    what: 'casting suggestions',
    schema: AuthoredCastingSchema,
    slots: () => ({ ...commonSlots(deps, 'none'), roster: roster(pool) }),
    map: (a) => castingDraftsFromAuthored(a, characters, pool),
    fallback,
  });
}
