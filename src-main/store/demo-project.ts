// The demo project: written once under the projects root from resources/, then found again instead of copied.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSummary } from '../../src-preload/contract/dto';
import { resourcesDir } from '../shared/resources';
import { decodeProjectText } from './project-file-codec';
import type { ProjectRepository } from './project-repository';
import { summarize } from './project-summary';

/**
 * Returns the demo project, creating it only when the root holds none. The demo keeps the id it ships
 * with, so "the demo" is the project with that id (renamed or edited, it is still the user's demo);
 * every click on "Open demo project" opens that one instead of making another copy.
 */
export async function ensureDemoProject(
  repo: ProjectRepository,
): Promise<{ summary: ProjectSummary; created: boolean }> {
  const text = await fs.readFile(join(resourcesDir(), 'demo', 'project.json'), 'utf8');
  const { file } = decodeProjectText(text, 'demo project');
  const existing = (await repo.list()).find((p) => p.id === file.project.id);
  if (existing) return { summary: existing, created: false };
  const dir = await repo.writeNewProject(file);
  return { summary: summarize(file, dir), created: true };
}
