// Exports a stored project in any format: the archive through the store, documents through renderExport.
import type { ProjectExportFormat } from '../../../src-preload/contract/exports';
import type { ProjectRepository } from '../../store/project-repository';
import { exportProject } from '../archive/project-transfer';
import { renderExport, type RenderedExport, type RenderOptions } from './render-export';

/** One entry point for the CLI, the `project:export` handler and chat, so all three export the same bytes. */
export async function exportProjectAs(
  projects: ProjectRepository,
  ref: string,
  format: ProjectExportFormat,
  appVersion: string,
  options: RenderOptions = {},
): Promise<RenderedExport> {
  if (format === 'storyloom') {
    const { fileName, bytes } = await exportProject(projects, ref, appVersion);
    return { fileName, bytes, mediaType: 'application/zip' };
  }
  const session = await projects.open(ref);
  await session.flush();
  return renderExport(session.file, format, { ...options, projectDir: session.dir });
}
