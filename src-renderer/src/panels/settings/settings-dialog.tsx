// The settings dialog (modal): model provider, endpoint, model, API key, timeout, budget, and "Test connection".
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { ApiKeyField } from './api-key-field';
import { ConnectionTest } from './connection-test';
import { ProviderForm } from './provider-form';
import './settings.css';

export function SettingsDialog() {
  const settings = useAppStore((s) => s.settings);
  const showSettings = useAppStore((s) => s.showSettings);
  const dialog = useRef<HTMLDialogElement>(null);

  // A native modal dialog: focus is trapped, the page behind is inert, Escape closes (through `cancel`).
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="settings-dialog card"
      aria-labelledby="settings-title"
      onCancel={(e) => {
        e.preventDefault();
        showSettings(false);
      }}
    >
      <div className="card-head">
        <h2 id="settings-title">Settings</h2>
        <button
          type="button"
          className="ghost"
          aria-label="Close settings"
          onClick={() => showSettings(false)}
        >
          ×
        </button>
      </div>
      {settings === null ? (
        <p className="muted">Loading settings…</p>
      ) : (
        <div className="settings-body">
          <ProviderForm settings={settings} />
          <ApiKeyField settings={settings} />
          <ConnectionTest />
        </div>
      )}
    </dialog>
  );
}
