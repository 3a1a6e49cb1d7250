// One editable field of a shot (card editor or shot list cell): saves through the store, shows the schema's error.
import { useState } from 'react';
import type { Shot } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { fieldError, fieldText, patchOf, type ShotField } from './shot-fields';
import { selectSaveShot } from '../../stores/storyboard-selectors';

interface ShotFieldInputProps {
  shot: Shot;
  field: ShotField;
  /** The shot's display number ("3.2"), for the accessible name. */
  name: string;
  /** In a table cell the label is not shown (the column header says it), only given to assistive tech. */
  inline?: boolean;
}

/** Choices save at once; typed values on Enter or leaving the field (Escape drops the draft). */
export function ShotFieldInput({ shot, field, name, inline = false }: ShotFieldInputProps) {
  const saveShot = useAppStore(selectSaveShot);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? fieldText(shot, field.key);
  const errorId = `${shot.id}-${field.key}-${inline ? 'cell' : 'card'}-error`;

  const save = async (text: string) => {
    const patch = patchOf(shot, field.key, text);
    if (!patch) {
      setDraft(null);
      setError(null);
      return;
    }
    const failed = await saveShot(shot.id, patch);
    setError(failed ? fieldError(failed) : null);
    if (!failed) setDraft(null);
  };
  const common = {
    'aria-label': inline ? `${field.label} of shot ${name}` : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  const control =
    'options' in field ? (
      <select {...common} value={value} onChange={(e) => void save(e.target.value)}>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    ) : (
      <input
        {...common}
        value={value}
        inputMode={field.key === 'description' ? undefined : 'decimal'}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save(value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save(value);
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
    );
  const message = error && (
    <span id={errorId} role="alert" className="field-error">
      {error}
    </span>
  );
  return inline ? (
    <span className="shot-cell-field">
      {control}
      {message}
    </span>
  ) : (
    <label className="shot-field">
      {field.label}
      {control}
      {message}
    </label>
  );
}
