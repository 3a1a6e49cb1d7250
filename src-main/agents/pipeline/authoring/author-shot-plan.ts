// Shot planner, model path: lens, duration and continuity of every shot, one model call per scene (in parallel).
import { z } from 'zod';
import type { Scene, Shot } from '../../../../src-preload/contract/entities';
import { allocateDurations, type ShotPlan } from '../../../domain/shot-planning';
import type { PipelineDeps } from '../pipeline-deps';
import { authorStage, type Mapped } from './author-stage';
import { commonSlots } from './stage-facts';

/** What the model returns for one scene of the shot planner stage. */
export const AuthoredShotPlanSchema = z.object({
  shots: z
    .array(
      z.object({
        number: z.number().int().min(0),
        lensMm: z.number().min(4).max(1_200),
        /** Seconds on screen (normalised so the shots fill the scene exactly). */
        durationSec: z.number().positive().max(3_600),
        continuity: z.string().trim().min(1).max(2_000),
      }),
    )
    .min(1)
    .max(60),
});
export type AuthoredShotPlan = z.infer<typeof AuthoredShotPlanSchema>;

/** The model's plan for one scene's shots; a shot it left out is planned by the offline rules. */
export function shotPlansFromAuthored(
  a: AuthoredShotPlan,
  scene: Scene,
  shots: readonly Shot[],
  offline: readonly ShotPlan[],
): Mapped<ShotPlan[]> {
  const ordered = [...shots].sort((x, y) => x.number - y.number);
  const byNumber = new Map(a.shots.map((s) => [s.number, s]));
  if (!ordered.some((s) => byNumber.has(s.number)))
    return { ok: false, error: `the plan of scene ${scene.number} named none of its shots` };
  const own = (s: Shot) => offline.find((p) => p.id === s.id);
  const weights = ordered.map((s) => byNumber.get(s.number)?.durationSec ?? own(s)?.durationSec ?? 3);
  const durations = allocateDurations(scene.durationSec ?? weights.reduce((x, y) => x + y, 0), weights);
  return {
    ok: true,
    value: ordered.map((s, i) => {
      const planned = byNumber.get(s.number);
      return {
        id: s.id,
        lensMm: planned?.lensMm ?? own(s)?.lensMm ?? 50,
        durationSec: durations[i]!,
        continuity: planned?.continuity ?? own(s)?.continuity ?? '',
      };
    }),
  };
}

function shotList(scene: Scene, shots: readonly Shot[], names: (id: string) => string): string {
  return JSON.stringify({
    number: scene.number,
    heading: scene.heading,
    durationSec: scene.durationSec,
    shots: [...shots]
      .sort((x, y) => x.number - y.number)
      .map((s) => ({
        number: s.number,
        size: s.size,
        angle: s.angle,
        movement: s.movement,
        description: s.description,
        subjects: s.characterIds.map(names),
      })),
  });
}

/**
 * Plans every scene's shots: the model per scene (calls in parallel), each scene falling back on its own to
 * `offlineFor(scene, shots)`, the offline planner.
 */
export async function authorShotPlans(
  deps: PipelineDeps,
  offlineFor: (scene: Scene, shots: Shot[]) => ShotPlan[],
): Promise<ShotPlan[]> {
  const file = deps.session.file;
  const names = new Map(file.entities.characters.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => names.get(id) ?? 'the subject';
  const plans = await Promise.all(
    file.entities.scenes.map((scene) => {
      const shots = file.entities.shots.filter((s) => s.sceneId === scene.id);
      const offline = () => offlineFor(scene, shots);
      if (shots.length === 0) return offline();
      return authorStage(deps, {
        prompt: 'shot-planner',
        stage: 'shot_planner',
        what: `shot plan of scene ${scene.number}`,
        schema: AuthoredShotPlanSchema,
        slots: () => ({ ...commonSlots(deps, 'none'), scene: shotList(scene, shots, nameOf) }),
        map: (a) => shotPlansFromAuthored(a, scene, shots, offline()),
        fallback: offline,
      });
    }),
  );
  return plans.flat();
}
