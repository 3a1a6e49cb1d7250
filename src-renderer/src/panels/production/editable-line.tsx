// One paragraph of a screenplay that turns into a text box on click or Enter; Enter saves, Escape cancels.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  text: string;
  /** What the paragraph is, for the edit box's label ("Edit dialogue of SARAH"). */
  label: string;
  className: string;
  /** Saves the new text; resolves true when it was saved. */
  onSave(text: string): Promise<boolean>;
  editable: boolean;
}

export function EditableLine({ text, label, className, onSave, editable }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (draft !== null) box.current?.focus();
  }, [draft !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!editable) return <p className={className}>{text}</p>;
  if (draft === null)
    return (
      <p
        className={`${className} script-editable`}
        role="button"
        tabIndex={0}
        aria-label={`${label}: ${text}`}
        onClick={() => setDraft(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            setDraft(text);
          }
        }}
      >
        {text}
      </p>
    );

  const save = async () => {
    const next = (draft ?? '').trim();
    if (!next || next === text) {
      setDraft(null);
      return;
    }
    if (await onSave(next)) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void save();
    }
  };
  return (
    <textarea
      ref={box}
      className={`${className} script-edit-box`}
      aria-label={`Edit ${label}`}
      value={draft}
      rows={Math.max(1, Math.ceil(draft.length / 40))}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void save()}
    />
  );
}
