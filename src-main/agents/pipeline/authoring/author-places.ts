// Location scout, model path: the places of the story (the brief's named places first) authored by the model.
import { z } from 'zod';
import type { LocationDraft } from '../../../brains/offline/generate/types';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { keyFor, nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What the model returns for the location scout stage. */
export const AuthoredPlacesSchema = z.object({
  locations: z
    .array(
      z.object({
        name: text(120),
        setting: z.enum(['interior', 'exterior', 'both']),
        description: text(2_000),
        timesOfDay: z.array(text(30)).max(6).optional(),
        props: z.array(text(200)).max(20).optional(),
      }),
    )
    .min(1)
    .max(40),
});
export type AuthoredPlaces = z.infer<typeof AuthoredPlacesSchema>;

/** The model's places as LocationDrafts; places the project already has are dropped from the answer. */
export function placeDraftsFromAuthored(
  a: AuthoredPlaces,
  own: readonly LocationDraft[],
): Mapped<LocationDraft[]> {
  const known = nameIndex(own);
  const taken = new Set(own.map((l) => l.key));
  const seen = new Set<string>();
  const fresh = a.locations.filter((l) => {
    const id = l.name.toLowerCase();
    if (known(l.name) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (fresh.length === 0 && own.length === 0) return { ok: false, error: 'the answer had no usable place' };
  return {
    ok: true,
    value: fresh.map((l) => ({
      key: keyFor('location', l.name, taken),
      name: l.name,
      setting: l.setting,
      description: l.description,
      timeOfDayOptions: l.timesOfDay?.length ? l.timesOfDay.map((t) => t.toUpperCase()) : ['DAY', 'NIGHT'],
      props: l.props ?? [],
    })),
  };
}

/** The new places (the caller keeps the project's own): authored by the model, or `fallback` (offline). */
export function authorPlaces(
  deps: PipelineDeps,
  own: readonly LocationDraft[],
  fallback: () => LocationDraft[],
  limit?: number,
): Promise<LocationDraft[]> {
  return authorStage(deps, {
    prompt: 'location-scout',
    stage: 'location_scout',
    what: 'location list',
    schema: AuthoredPlacesSchema,
    slots: () => commonSlots(deps, 'locations'),
    map: (a) => {
      const mapped = placeDraftsFromAuthored(a, own);
      return mapped.ok && limit ? { ok: true, value: mapped.value.slice(0, limit) } : mapped;
    },
    fallback,
  });
}
