// Relationship writer, model path: who relates to whom (kind, label, strength, trust), by the cast's names.
import { z } from 'zod';
import { RelationshipKindSchema } from '../../../../src-preload/contract/entities';
import type { CharacterDraft, RelationshipDraft } from '../../../brains/offline/generate/types';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

/** What the model returns for the relationship writer stage. */
export const AuthoredRelationshipsSchema = z.object({
  relationships: z
    .array(
      z.object({
        a: z.string().trim().min(1).max(120),
        b: z.string().trim().min(1).max(120),
        kind: RelationshipKindSchema,
        label: z.string().trim().min(1).max(200),
        directed: z.boolean().optional(),
        strength: z.number().min(-1).max(1),
        trust: z.number().min(0).max(1),
      }),
    )
    .min(1)
    .max(200),
});
export type AuthoredRelationships = z.infer<typeof AuthoredRelationshipsSchema>;

/** The model's relationships as drafts; pairs naming nobody in the cast, or twice the same pair, are dropped. */
export function relationshipDraftsFromAuthored(
  a: AuthoredRelationships,
  cast: readonly CharacterDraft[],
): Mapped<RelationshipDraft[]> {
  const find = nameIndex(cast);
  const pairs = new Set<string>();
  const drafts: RelationshipDraft[] = [];
  for (const r of a.relationships) {
    const source = find(r.a);
    const target = find(r.b);
    if (!source || !target || source === target) continue;
    const pair = [source.key, target.key].sort().join('~');
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    drafts.push({
      sourceKey: source.key,
      targetKey: target.key,
      kind: r.kind,
      label: r.label,
      directed: r.directed ?? false,
      strength: r.strength,
      trust: r.trust,
    });
  }
  return drafts.length
    ? { ok: true, value: drafts }
    : { ok: false, error: 'no relationship named two characters of the cast' };
}

/** The cast's relationships: authored by the model, or `fallback` (offline). */
export function authorRelationships(
  deps: PipelineDeps,
  cast: readonly CharacterDraft[],
  fallback: () => RelationshipDraft[],
): Promise<RelationshipDraft[]> {
  if (cast.length < 2) return Promise.resolve(fallback());
  return authorStage(deps, {
    prompt: 'relationship-writer',
    stage: 'relationship_writer',
    what: 'relationship list',
    schema: AuthoredRelationshipsSchema,
    slots: () => commonSlots(deps, 'relationships'),
    map: (a) => relationshipDraftsFromAuthored(a, cast),
    fallback,
  });
}
