// The simple create form for a character (name, age, occupation, role) or a location (name, setting, description).
import { useState, type FormEvent } from 'react';
import { CHARACTER_ROLES, LOCATION_SETTINGS } from '../../lib/vocab';
import { useAppStore } from '../../stores/use-app-store';
import { selectCreateEntity } from '../../stores/project-selectors';
import { OptionalSelect } from '../../components/optional-select';

interface Props {
  type: 'character' | 'location';
  onClose: () => void;
}

export function CreateEntityForm({ type, onClose }: Props) {
  const createEntity = useAppStore(selectCreateEntity);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const field = (key: string) => ({
    value: fields[key] ?? '',
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data: Record<string, unknown> = { name: (fields.name ?? '').trim() };
    for (const key of ['occupation', 'role', 'setting', 'description']) {
      const value = fields[key]?.trim();
      if (value) data[key] = value;
    }
    if (fields.age?.trim()) data.age = Number(fields.age);
    setBusy(true);
    const created = await createEntity(type, data);
    setBusy(false);
    if (created) onClose();
  };

  return (
    <form className="card create-form" aria-label={`New ${type}`} onSubmit={(e) => void submit(e)}>
      <label>
        Name
        <input {...field('name')} required maxLength={200} autoFocus />
      </label>
      {type === 'character' ? (
        <>
          <div className="row">
            <label>
              Age
              <input {...field('age')} type="number" min={0} max={150} />
            </label>
            <OptionalSelect label="Role" options={CHARACTER_ROLES} {...field('role')} />
          </div>
          <label>
            Occupation
            <input {...field('occupation')} maxLength={200} />
          </label>
        </>
      ) : (
        <>
          <OptionalSelect label="Setting" options={LOCATION_SETTINGS} {...field('setting')} />
          <label>
            Description
            <textarea {...field('description')} rows={3} />
          </label>
        </>
      )}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={busy || !(fields.name ?? '').trim()}>
          Create
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
