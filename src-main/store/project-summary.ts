// Builds the home-screen summary of a project from its file.
import type { ProjectSummary } from '../../src-preload/contract/dto';
import type { ProjectFile } from '../../src-preload/contract/project';

export function summarize(file: ProjectFile, path: string): ProjectSummary {
  const e = file.entities;
  return {
    id: file.project.id,
    name: file.project.name,
    kind: file.project.kind,
    path,
    updatedAt: file.project.updatedAt,
    counts: {
      characters: e.characters.length,
      locations: e.locations.length,
      scenes: e.scenes.length,
      shots: e.shots.length,
    },
  };
}
