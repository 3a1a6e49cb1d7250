// Acceptance: the idea → production pipeline, run in process for 20 seeds × 5 kinds, always yields a usable project.
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectKind } from '../../../../src-preload/contract/entities';
import type { ProjectFile } from '../../../../src-preload/contract/project';
import { workflowSteps } from '../../../../src-main/workflow';
import { PIPELINE_KINDS, pipelineServices, runIdea } from '../../../fixtures/pipeline-harness';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Every invariant of a finished generate run; returns the problems found (empty when the project is sound). */
function problemsOf(file: ProjectFile, kind: ProjectKind): string[] {
  const p = file.project;
  const e = file.entities;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || problems.push(what));
  check(Boolean(p.title?.trim()), 'no title');
  check(Boolean(p.logline?.trim()), 'no logline');
  check(e.beats.length > 0, 'no beats');
  check(e.characters.length >= 3, `${e.characters.length} characters`);
  for (const c of e.characters) check(c.goals.length > 0 && c.goals.every((g) => g.trim().length > 0), `${c.name} has no goals`);
  check(e.locations.length >= 2, `${e.locations.length} locations`);
  check(e.relationships.length >= 3, `${e.relationships.length} relationships`);
  const ids = new Set([...e.characters.map((c) => c.id), ...e.locations.map((l) => l.id)]);
  for (const r of e.relationships) check(ids.has(r.sourceId) && ids.has(r.targetId) && r.sourceId !== r.targetId, `relationship ${r.id} dangles`);
  const target = p.targetDurationSec ?? 0;
  const total = e.scenes.reduce((sum, s) => sum + (s.durationSec ?? 0), 0);
  check(target > 0 && Math.abs(total - target) <= 0.15 * target, `scenes last ${total}s for a ${target}s target`);
  check(e.scenes.length > 0, 'no scenes');
  for (const s of e.scenes) {
    check(Boolean(s.locationId) && e.locations.some((l) => l.id === s.locationId), `scene ${s.number} has no location`);
    check(s.characterIds.length >= 1 && s.characterIds.every((id) => e.characters.some((c) => c.id === id)), `scene ${s.number} has no (valid) character`);
    const shots = e.shots.filter((shot) => shot.sceneId === s.id);
    check(shots.length >= 3, `scene ${s.number} has ${shots.length} shots`);
    for (const shot of shots) check(Boolean(shot.size && shot.angle && shot.movement), `shot ${s.number}.${shot.number} lacks size/angle/movement`);
  }
  const steps = workflowSteps(kind).map((s) => s.id);
  const shotList = steps.indexOf('shot_list');
  check(shotList >= 0, 'kind has no shot list step');
  check(steps.indexOf(p.workflow.current) >= shotList, `workflow stopped at ${p.workflow.current}`);
  for (const step of steps.slice(0, shotList)) check(p.workflow.completed.includes(step), `step ${step} not completed`);
  return problems;
}

describe('pipeline invariants (robot idea, 20 seeds × 5 kinds)', () => {
  for (const kind of PIPELINE_KINDS) {
    it(`${kind}: every seed yields a complete, consistent project that reaches the shot list`, async () => {
      const services = pipelineServices();
      const failures: string[] = [];
      for (const seed of SEEDS) {
        const run = await runIdea(kind, seed, services);
        expect(run.outcome.status, `seed ${seed}: ${run.outcome.reason}`).toBe('done');
        const problems = problemsOf(run.file, kind);
        if (problems.length) failures.push(`seed ${seed}: ${problems.join('; ')}`);
        await services.projects.close(run.projectId);
      }
      await services.shutdown();
      expect(failures).toEqual([]);
    });
  }

  it('the kinds differ in scale: a feature has more scenes and a longer target than a commercial', async () => {
    const services = pipelineServices();
    const feature = await runIdea('feature-film', 3, services);
    const spot = await runIdea('commercial', 3, services);
    await services.shutdown();
    expect(feature.file.project.targetDurationSec!).toBeGreaterThan(spot.file.project.targetDurationSec!);
    expect(feature.file.entities.scenes.length).toBeGreaterThan(spot.file.entities.scenes.length);
    // Kinds whose workflow has a casting step get casting suggestions for the cast.
    expect(feature.file.entities.castings.length).toBeGreaterThan(0);
  });
});
