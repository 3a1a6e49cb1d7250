// The project settings form's draft (review gate, budget text) and its validation into a `project:updateSettings` patch.

/** The project's stored settings as the snapshot carries them. */
export interface ProjectSettingsValue {
  reviewGate: boolean;
  budgetUsd?: number;
}

/** What the form edits: the budget stays text so an empty field can mean "no cap". */
export interface ProjectSettingsDraft {
  reviewGate: boolean;
  budgetUsd: string;
}

/** Main's bound on a project budget (`ProjectSettingsSchema`). */
export const MAX_PROJECT_BUDGET_USD = 100_000;

export type ProjectSettingsCheck =
  | { ok: true; patch: { reviewGate: boolean; budgetUsd: number | null } }
  | { ok: false; field: 'budgetUsd'; message: string };

export function projectDraftFrom(settings: ProjectSettingsValue): ProjectSettingsDraft {
  return {
    reviewGate: settings.reviewGate,
    budgetUsd: settings.budgetUsd === undefined ? '' : String(settings.budgetUsd),
  };
}

/** Validates the draft: an empty budget removes the cap (null), otherwise a number from 0 to the bound. */
export function projectPatchFrom(draft: ProjectSettingsDraft): ProjectSettingsCheck {
  const text = draft.budgetUsd.trim();
  if (text === '') return { ok: true, patch: { reviewGate: draft.reviewGate, budgetUsd: null } };
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    return {
      ok: false,
      field: 'budgetUsd',
      message: 'The budget is an amount in US dollars, 0 or more — or leave it empty for no cap.',
    };
  }
  if (value > MAX_PROJECT_BUDGET_USD) {
    return {
      ok: false,
      field: 'budgetUsd',
      message: `Keep the budget at or under $${MAX_PROJECT_BUDGET_USD.toLocaleString('en-US')}.`,
    };
  }
  // Cents are the finest step that means anything for a cap.
  return { ok: true, patch: { reviewGate: draft.reviewGate, budgetUsd: Math.round(value * 100) / 100 } };
}

/** Whether the draft differs from the stored settings (Save stays disabled otherwise). */
export function projectDraftChanged(draft: ProjectSettingsDraft, settings: ProjectSettingsValue): boolean {
  if (draft.reviewGate !== settings.reviewGate) return true;
  const text = draft.budgetUsd.trim();
  if (text === '') return settings.budgetUsd !== undefined;
  return Number(text) !== settings.budgetUsd;
}
