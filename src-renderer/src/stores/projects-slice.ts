// Projects slice: the home screen's project list and its verbs (create, rename, duplicate, delete, import, export, demo).
import type { ExportedFile, ProjectExportFormat, ProjectKind, ProjectSummary, Result } from '../contract';
import type { SliceCreator } from './types';

export interface ProjectsSlice {
  projects: ProjectSummary[];
  projectsLoaded: boolean;
  /** A verb is running on the home screen (buttons show it; the store never blocks). */
  projectsBusy: boolean;
  loadProjects(): Promise<void>;
  createProject(name: string, kind: ProjectKind): Promise<ProjectSummary | null>;
  renameProject(projectId: string, name: string): Promise<boolean>;
  duplicateProject(projectId: string): Promise<ProjectSummary | null>;
  deleteProject(projectId: string): Promise<boolean>;
  importProject(fileName: string, base64: string): Promise<ProjectSummary | null>;
  /** Returns the exported file (the archive by default); the caller turns it into a download (a DOM concern). */
  exportProject(projectId: string, format?: ProjectExportFormat): Promise<ExportedFile | null>;
  /** Creates (or finds) the demo project and opens it. */
  openDemo(): Promise<void>;
}

const byUpdatedDesc = (a: ProjectSummary, b: ProjectSummary) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

export const createProjectsSlice: SliceCreator<ProjectsSlice> = (set, get, api) => {
  /** Runs a verb with the busy flag, reporting a failed Result; returns the value or null. */
  async function run<T>(call: () => Promise<Result<T>>): Promise<T | null> {
    set({ projectsBusy: true });
    try {
      const result = await call();
      if (!result.ok) {
        get().reportError(result.error);
        return null;
      }
      return result.value;
    } finally {
      set({ projectsBusy: false });
    }
  }

  const upsert = (summary: ProjectSummary) =>
    set((s) => ({
      projects: [summary, ...s.projects.filter((p) => p.id !== summary.id)].sort(byUpdatedDesc),
    }));

  return {
    projects: [],
    projectsLoaded: false,
    projectsBusy: false,
    async loadProjects() {
      const result = await api.invoke('project:list', {});
      if (result.ok) set({ projects: [...result.value].sort(byUpdatedDesc), projectsLoaded: true });
      else get().reportError(result.error);
    },
    async createProject(name, kind) {
      const created = await run(() => api.invoke('project:create', { name, kind }));
      if (created) {
        upsert(created);
        get().notify(`Created “${created.name}”.`);
      }
      return created;
    },
    async renameProject(projectId, name) {
      const renamed = await run(() => api.invoke('project:rename', { projectId, name }));
      if (renamed) upsert(renamed);
      return renamed !== null;
    },
    async duplicateProject(projectId) {
      const copy = await run(() => api.invoke('project:duplicate', { projectId }));
      if (copy) {
        upsert(copy);
        get().notify(`Duplicated as “${copy.name}”.`);
      }
      return copy;
    },
    async deleteProject(projectId) {
      const name = get().projects.find((p) => p.id === projectId)?.name ?? 'the project';
      const deleted = await run(() => api.invoke('project:delete', { projectId }));
      if (!deleted) return false;
      set((s) => ({ projects: s.projects.filter((p) => p.id !== projectId) }));
      get().notify(`Deleted “${name}”. It was moved to ${deleted.movedTo}.`);
      return true;
    },
    async importProject(fileName, base64) {
      const imported = await run(() => api.invoke('project:import', { fileName, base64 }));
      if (!imported) return null;
      upsert(imported);
      const remap =
        imported.remappedIds > 0 ? ` (${imported.remappedIds} ids were renumbered to avoid a clash)` : '';
      const how = imported.understood ? ` — read as ${imported.understood}` : '';
      get().notify(`Imported “${imported.name}”${how}${remap}.`);
      return imported;
    },
    async exportProject(projectId, format = 'storyloom') {
      return run(() => api.invoke('project:export', { projectId, format }));
    },
    async openDemo() {
      const demo = await run(() => api.invoke('project:openDemo', {}));
      if (!demo) return;
      upsert(demo);
      await get().openProject(demo.id);
    },
  };
};
