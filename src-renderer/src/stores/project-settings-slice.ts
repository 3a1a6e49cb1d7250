// Project settings slice: the open project's review gate and per-run budget (`project:updateSettings`).
import type { ProjectSnapshot, RequestOf } from '../contract';
import type { SliceCreator } from './types';

/** The editable part of `project:updateSettings` (the project is always the open one). */
export type ProjectSettingsPatch = Omit<RequestOf<'project:updateSettings'>, 'projectId'>;

export interface ProjectSettingsSlice {
  /** A save is in flight. */
  projectSettingsSaving: boolean;
  /** Saves the open project's settings; false when there is no writable project or main refused. */
  saveProjectSettings(patch: ProjectSettingsPatch): Promise<boolean>;
}

/** The snapshot with main's answer as its settings (the `project:changed` broadcast then arrives as already seen). */
function withSettings(
  snapshot: ProjectSnapshot,
  settings: { reviewGate: boolean; budgetUsd?: number },
): ProjectSnapshot {
  const project = snapshot.file.project;
  const { budgetUsd: _dropped, ...rest } = project.settings;
  const next = {
    ...rest,
    reviewGate: settings.reviewGate,
    ...(settings.budgetUsd !== undefined ? { budgetUsd: settings.budgetUsd } : {}),
  };
  return { ...snapshot, file: { ...snapshot.file, project: { ...project, settings: next } } };
}

export const createProjectSettingsSlice: SliceCreator<ProjectSettingsSlice> = (set, get, api, scope) => ({
  ...scope.own({ projectSettingsSaving: false }),
  async saveProjectSettings(patch) {
    const snapshot = get().snapshot;
    if (!snapshot || get().projectSettingsSaving) return false;
    if (snapshot.readOnly) {
      get().reportError({
        code: 'PROJECT_READ_ONLY',
        message: snapshot.readOnlyReason ?? 'This project is open read-only.',
        remedy: 'Close the other window that has it open, then open it again here.',
      });
      return false;
    }
    const projectId = snapshot.summary.id;
    set({ projectSettingsSaving: true });
    const result = await api.invoke('project:updateSettings', { projectId, ...patch });
    set({ projectSettingsSaving: false });
    if (!result.ok) {
      get().reportError(result.error);
      return false;
    }
    const current = get().snapshot;
    if (current?.summary.id === projectId) set({ snapshot: withSettings(current, result.value) });
    get().notify('Project settings saved.');
    return true;
  },
});
