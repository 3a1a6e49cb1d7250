// Project window header: name, kind, read-only badge with its reason, undo/redo, export, and the way back to the projects.
import { useEffect } from 'react';
import { PROJECT_KIND_LABELS } from '../lib/vocab';
import { useAppStore } from '../stores/use-app-store';
import { ExportMenu } from './export-menu';

export function ProjectHeader() {
  const name = useAppStore((s) => s.snapshot?.file.project.name ?? '');
  const kind = useAppStore((s) => s.snapshot?.file.project.kind);
  const readOnly = useAppStore((s) => s.snapshot?.readOnly ?? false);
  const readOnlyReason = useAppStore((s) => s.snapshot?.readOnlyReason);
  const canUndo = useAppStore((s) => s.snapshot?.canUndo ?? false);
  const canRedo = useAppStore((s) => s.snapshot?.canRedo ?? false);
  const logline = useAppStore((s) => s.snapshot?.file.project.logline);
  const projectId = useAppStore((s) => s.snapshot?.file.project.id);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const closeProject = useAppStore((s) => s.closeProject);
  const showSettings = useAppStore((s) => s.showSettings);

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
