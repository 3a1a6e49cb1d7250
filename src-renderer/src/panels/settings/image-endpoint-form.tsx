// The image endpoint for portraits (an OpenAI-compatible images API): address, model, size, timeout and its own key.
import { useState, type FormEvent } from 'react';
import type { SettingsDto } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectSaveApiKey, selectSaveSettings, selectSettingsSaving } from '../../stores/settings-selectors';

interface ImageDraft {
  baseURL: string;
  model: string;
  size: string;
  /** Seconds, as typed. */
  timeoutSec: string;
}

function draftOf(image: SettingsDto['image']): ImageDraft {
  return {
    baseURL: image?.baseURL ?? '',
    model: image?.model ?? '',
    size: image?.size ?? '1024x1024',
    timeoutSec: String((image?.timeoutMs ?? 180_000) / 1000),
  };
}

/** The key of the image endpoint: stored in main's secret store, never shown again. */
function ImageKeyField({ image }: { image: NonNullable<SettingsDto['image']> }) {
  const saveApiKey = useAppStore(selectSaveApiKey);
  const [key, setKey] = useState('');
  return (
    <div className="field">
      <label htmlFor="settings-image-key">Image API key</label>
      <input
        id="settings-image-key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={key}
        onChange={(e) => setKey(e.target.value)}
        placeholder={image.hasApiKey ? '•••••••• (stored)' : 'Optional'}
      />
      <span className="muted hint">
        {image.hasApiKey
          ? 'A key of its own is stored.'
          : "No key of its own: the chat provider's key is sent when both use the same address."}
      </span>
      <div className="toolbar">
        <button
          type="button"
          disabled={key.trim() === '' || /\s/.test(key.trim())}
          onClick={() => void saveApiKey(key.trim(), 'image').then((ok) => ok && setKey(''))}
        >
          Save image key
        </button>
        <button
          type="button"
          className="danger-outline"
          disabled={!image.hasApiKey}
          onClick={() => void saveApiKey(null, 'image')}
        >
          Remove image key
        </button>
      </div>
    </div>
  );
}

export function ImageEndpointForm({ settings }: { settings: SettingsDto }) {
  const saveSettings = useAppStore(selectSaveSettings);
  const saving = useAppStore(selectSettingsSaving);
  const [draft, setDraft] = useState<ImageDraft>(() => draftOf(settings.image));
  // Saved settings changed underneath (a save, another window): start again from them.
  const [base, setBase] = useState(settings);
  if (base !== settings) {
    setBase(settings);
    setDraft(draftOf(settings.image));
  }
  const edit = (key: keyof ImageDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Main validates (address, model, size) and answers with the reason when a field is wrong.
    const seconds = Number(draft.timeoutSec);
    await saveSettings({
      image: {
        baseURL: draft.baseURL.trim(),
        model: draft.model.trim(),
        size: draft.size.trim() || '1024x1024',
        timeoutMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 180_000,
      },
    });
  };
  return (
    <form className="settings-form" aria-label="Image endpoint" onSubmit={(e) => void submit(e)}>
      <fieldset disabled={saving}>
        <legend>Image endpoint (portraits)</legend>
        <p className="muted hint">
          {settings.image
            ? 'Character sheets can generate portraits here; the drawn card stays the fallback.'
            : 'Optional. Without one, the drawn portrait card is the portrait. Any OpenAI-compatible images API works (e.g. https://api.openai.com/v1 with gpt-image-1 or dall-e-3).'}
        </p>
        <label>
          Image base URL
          <input
            value={draft.baseURL}
            onChange={edit('baseURL')}
            placeholder="https://api.openai.com/v1"
            inputMode="url"
          />
        </label>
        <div className="row">
          <label>
            Image model
            <input value={draft.model} onChange={edit('model')} placeholder="gpt-image-1" />
          </label>
          <label>
            Size
            <input value={draft.size} onChange={edit('size')} placeholder="1024x1024" />
          </label>
          <label>
            Image timeout (seconds)
            <input type="number" min={5} max={600} value={draft.timeoutSec} onChange={edit('timeoutSec')} />
          </label>
        </div>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={!draft.baseURL.trim() || !draft.model.trim()}>
            Save image endpoint
          </button>
          <button
            type="button"
            className="danger-outline"
            disabled={!settings.image}
            onClick={() => void saveSettings({ image: null })}
          >
            Remove image endpoint
          </button>
        </div>
        {settings.image && <ImageKeyField image={settings.image} />}
      </fieldset>
    </form>
  );
}
