// The settings dialog (modal): the open project's settings, then model provider, endpoint, key, timeout, budget, test, image endpoint.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { selectProjectName, selectProjectSettings } from '../../stores/project-selectors';
import { selectSettings, selectShowSettings } from '../../stores/settings-selectors';
import { ApiKeyField } from './api-key-field';
import { ConnectionTest } from './connection-test';
import { ImageEndpointForm } from './image-endpoint-form';
import { ProjectSettingsForm } from './project-settings-form';
import { ProviderForm } from './provider-form';
import './settings.css';

export function SettingsDialog() {
  const settings = useAppStore(selectSettings);
  const showSettings = useAppStore(selectShowSettings);
  const projectName = useAppStore(selectProjectName);
  const projectSettings = useAppStore(selectProjectSettings);
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
      {projectName !== null && projectSettings !== null && (
        <ProjectSettingsForm name={projectName} settings={projectSettings} />
      )}
      {settings === null ? (
        <p className="muted">Loading settings…</p>
      ) : (
        <div className="settings-body">
          <ProviderForm settings={settings} />
          <ApiKeyField settings={settings} />
          <ConnectionTest />
          <ImageEndpointForm settings={settings} />
        </div>
      )}
    </dialog>
  );
}
