// One project in the home list: name, kind, counts, last update, its verbs (inline rename, confirmed delete), damage flag.
import { useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../contract';
import { downloadBase64 } from '../lib/files';
import { formatDate, plural } from '../lib/format';
import { offerFromSummary } from '../lib/restore-offer';
import { PROJECT_KIND_LABELS } from '../lib/vocab';
import { useAppStore } from '../stores/use-app-store';
import { selectNotify } from '../stores/app-selectors';
import { selectIsOpening, selectOpenProject } from '../stores/project-selectors';
import {
  selectDeleteProject,
  selectDuplicateProject,
  selectExportProject,
  selectRenameProject,
} from '../stores/projects-selectors';
import { selectOfferRestore } from '../stores/restore-selectors';

type Mode = 'idle' | 'renaming' | 'confirmDelete';

export function ProjectRow({ project }: { project: ProjectSummary }) {
  const openProject = useAppStore(selectOpenProject);
  const renameProject = useAppStore(selectRenameProject);
  const duplicateProject = useAppStore(selectDuplicateProject);
  const deleteProject = useAppStore(selectDeleteProject);
  const exportProject = useAppStore(selectExportProject);
  const notify = useAppStore(selectNotify);
  const offerRestore = useAppStore(selectOfferRestore);
  const opening = useAppStore(selectIsOpening(project.id));
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(project.name);
  const { counts } = project;
  const restoreOffer = offerFromSummary(project);

  const submitRename = async (event: FormEvent) => {
    event.preventDefault();
    if (await renameProject(project.id, name.trim())) setMode('idle');
  };

  const doExport = async () => {
    const file = await exportProject(project.id);
    if (!file) return;
    downloadBase64(file.fileName, file.base64);
    notify(`Exported “${project.name}” as ${file.fileName}.`);
  };

  return (
    <li role="listitem" className="project-row" aria-label={project.name}>
      <div className="project-main">
        {mode === 'renaming' ? (
          <form
            className="inline-form"
            aria-label={`Rename ${project.name}`}
            onSubmit={(e) => void submitRename(e)}
          >
            <label className="visually-hidden" htmlFor={`rename-${project.id}`}>
              New name
            </label>
            <input
              id={`rename-${project.id}`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
              maxLength={200}
            />
            <button type="submit" className="primary" disabled={name.trim() === ''}>
              Save
            </button>
            <button type="button" onClick={() => (setMode('idle'), setName(project.name))}>
              Cancel
            </button>
          </form>
        ) : (
          <h3 className="project-name">
            {/* The title opens the project too: a link, so it never competes with the row's "Open" button. */}
            <a
              href={`#project-${project.id}`}
              className="project-title"
              aria-disabled={opening}
              onClick={(e) => {
                e.preventDefault();
                if (!opening) void openProject(project.id);
              }}
            >
              {project.name}
            </a>
          </h3>
        )}
        <p className="muted project-meta">
          <span className="badge">{PROJECT_KIND_LABELS[project.kind]}</span>
          <span>
            {plural(counts.characters, 'character')} · {plural(counts.locations, 'location')} ·{' '}
            {plural(counts.scenes, 'scene')} · {plural(counts.shots, 'shot')}
          </span>
          <span>Updated {formatDate(project.updatedAt)}</span>
          {project.damaged && (
            <span
              className="badge warn"
              role="note"
              aria-label={`Damaged: ${project.damaged.message}`}
              title={project.damaged.message}
            >
              Damaged — counts from its newest backup
            </span>
          )}
        </p>
      </div>
      {mode === 'confirmDelete' ? (
        <div className="toolbar confirm" role="group" aria-label={`Confirm deleting ${project.name}`}>
          <span>Delete “{project.name}”? It moves to the trash folder.</span>
          <button type="button" className="danger" onClick={() => void deleteProject(project.id)}>
            Yes, delete
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => void openProject(project.id)}
            disabled={opening}
          >
            {opening ? 'Opening…' : 'Open'}
          </button>
          {restoreOffer && (
            <button type="button" onClick={() => offerRestore(restoreOffer)} aria-haspopup="dialog">
              Restore backup…
            </button>
          )}
          <button type="button" onClick={() => setMode('renaming')}>
            Rename
          </button>
          <button type="button" onClick={() => void duplicateProject(project.id)}>
            Duplicate
          </button>
          <button type="button" onClick={() => void doExport()}>
            Export
          </button>
          <button type="button" className="danger-outline" onClick={() => setMode('confirmDelete')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
