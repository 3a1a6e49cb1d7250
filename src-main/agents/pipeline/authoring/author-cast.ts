// Character designer, model path: the cast (names, roles, occupations, goals, arcs) authored from idea, brief and story.
import { z } from 'zod';
import { CharacterRoleSchema, GenderSchema } from '../../../../src-preload/contract/entities';
import type { CharacterDraft } from '../../../brains/offline/generate/types';
import { NEUTRAL_PERSONALITY } from '../drafts-from-project';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { keyFor, nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

const text = (max: number) => z.string().trim().min(1).max(max);
const list = (max: number) => z.array(z.string().trim().min(1).max(300)).max(max);

/** What the model returns for the character designer stage. */
export const AuthoredCastSchema = z.object({
  characters: z
    .array(
      z.object({
        name: text(120),
        role: CharacterRoleSchema,
        occupation: z.string().trim().max(200).optional(),
        age: z.number().int().min(0).max(150).optional(),
        gender: GenderSchema.optional(),
        description: text(2_000),
        goals: list(5).min(1),
        arc: z.string().trim().max(2_000).optional(),
        traits: list(10).optional(),
        appearance: z.string().trim().max(2_000).optional(),
        voice: z.string().trim().max(1_000).optional(),
        aliases: list(10).optional(),
      }),
    )
    .min(1)
    .max(40),
});
export type AuthoredCast = z.infer<typeof AuthoredCastSchema>;

/**
 * The model's cast as CharacterDrafts. Characters the project already has (the user's own, kept as they are) are
 * dropped from the answer; a cast without a protagonist gets its first new character as one.
 */
export function castDraftsFromAuthored(
  a: AuthoredCast,
  own: readonly CharacterDraft[],
): Mapped<CharacterDraft[]> {
  const known = nameIndex(own);
  const taken = new Set(own.map((c) => c.key));
  const seen = new Set<string>();
  const fresh = a.characters.filter((c) => {
    const id = c.name.toLowerCase();
    if (known(c.name) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (fresh.length === 0 && own.length === 0)
    return { ok: false, error: 'the answer had no usable character' };
  const hasLead = [...own, ...fresh].some((c) => c.role === 'protagonist');
  const drafts = fresh.map((c, i): CharacterDraft => ({
    key: keyFor('character', c.name, taken),
    name: c.name,
    aliases: c.aliases ?? [],
    age: c.age ?? 35,
    gender: c.gender ?? 'unspecified',
    occupation: c.occupation ?? '',
    role: !hasLead && i === 0 ? 'protagonist' : c.role,
    description: c.description,
    personality: NEUTRAL_PERSONALITY,
    goals: c.goals,
    arc: c.arc ?? '',
    traits: c.traits ?? [],
    appearance: c.appearance ?? '',
    voiceNotes: c.voice ?? '',
    emotionalState: '',
  }));
  return { ok: true, value: drafts };
}

/**
 * The new characters of the cast (the user's own `own` are kept by the caller): authored by the model, or
 * `fallback` (the offline cast). `limit` caps a regeneration to the number of characters it replaces.
 */
export function authorCast(
  deps: PipelineDeps,
  own: readonly CharacterDraft[],
  fallback: () => CharacterDraft[],
  limit?: number,
): Promise<CharacterDraft[]> {
  return authorStage(deps, {
    prompt: 'character-designer',
    stage: 'character_designer',
    what: 'cast list',
    schema: AuthoredCastSchema,
    slots: () => commonSlots(deps, 'characters'),
    map: (a) => {
      const mapped = castDraftsFromAuthored(a, own);
      return mapped.ok && limit ? { ok: true, value: mapped.value.slice(0, limit) } : mapped;
    },
    fallback,
    stream: true,
  });
}
