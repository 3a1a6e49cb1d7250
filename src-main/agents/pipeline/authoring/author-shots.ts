// Storyboard artist, model path: one scene's shots (framing, angle, movement, subjects, frames) authored by the model.
import { z } from 'zod';
import {
  ShotAngleSchema,
  ShotMovementSchema,
  ShotSizeSchema,
} from '../../../../src-preload/contract/entities';
import type { CharacterDraft, SceneDraft, ShotDraft } from '../../../brains/offline/generate/types';
import { allocateDurations, LENS_BY_SIZE } from '../../../domain/shot-planning';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { nameIndex } from './name-index';
import { commonSlots } from './stage-facts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What the model returns for one scene of the storyboard stage. */
export const AuthoredShotsSchema = z.object({
  shots: z
    .array(
      z.object({
        size: ShotSizeSchema,
        angle: ShotAngleSchema,
        movement: ShotMovementSchema,
        description: text(1_000),
        /** Names of the characters in frame (none for a detail or an empty place). */
        subjects: z.array(text(120)).max(20).default([]),
        dialogue: text(4_000).optional(),
        firstFrame: text(1_000).optional(),
        lastFrame: text(1_000).optional(),
        lensMm: z.number().min(4).max(1_200).optional(),
        /** Share of the scene's time (normalised so the shots fill the scene exactly). */
        durationSec: z.number().positive().max(3_600).optional(),
      }),
    )
    .min(3)
    .max(40),
});
export type AuthoredShots = z.infer<typeof AuthoredShotsSchema>;

/** The model's shots as ShotDrafts: subjects resolved to the scene's cast, durations filling the scene. */
export function shotDraftsFromAuthored(
  a: AuthoredShots,
  scene: SceneDraft,
  characters: readonly CharacterDraft[],
): Mapped<ShotDraft[]> {
  const find = nameIndex(characters);
  const durations = allocateDurations(
    scene.durationSec > 0 ? scene.durationSec : a.shots.length * 3,
    a.shots.map((s) => s.durationSec ?? 3),
  );
  return {
    ok: true,
    value: a.shots.map((s, i) => ({
      number: i + 1,
      size: s.size,
      angle: s.angle,
      movement: s.movement,
      lensMm: s.lensMm ?? LENS_BY_SIZE[s.size] ?? 50,
      description: s.description,
      firstFrame: s.firstFrame ?? s.description,
      lastFrame: s.lastFrame ?? s.description,
      characterKeys: [...new Set(s.subjects.map((n) => find(n)?.key).filter((k): k is string => Boolean(k)))],
      ...(s.dialogue ? { dialogue: s.dialogue } : {}),
      durationSec: durations[i]!,
      continuity: '',
    })),
  };
}

/** What the storyboard prompt shows of the scene it draws. */
function sceneBrief(scene: SceneDraft, characters: readonly CharacterDraft[]): string {
  const names = new Map(characters.map((c) => [c.key, c.name]));
  return JSON.stringify({
    number: scene.number,
    heading: scene.heading,
    cast: scene.characterKeys.map((k) => names.get(k)).filter(Boolean),
    summary: scene.summary,
    durationSec: scene.durationSec,
    elements: scene.elements.map((e) => ({
      type: e.type,
      text: e.text,
      ...(e.characterKey ? { character: names.get(e.characterKey) } : {}),
    })),
  });
}

/** One scene's shots: authored by the model, or `fallback` (offline). */
export function authorShots(
  deps: PipelineDeps,
  scene: SceneDraft,
  characters: readonly CharacterDraft[],
  fallback: () => ShotDraft[],
): Promise<ShotDraft[]> {
  return authorStage(deps, {
    prompt: 'storyboard-artist',
    stage: 'storyboard_artist',
    what: `shots of scene ${scene.number}`,
    schema: AuthoredShotsSchema,
    slots: () => ({ ...commonSlots(deps, 'none'), scene: sceneBrief(scene, characters) }),
    map: (a) => shotDraftsFromAuthored(a, scene, characters),
    fallback,
  });
}
