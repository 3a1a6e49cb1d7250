// Handlers of the project:* channels (list, create, open, rename, duplicate, delete, export, import, demo, backups).
import type { ProjectSnapshot } from '../../src-preload/contract/dto';
import { APP_VERSION } from '../shared/app-version';
import { AppFailure } from '../shared/failure';
import type { Services } from './index';
import { ensureDemoProject } from '../store/demo-project';
import type { ProjectSession } from '../store/project-session';
import { summarize } from '../store/project-summary';
import { importProject } from '../formats/archive/project-transfer';
import { exportProjectAs } from '../formats/export/export-project-as';
import type { HandlerTable } from '../shared/handler-types';
import { describeCounts, importTextAsProject, TEXT_IMPORT_EXTENSIONS } from '../agents/analyze-source';

export function snapshotOf(session: ProjectSession): ProjectSnapshot {
  return {
    summary: summarize(session.file, session.dir),
    file: session.file,
    revision: session.revision,
    readOnly: session.readOnly,
    ...(session.readOnlyReason ? { readOnlyReason: session.readOnlyReason } : {}),
    canUndo: session.canUndo,
    canRedo: session.canRedo,
  };
}

/** The largest import accepted over IPC (bytes after base64 decoding). */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

type ProjectHandlers = Pick<
  HandlerTable,
  | 'project:list'
  | 'project:create'
  | 'project:open'
  | 'project:close'
  | 'project:rename'
  | 'project:duplicate'
  | 'project:delete'
  | 'project:export'
  | 'project:import'
  | 'project:openDemo'
  | 'project:backups'
  | 'project:restoreBackup'
  | 'project:updateSettings'
>;

export function projectHandlers(services: Services): ProjectHandlers {
  const { projects } = services;
  return {
    'project:list': async () => projects.list(),
    'project:create': async ({ name, kind }) => projects.create(name, kind),
    'project:open': async ({ projectId }) => {
      const session = await projects.open(projectId);
      // Bulk work a previous run of the app left unfinished continues now.
      if (!session.readOnly) void services.queue.resume(session.id).catch(() => undefined);
      return snapshotOf(session);
    },
    'project:close': async ({ projectId }) => ({ closed: await projects.close(projectId) }),
    'project:rename': async ({ projectId, name }) => projects.rename(projectId, name),
    'project:duplicate': async ({ projectId, name }) => projects.duplicate(projectId, name),
    'project:delete': async ({ projectId }) => projects.delete(projectId),
    'project:export': async ({ projectId, format, panelsPerPage }) => {
      const { fileName, bytes, mediaType } = await exportProjectAs(
        projects,
        projectId,
        format,
        APP_VERSION,
        panelsPerPage ? { panelsPerPage } : {},
      );
      return { fileName, base64: Buffer.from(bytes).toString('base64'), bytes: bytes.length, mediaType };
    },
    'project:import': async ({ fileName, base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length > MAX_IMPORT_BYTES) {
        throw new AppFailure(
          'IMPORT_REJECTED',
          `The file is larger than ${MAX_IMPORT_BYTES} bytes.`,
          'Import it with `storyloom import <file>` instead.',
          {
            limit: 'maxImportBytes',
          },
        );
      }
      const ext = /\.[^.\\/]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
      if ((TEXT_IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
        // A screenplay or manuscript becomes a new project, analysed; the reply says how it was read.
        const { summary, counts, understood } = await importTextAsProject(
          projects,
          fileName,
          new Uint8Array(bytes),
        );
        services.events.emit('project:listChanged', { reason: 'imported' });
        return { ...summary, remappedIds: 0, understood: `${understood}: ${describeCounts(counts)}` };
      }
      const summary = await importProject(projects, new Uint8Array(bytes));
      services.events.emit('project:listChanged', { reason: 'imported' });
      return { ...summary, understood: 'a Storyloom project archive' };
    },
    'project:openDemo': async () => {
      const { summary, created } = await ensureDemoProject(projects);
      if (created) services.events.emit('project:listChanged', { reason: 'demo' });
      return summary;
    },
    'project:backups': async ({ projectId }) => projects.backups(projectId),
    'project:restoreBackup': async ({ projectId, file }) =>
      snapshotOf(await projects.restoreBackup(projectId, file)),
    'project:updateSettings': async ({ projectId, reviewGate, budgetUsd }) => {
      const session = await projects.open(projectId);
      const current = session.file.project.settings;
      const { budgetUsd: _old, ...rest } = current;
      const next = {
        ...rest,
        ...(reviewGate !== undefined ? { reviewGate } : {}),
        ...(budgetUsd === null
          ? {}
          : budgetUsd !== undefined
            ? { budgetUsd }
            : current.budgetUsd !== undefined
              ? { budgetUsd: current.budgetUsd }
              : {}),
      };
      await session.updateMeta({ settings: next }, 'Project settings');
      return next;
    },
  };
}
