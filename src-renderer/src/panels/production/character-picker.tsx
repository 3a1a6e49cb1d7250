// A labelled drop-down of the project's characters (the casting panel and the character sheets pick one with it).
import type { Character } from '../../contract';

interface Props {
  characters: readonly Character[];
  value: string;
  /** The select's accessible name ("Character to cast"). */
  label: string;
  onChange(id: string): void;
}

export function CharacterPicker({ characters, value, label, onChange }: Props) {
  return (
    <label>
      Character{' '}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {characters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
