// Adds one talent to the roster by hand: name, playing age range, gender, languages, skills, look.
import { useState } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { selectCreateEntity } from '../../stores/project-selectors';
import { selectReportError } from '../../stores/app-selectors';

const list = (s: string) =>
  s
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function TalentForm({ onDone }: { onDone(): void }) {
  const createEntity = useAppStore(selectCreateEntity);
  const reportError = useAppStore(selectReportError);
  const selectEntity = useAppStore(selectSelectEntity);
  const [form, setForm] = useState({ name: '', age: '', gender: '', languages: '', skills: '', look: '' });
  const field = (key: keyof typeof form, label: string) => (
    <label>
      {label}
      <input value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </label>
  );
  const submit = async () => {
    const m = /^\s*(\d{1,3})\s*(?:[-–to]+\s*(\d{1,3}))?\s*$/.exec(form.age);
    if (!form.name.trim() || !m) {
      reportError({
        code: 'TALENT_INVALID',
        message: 'A talent needs a name and a playing age such as 30-40.',
        remedy: 'Fill in both fields.',
      });
      return;
    }
    const created = await createEntity('talent', {
      name: form.name.trim(),
      ageMin: Number(m[1]),
      ageMax: Number(m[2] ?? m[1]),
      ...(form.gender ? { gender: form.gender } : {}),
      languages: list(form.languages),
      skills: list(form.skills),
      ...(form.look.trim() ? { look: form.look.trim() } : {}),
    });
    if (!created) return;
    // The new talent is shown on the roster here; the entity card would only take the focus away.
    selectEntity(null);
    onDone();
  };
  return (
    <form
      className="talent-form"
      aria-label="Add talent"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {field('name', 'Name')}
      {field('age', 'Playing age')}
      <label>
        Gender
        <select value={form.gender} onChange={(e) => setForm({ ...form, gender: e.target.value })}>
          <option value="">(any)</option>
          <option value="female">female</option>
          <option value="male">male</option>
          <option value="nonbinary">nonbinary</option>
        </select>
      </label>
      {field('languages', 'Languages')}
      {field('skills', 'Skills')}
      {field('look', 'Look')}
      <div className="toolbar">
        <button type="submit" className="primary">
          Add to roster
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
