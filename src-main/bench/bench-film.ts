// The benchmarks' big project: a generated short film with its scenes repeated until it holds the wanted shots.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectFile } from '../../src-preload/contract/project';
import { offlineBrain } from '../brains/offline/offline-brain';
import { paramsFromIdea } from '../brains/offline/generate/generate-params';
import { createServices } from '../services';
import { newId } from '../shared/ids';

/** Repeats the film's scenes (fresh ids, renumbered) until it holds exactly SHOTS shots. */
export function scaleTo(file: ProjectFile, shots: number): ProjectFile {
  const scenes = [...file.entities.scenes];
  const allShots = [...file.entities.shots];
  for (let round = 1; allShots.length < shots; round++) {
    for (const scene of file.entities.scenes) {
      const id = newId();
      scenes.push({ ...scene, id, number: scene.number + round * file.entities.scenes.length });
      for (const shot of file.entities.shots.filter((s) => s.sceneId === scene.id))
        allShots.push({ ...shot, id: newId(), sceneId: id });
    }
  }
  const kept = allShots.slice(0, shots);
  const used = new Set(kept.map((s) => s.sceneId));
  return {
    ...file,
    entities: { ...file.entities, scenes: scenes.filter((s) => used.has(s.id)), shots: kept },
  };
}

/** A short film the offline pipeline generates (seed 7), as its project file. */
export async function generatedFilm(): Promise<ProjectFile> {
  const root = await mkdtemp(join(tmpdir(), 'storyloom-bench-export-'));
  try {
    const services = createServices({
      root,
      transport: 'cli',
      brain: offlineBrain,
      appDir: join(root, '.app'),
    });
    const summary = await services.projects.create('Bench', 'short-film', { seed: 7 });
    const idea = 'a lighthouse keeper and her estranged brother fight over selling the lighthouse';
    await (
      await services.pipeline.start(summary.id, paramsFromIdea(idea, 'short-film', 7))
    ).done;
    const file = (await services.projects.open(summary.id)).file;
    await services.shutdown();
    return file;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
