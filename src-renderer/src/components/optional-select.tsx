// A labelled select whose first choice is "—" (no value): the role of a character, the setting of a location.
import type { SelectHTMLAttributes } from 'react';

interface OptionalSelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly string[];
}

export function OptionalSelect({ label, options, ...select }: OptionalSelectProps) {
  return (
    <label>
      {label}
      <select {...select}>
        <option value="">—</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}
