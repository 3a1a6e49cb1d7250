// A button that opens the file picker (a hidden, labelled file input tests can fill) and hands over the picked file.
import { useRef } from 'react';

interface Props {
  children: string;
  accept: string;
  /** The hidden input's label (what tests and assistive tech find it by). */
  inputLabel: string;
  disabled?: boolean;
  onFile(file: File): void | Promise<void>;
}

export function FilePickButton({ children, accept, inputLabel, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
