// What a model may change in each stage's offline draft: small, optional, validated objects (never whole entities).
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max).optional();

export const StoryRefinement = z.object({ title: text(200), logline: text(600), synopsis: text(6_000) });

export const CastRefinement = z.object({
  characters: z
    .array(
      z.object({
        key: z.string(),
        name: text(120),
        description: text(2_000),
        arc: text(2_000),
        goals: z.array(z.string().max(300)).max(5).optional(),
      }),
    )
    .max(60)
    .optional(),
});

export const PlacesRefinement = z.object({
  locations: z
    .array(z.object({ key: z.string(), name: text(120), description: text(2_000) }))
    .max(60)
    .optional(),
});

export const ScenesRefinement = z.object({
  scenes: z
    .array(z.object({ key: z.string(), summary: text(2_000) }))
    .max(400)
    .optional(),
});

export const ShotsRefinement = z.object({
  shots: z
    .array(z.object({ number: z.number().int(), description: text(1_000) }))
    .max(40)
    .optional(),
});

/** Merges refined list items into drafts by `key` (or `number`), leaving everything else as drafted. */
export function mergeByKey<T extends object>(
  drafts: T[],
  refined: Record<string, unknown>[] | undefined,
  key: keyof T & string,
): T[] {
  if (!refined?.length) return drafts;
  return drafts.map((draft) => {
    const patch = refined.find((r) => r[key] === draft[key]);
    if (!patch) return draft;
    const clean = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    );
    return { ...draft, ...clean };
  });
}
