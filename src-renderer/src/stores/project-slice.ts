// Project slice: the open project's snapshot, kept current by applying change ops; undo/redo and entity verbs.
import type { AnyEntity, ChangeSummary, EntityType, ProjectSnapshot } from '../contract';
import { applyChange } from '../lib/apply-change';
import { assertNever } from '../lib/assert-never';
import { isRestorable, offerFromError } from '../lib/restore-offer';
import type { SliceCreator, StoreState } from './types';

export interface ProjectSlice {
  snapshot: ProjectSnapshot | null;
  /** Id of the project being opened (shows a loading state on its row). */
  opening: string | null;
  /** Opens a project; a damaged project.json opens the restore offer instead of only an error notice. */
  openProject(projectId: string): Promise<boolean>;
  /** Shows an opened (or restored) project and loads its stepper, conversation and runs. */
  showSnapshot(snapshot: ProjectSnapshot): void;
  /** Closes the project window and goes back to the project list. */
  closeProject(): Promise<void>;
  /** Puts every project-scoped field (registered by its slice) back to its start: one reset for open and close. */
  resetProjectState(): void;
  /** Applies a change for the open project (event or verb answer); reloads the snapshot on a revision gap. */
  applyProjectChange(projectId: string, change: ChangeSummary): void;
  /** Reloads the open project's snapshot from the store (after missed events or a reconnect). */
  resyncProject(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  createEntity(type: EntityType, data: Record<string, unknown>): Promise<AnyEntity | null>;
  updateEntity(type: EntityType, id: string, patch: Record<string, unknown>): Promise<boolean>;
  deleteEntity(type: EntityType, id: string): Promise<boolean>;
}

/** The open project's id, or null after reporting why a verb cannot run (none open, or read-only). */
export function writableProjectIdOf(get: () => StoreState): string | null {
  const snapshot = get().snapshot;
  if (!snapshot) return null;
  if (snapshot.readOnly) {
    get().reportError({
      code: 'PROJECT_READ_ONLY',
      message: snapshot.readOnlyReason ?? 'This project is open read-only.',
      remedy: 'Close the other window that has it open, then open it again here.',
    });
    return null;
  }
  return snapshot.summary.id;
}

export const createProjectSlice: SliceCreator<ProjectSlice> = (set, get, api, scope) => {
  const writableProjectId = () => writableProjectIdOf(get);

  return {
    snapshot: null,
    opening: null,
    async openProject(projectId) {
      set({ opening: projectId });
      const previous = get().snapshot;
      if (previous && previous.summary.id !== projectId)
        await api.invoke('project:close', { projectId: previous.summary.id });
      const result = await api.invoke('project:open', { projectId });
      set({ opening: null });
      if (!result.ok) {
        if (isRestorable(result.error)) {
          const name = get().projects.find((p) => p.id === projectId)?.name ?? null;
          get().offerRestore(offerFromError(projectId, result.error, name));
        } else get().reportError(result.error);
        return false;
      }
      get().showSnapshot(result.value);
      return true;
    },
    showSnapshot(snapshot) {
      set({ snapshot });
      get().resetProjectState();
      // The stepper, the conversation and the run timeline load alongside (all survive restarts).
      void get().loadWorkflow();
      void get().loadChat();
      void get().loadPipelineRuns();
      void get().loadQueue();
    },
    async closeProject() {
      const snapshot = get().snapshot;
      set({ snapshot: null });
      get().resetProjectState();
      if (snapshot) {
        const result = await api.invoke('project:close', { projectId: snapshot.summary.id });
        if (!result.ok) get().reportError(result.error);
      }
      await get().loadProjects();
    },
    resetProjectState() {
      set(scope.initialState());
    },
    applyProjectChange(projectId, change) {
      const snapshot = get().snapshot;
      if (!snapshot || snapshot.summary.id !== projectId) return;
      const outcome = applyChange(snapshot, change);
      switch (outcome.kind) {
        case 'applied':
          set({ snapshot: outcome.snapshot });
          return;
        case 'stale':
          return;
        case 'gap':
          void get().resyncProject();
          return;
        default:
          assertNever(outcome, 'apply outcome');
      }
    },
    async resyncProject() {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      const result = await api.invoke('project:open', { projectId: snapshot.summary.id });
      // A host restarted on a project damaged meanwhile: offer its backup rather than keep editing a ghost.
      if (!result.ok && isRestorable(result.error))
        get().offerRestore(offerFromError(snapshot.summary.id, result.error, snapshot.summary.name));
      else if (!result.ok) get().reportError(result.error);
      else if (get().snapshot?.summary.id === snapshot.summary.id) {
        set({ snapshot: result.value });
        void get().loadWorkflow();
      }
    },
    async undo() {
      const projectId = writableProjectId();
      if (!projectId) return;
      const result = await api.invoke('history:undo', { projectId });
      if (!result.ok) get().reportError(result.error);
      else if (result.value.change) get().applyProjectChange(projectId, result.value.change);
    },
    async redo() {
      const projectId = writableProjectId();
      if (!projectId) return;
      const result = await api.invoke('history:redo', { projectId });
      if (!result.ok) get().reportError(result.error);
      else if (result.value.change) get().applyProjectChange(projectId, result.value.change);
    },
    async createEntity(type, data) {
      const projectId = writableProjectId();
      if (!projectId) return null;
      const result = await api.invoke('entity:create', { projectId, type, data });
      if (!result.ok) {
        get().reportError(result.error);
        return null;
      }
      get().applyProjectChange(projectId, result.value.change);
      get().selectEntity({ type, id: result.value.entity.id });
      return result.value.entity;
    },
    async updateEntity(type, id, patch) {
      const projectId = writableProjectId();
      if (!projectId) return false;
      const result = await api.invoke('entity:update', { projectId, type, id, patch });
      if (!result.ok) {
        get().reportError(result.error);
        return false;
      }
      get().applyProjectChange(projectId, result.value.change);
      return true;
    },
    async deleteEntity(type, id) {
      const projectId = writableProjectId();
      if (!projectId) return false;
      const result = await api.invoke('entity:delete', { projectId, type, id });
      if (!result.ok) {
        get().reportError(result.error);
        return false;
      }
      get().applyProjectChange(projectId, result.value.change);
      if (get().selected?.id === id) get().selectEntity(null);
      return true;
    },
  };
};
