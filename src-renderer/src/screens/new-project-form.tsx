// The "New project" form: a name and one of the five project kinds.
import { useState, type FormEvent } from 'react';
import type { ProjectKind } from '../contract';
import { PROJECT_KINDS, PROJECT_KIND_LABELS } from '../lib/vocab';
import { useAppStore } from '../stores/use-app-store';
import { selectOpenProject } from '../stores/project-selectors';
import { selectCreateProject, selectProjectsBusy } from '../stores/projects-selectors';

export function NewProjectForm({ onDone }: { onDone: () => void }) {
  const createProject = useAppStore(selectCreateProject);
  const openProject = useAppStore(selectOpenProject);
  const busy = useAppStore(selectProjectsBusy);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProjectKind>('short-film');
  // A new project is usually created to be worked on: open it unless the user says otherwise.
  const [openAfter, setOpenAfter] = useState(true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createProject(name.trim(), kind);
    if (!created) return;
    setName('');
    onDone();
    if (openAfter) await openProject(created.id);
  };

  return (
    <form className="card new-project" aria-label="New project" onSubmit={(e) => void submit(e)}>
      <label>
        Project name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          autoFocus
          placeholder="The Night Ferry"
        />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as ProjectKind)}>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROJECT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={openAfter} onChange={(e) => setOpenAfter(e.target.checked)} />
        Open after creating
      </label>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
          Create
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
