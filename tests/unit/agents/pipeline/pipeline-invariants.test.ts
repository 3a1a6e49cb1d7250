// Acceptance: the idea → production pipeline, run in process for 20 seeds of each smaller kind, always yields a usable project.
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectKind } from '../../../../src-preload/contract/entities';
import { pipelineServices, runIdea } from '../../../fixtures/pipeline-harness';
import { invariantFailures, problemsOf } from '../../../fixtures/pipeline-invariants';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Seeds 1–20 in chunks of five, one test each (feature films have their own file: they are the slow ones). */
const CHUNKS = [1, 6, 11, 16].map((first) => Array.from({ length: 5 }, (_, i) => first + i));
const KINDS: ProjectKind[] = ['short-film', 'series-episode', 'music-video', 'commercial'];

describe('pipeline invariants (robot idea, 20 seeds × short, episode, music video, commercial)', () => {
  for (const kind of KINDS) {
    for (const seeds of CHUNKS) {
      it(`${kind} seeds ${seeds[0]}–${seeds.at(-1)}: complete, consistent projects that reach the shot list`, async () => {
        expect(await invariantFailures(kind, seeds)).toEqual([]);
      });
    }
  }

  it('the kinds differ in scale: a feature has more scenes and a longer target than a commercial', async () => {
    const services = pipelineServices();
    const feature = await runIdea('feature-film', 3, services);
    const spot = await runIdea('commercial', 3, services);
    await services.shutdown();
    expect(feature.file.project.targetDurationSec!).toBeGreaterThan(spot.file.project.targetDurationSec!);
    expect(feature.file.entities.scenes.length).toBeGreaterThan(spot.file.entities.scenes.length);
    // Kinds whose workflow has a casting step get casting suggestions; a music video (no casting step) gets none.
    expect(feature.file.entities.castings.length).toBeGreaterThan(0);
    const video = await runIdea('music-video', 3, services);
    expect(video.file.entities.castings).toEqual([]);
  });

  it('the invariant checker is not vacuous: it reports a broken project', async () => {
    const run = await runIdea('commercial', 2);
    await run.services.shutdown();
    expect(problemsOf(run.file, 'commercial')).toEqual([]);
    const e = run.file.entities;
    const [first, second] = e.scenes;
    const broken = {
      ...run.file,
      project: {
        ...run.file.project,
        logline: '',
        workflow: { ...run.file.project.workflow, current: 'scene_breakdown' as const },
      },
      entities: {
        ...e,
        characters: e.characters.map((c, i) => (i === 0 ? { ...c, goals: [] } : c)),
        scenes: e.scenes.map((s) =>
          s === first ? { ...s, locationId: undefined, durationSec: (s.durationSec ?? 0) + 1_000 } : s,
        ),
        shots: e.shots.filter((shot) => shot.sceneId !== second!.id),
      },
    };
    const problems = problemsOf(broken, 'commercial').join('\n');
    expect(problems).toMatch(/no logline/);
    expect(problems).toMatch(/has no goals/);
    expect(problems).toMatch(/scene 1 has no location/);
    expect(problems).toMatch(/scene 2 has 0 shots/);
    expect(problems).toMatch(/scenes last \d+s for a \d+s target/);
    expect(problems).toMatch(/workflow stopped at scene_breakdown/);
  });
});
