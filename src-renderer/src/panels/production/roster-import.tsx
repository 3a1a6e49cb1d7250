// Talent CSV import with a column-mapping step: pick the file, map its columns to roster fields, import all or nothing.
import { useState } from 'react';
import type { RosterField, RosterMapping, RosterPreview } from '../../contract';
import { FilePickButton } from '../../components/file-pick-button';
import { useAppStore } from '../../stores/use-app-store';
import { selectInvokeOnProject, selectPreviewRoster } from '../../stores/production-selectors';
import { selectNotify } from '../../stores/app-selectors';

/** Roster fields in the order the mapping step lists them, with their labels (name and playing age required). */
const FIELDS: { field: RosterField; label: string; required: boolean }[] = [
  { field: 'name', label: 'Name', required: true },
  { field: 'playingAge', label: 'Playing age', required: true },
  { field: 'gender', label: 'Gender', required: false },
  { field: 'languages', label: 'Languages', required: false },
  { field: 'skills', label: 'Skills', required: false },
  { field: 'look', label: 'Look', required: false },
  { field: 'credits', label: 'Credits', required: false },
];

interface Pending {
  fileName: string;
  text: string;
  preview: RosterPreview;
  mapping: Partial<RosterMapping>;
}

export function RosterImport({ disabled }: { disabled: boolean }) {
  const previewRoster = useAppStore(selectPreviewRoster);
  const invoke = useAppStore(selectInvokeOnProject);
  const notify = useAppStore(selectNotify);
  const [pending, setPending] = useState<Pending | null>(null);

  const pick = async (file: File) => {
    const text = await file.text();
    const preview = await previewRoster(text);
    if (preview) setPending({ fileName: file.name, text, preview, mapping: { ...preview.guess } });
  };
  const complete = pending?.mapping.name !== undefined && pending?.mapping.playingAge !== undefined;
  const runImport = async () => {
    if (!pending || !complete) return;
    const result = await invoke('talent:importCsv', {
      fileName: pending.fileName,
      text: pending.text,
      mapping: pending.mapping as RosterMapping,
    });
    if (!result) return;
    setPending(null);
    notify(`Imported ${pending.fileName}: ${result.added} new talents, ${result.updated} updated.`);
  };

  return (
    <div className="roster-import">
      <FilePickButton
        accept=".csv,.tsv,.txt"
        inputLabel="Import roster CSV"
        disabled={disabled}
        onFile={pick}
      >
        Import CSV…
      </FilePickButton>
      {pending ? (
        <form
          className="column-mapping"
          aria-label="Map roster columns"
          onSubmit={(e) => {
            e.preventDefault();
            void runImport();
          }}
        >
          <p className="muted">
            {pending.fileName}: {pending.preview.rows} rows. Which column holds each field?
          </p>
          {FIELDS.map(({ field, label, required }) => (
            <label key={field}>
              {label}
              {required ? ' *' : ''}
              <select
                aria-label={`Column for ${label.toLowerCase()}`}
                value={pending.mapping[field] ?? ''}
                onChange={(e) => {
                  const value = e.target.value === '' ? undefined : Number(e.target.value);
                  const mapping = { ...pending.mapping };
                  if (value === undefined) delete mapping[field];
                  else mapping[field] = value;
                  setPending({ ...pending, mapping });
                }}
              >
                <option value="">(none)</option>
                {pending.preview.header.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <div className="toolbar">
            <button type="submit" className="primary" disabled={!complete}>
              Import talents
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
