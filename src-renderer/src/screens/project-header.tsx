// Project window header: name, kind, read-only badge with its reason, undo/redo, export, and the way back to the projects.
import { useEffect } from 'react';
import { PROJECT_KIND_LABELS } from '../lib/vocab';
import { useAppStore } from '../stores/use-app-store';
import {
  selectCanRedo,
  selectCanUndo,
  selectCloseProject,
  selectLogline,
  selectProjectKind,
  selectProjectName,
  selectProjectRecordId,
  selectReadOnly,
  selectReadOnlyReason,
  selectRedo,
  selectUndo,
} from '../stores/project-selectors';
import { selectShowSettings } from '../stores/settings-selectors';
import { ExportMenu } from './export-menu';

export function ProjectHeader() {
  const name = useAppStore(selectProjectName) ?? '';
  const kind = useAppStore(selectProjectKind);
  const readOnly = useAppStore(selectReadOnly);
  const readOnlyReason = useAppStore(selectReadOnlyReason);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const logline = useAppStore(selectLogline);
  const projectId = useAppStore(selectProjectRecordId);
  const undo = useAppStore(selectUndo);
  const redo = useAppStore(selectRedo);
  const closeProject = useAppStore(selectCloseProject);
  const showSettings = useAppStore(selectShowSettings);

  // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), except while typing in a field, where the browser's own undo applies.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <header className="project-header">
      <button type="button" className="ghost" onClick={() => void closeProject()} aria-label="Projects">
        ← Projects
      </button>
      <div className="title-block">
        <h1>{name}</h1>
        {kind && <span className="badge">{PROJECT_KIND_LABELS[kind]}</span>}
        {readOnly && (
          <span
            className="badge warn"
            title={readOnlyReason}
            role="note"
            aria-label={`Read-only: ${readOnlyReason ?? 'opened elsewhere'}`}
          >
            Read-only{readOnlyReason ? ` — ${readOnlyReason}` : ''}
          </span>
        )}
        {logline && <p className="muted logline">{logline}</p>}
      </div>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!canUndo || readOnly}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!canRedo || readOnly}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        {projectId && <ExportMenu projectId={projectId} />}
        <button type="button" onClick={() => showSettings(true)} aria-haspopup="dialog">
          Settings
        </button>
      </div>
    </header>
  );
}
