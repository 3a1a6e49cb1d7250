// Provider, base URL, model, timeout and budget: edited as a draft, validated, then saved with `settings:update`.
import { useState, type FormEvent } from 'react';
import type { SettingsDto } from '../../contract';
import {
  draftChanged,
  draftFromSettings,
  isProviderId,
  patchFromDraft,
  withProvider,
  type SettingsDraft,
} from '../../lib/settings-draft';
import { PROVIDER_IDS } from '../../lib/vocab';
import { useAppStore } from '../../stores/use-app-store';
import { selectSaveSettings, selectSettingsSaving } from '../../stores/settings-selectors';

export function ProviderForm({ settings }: { settings: SettingsDto }) {
  const saveSettings = useAppStore(selectSaveSettings);
  const saving = useAppStore(selectSettingsSaving);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [problem, setProblem] = useState<{ field: keyof SettingsDraft; message: string } | null>(null);
  // Saved settings changed underneath (a save, another window): start again from them.
  const [base, setBase] = useState(settings);
  if (base !== settings) {
    setBase(settings);
    setDraft(draftFromSettings(settings));
  }

  const offline = draft.provider === 'offline';
  const preset = settings.presets[draft.provider];
  const edit = (key: keyof SettingsDraft) => (e: { target: { value: string } }) => {
    setProblem(null);
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };
  const invalid = (field: keyof SettingsDraft) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-errormessage': 'settings-problem' } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = patchFromDraft(draft);
    if (!check.ok) {
      setProblem({ field: check.field, message: check.message });
      return;
    }
    await saveSettings(check.patch);
  };

  return (
    <form className="settings-form" aria-label="Model settings" onSubmit={(e) => void submit(e)}>
      <fieldset disabled={saving}>
        {/* Labelled by id, not by wrapping: a wrapping label's text would include every option's text. */}
        <div className="field">
          <label htmlFor="settings-provider">Provider</label>
          <select
            id="settings-provider"
            value={draft.provider}
            onChange={(e) => {
              setProblem(null);
              const value = e.target.value;
              if (isProviderId(value)) setDraft((d) => withProvider(d, value, settings.presets));
            }}
          >
            {PROVIDER_IDS.map((id) => (
              <option key={id} value={id}>
                {settings.presets[id].label}
              </option>
            ))}
          </select>
        </div>
        <p className="muted hint">
          {offline
            ? 'The built-in offline engine: no network, no API key, deterministic results.'
            : `${preset.local ? 'Runs on this machine' : 'A remote service'}${preset.needsKey ? ' · needs an API key' : ''}.`}
        </p>
        <label>
          Base URL
          <input
            value={draft.baseURL}
            onChange={edit('baseURL')}
            disabled={offline}
            placeholder={preset.baseURL || 'http://127.0.0.1:8000/v1'}
            inputMode="url"
            {...invalid('baseURL')}
          />
        </label>
        <label>
          Model
          <input
            value={draft.model}
            onChange={edit('model')}
            disabled={offline}
            placeholder={preset.model || 'model name'}
            {...invalid('model')}
          />
        </label>
        <div className="row">
          <label>
            Timeout (seconds)
            <input
              type="number"
              min={1}
              max={600}
              value={draft.timeoutSec}
              onChange={edit('timeoutSec')}
              {...invalid('timeoutSec')}
            />
          </label>
          <label>
            Budget per run (USD)
            <input
              type="number"
              min={0}
              step="0.01"
              value={draft.budgetUsd}
              onChange={edit('budgetUsd')}
              placeholder="No cap"
              {...invalid('budgetUsd')}
            />
          </label>
        </div>
        {problem && (
          <p id="settings-problem" className="field-error" role="alert">
            {problem.message}
          </p>
        )}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={!draftChanged(draft, settings)}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
