// Home screen: the project list with its verbs, the new-project form, import and the demo project.
import { useRef, useState } from 'react';
import { readFileAsBase64 } from '../lib/files';
import { useAppStore } from '../stores/use-app-store';
import { selectInfo, selectReportError } from '../stores/app-selectors';
import {
  selectImportProject,
  selectOpenDemo,
  selectProjects,
  selectProjectsBusy,
  selectProjectsLoaded,
} from '../stores/projects-selectors';
import { selectShowSettings } from '../stores/settings-selectors';
import { NewProjectForm } from './new-project-form';
import { ProjectRow } from './project-row';

export function HomeScreen() {
  const projects = useAppStore(selectProjects);
  const loaded = useAppStore(selectProjectsLoaded);
  const busy = useAppStore(selectProjectsBusy);
  const info = useAppStore(selectInfo);
  const importProject = useAppStore(selectImportProject);
  const openDemo = useAppStore(selectOpenDemo);
  const reportError = useAppStore(selectReportError);
  const showSettings = useAppStore(selectShowSettings);
  const [showForm, setShowForm] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const base64 = await readFileAsBase64(file);
      await importProject(file.name, base64);
    } catch (error) {
      reportError({
        code: 'FILE_UNREADABLE',
        message: `Could not read ${file.name}: ${String(error)}`,
        remedy: 'Pick the file again.',
      });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <main className="home" aria-busy={busy}>
      <header className="home-header">
        <div>
          <h1>Storyloom</h1>
          <p className="muted">
            Film pre-production studio{info ? ` · v${info.version} · ${info.transport}` : ''}
          </p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            aria-expanded={showForm}
            onClick={() => setShowForm((v) => !v)}
          >
            New project
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
            Import
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".storyloom,.fountain,.fdx,.txt,.md,.markdown,.text"
            className="visually-hidden"
            aria-label="Import project file"
            tabIndex={-1}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <button type="button" onClick={() => void openDemo()} disabled={busy}>
            Open demo project
          </button>
          <button type="button" onClick={() => showSettings(true)} aria-haspopup="dialog">
            Settings
          </button>
        </div>
      </header>

      {showForm && <NewProjectForm onDone={() => setShowForm(false)} />}

      <section aria-label="Projects" className="project-section">
        <h2>Projects</h2>
        {!loaded ? (
          <p className="muted">Loading projects…</p>
        ) : projects.length === 0 ? (
          <p className="empty">
            No projects yet. Create one, import a .storyloom project, a screenplay (.fountain, .fdx) or a
            manuscript (.txt, .md), or open the demo project.
          </p>
        ) : (
          <ul role="list" aria-label="Projects" className="project-list">
            {projects.map((project) => (
              <ProjectRow key={project.id} project={project} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
