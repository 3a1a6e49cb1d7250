// The open project's own settings in the settings dialog: the scene review gate and the budget per run.
import { useState, type FormEvent } from 'react';
import {
  projectDraftChanged,
  projectDraftFrom,
  projectPatchFrom,
  type ProjectSettingsDraft,
  type ProjectSettingsValue,
} from '../../lib/project-settings-draft';
import { useAppStore } from '../../stores/use-app-store';
import { selectReadOnly } from '../../stores/project-selectors';
import {
  selectProjectSettingsSaving,
  selectSaveProjectSettings,
} from '../../stores/project-settings-selectors';

export function ProjectSettingsForm({ name, settings }: { name: string; settings: ProjectSettingsValue }) {
  const save = useAppStore(selectSaveProjectSettings);
  const saving = useAppStore(selectProjectSettingsSaving);
  const readOnly = useAppStore(selectReadOnly);
  const [draft, setDraft] = useState<ProjectSettingsDraft>(() => projectDraftFrom(settings));
  const [problem, setProblem] = useState<string | null>(null);
  // Stored settings changed underneath (a save, undo, another window): start again from them.
  const [base, setBase] = useState(settings);
  if (base !== settings) {
    setBase(settings);
    setDraft(projectDraftFrom(settings));
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = projectPatchFrom(draft);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    await save(check.patch);
  };

  return (
    <form
      className="settings-form project-settings"
      aria-label="Project settings"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3>Project settings — {name}</h3>
      <fieldset disabled={saving || readOnly}>
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.reviewGate}
            aria-describedby="project-review-hint"
            onChange={(e) => setDraft((d) => ({ ...d, reviewGate: e.target.checked }))}
          />
          Review scenes before the storyboard
        </label>
        <p id="project-review-hint" className="muted hint">
          Applies to model brains: a generate run pauses after the scene breakdown so you can approve the
          scenes before shots are drawn. The offline engine never pauses.
        </p>
        <label>
          Budget per run (USD)
          <input
            type="number"
            min={0}
            step="0.01"
            value={draft.budgetUsd}
            placeholder="No cap"
            aria-describedby="project-budget-hint"
            {...(problem ? { 'aria-invalid': true, 'aria-errormessage': 'project-settings-problem' } : {})}
            onChange={(e) => {
              setProblem(null);
              setDraft((d) => ({ ...d, budgetUsd: e.target.value }));
            }}
          />
        </label>
        <p id="project-budget-hint" className="muted hint">
          Empty means no cap. A run pauses before its next model call once its estimated cost reaches the cap.
        </p>
        {problem && (
          <p id="project-settings-problem" className="field-error" role="alert">
            {problem}
          </p>
        )}
        {readOnly && (
          <p className="muted hint">This project is open read-only, so its settings cannot change here.</p>
        )}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={!projectDraftChanged(draft, settings)}>
            {saving ? 'Saving…' : 'Save project settings'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
