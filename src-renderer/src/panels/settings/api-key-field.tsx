// The API key of the saved provider: a password field, "stored" when main holds one, Save key / Remove key.
import { useState, type FormEvent } from 'react';
import type { SettingsDto } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectSaveApiKey, selectSettingsSaving } from '../../stores/settings-selectors';

export function ApiKeyField({ settings }: { settings: SettingsDto }) {
  const saveApiKey = useAppStore(selectSaveApiKey);
  const saving = useAppStore(selectSettingsSaving);
  const [key, setKey] = useState('');
  const offline = settings.provider === 'offline';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The key goes straight to main's secret store; the field is cleared so it does not linger in the page.
    if (await saveApiKey(key.trim())) setKey('');
  };

  return (
    <form className="api-key" aria-label="Stored API key" onSubmit={(e) => void submit(e)}>
      <fieldset disabled={saving || offline}>
        <div className="field">
          <label htmlFor="settings-api-key">API key</label>
          <input
            id="settings-api-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => setKey(e.target.value)}
            aria-describedby="settings-api-key-for"
            placeholder={
              settings.hasApiKey ? '•••••••• (stored)' : settings.preset.needsKey ? 'Required' : 'Optional'
            }
          />
          <span id="settings-api-key-for" className="muted hint">
            {offline
              ? 'Not needed by the offline engine.'
              : `Used for ${settings.preset.label} (the saved provider).`}
          </span>
        </div>
        <p className="muted hint" role="status" aria-label="API key status">
          {settings.hasApiKey ? 'A key is stored (never shown again).' : 'No key stored.'}
        </p>
        <div className="toolbar">
          <button type="submit" disabled={key.trim() === '' || /\s/.test(key.trim())}>
            Save key
          </button>
          <button
            type="button"
            className="danger-outline"
            disabled={!settings.hasApiKey}
            onClick={() => void saveApiKey(null)}
          >
            Remove key
          </button>
        </div>
      </fieldset>
    </form>
  );
}
