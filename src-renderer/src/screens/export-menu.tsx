// The project window's Export menu: screenplay, storyboard, shot list, character bible and archive downloads.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProjectExportFormat } from '../contract';
import { downloadBase64 } from '../lib/files';
import { useAppStore } from '../stores/use-app-store';
import { selectNotify } from '../stores/app-selectors';
import { selectExportProject } from '../stores/projects-selectors';

/** Menu entries in the order a production asks for them. */
const ITEMS: { format: ProjectExportFormat; label: string }[] = [
  { format: 'screenplay-pdf', label: 'Screenplay (PDF)' },
  { format: 'fountain', label: 'Screenplay (Fountain)' },
  { format: 'fdx', label: 'Screenplay (Final Draft .fdx)' },
  { format: 'pdf', label: 'Storyboard (PDF)' },
  { format: 'csv', label: 'Shot list (CSV)' },
  { format: 'bible', label: 'Character bible (PDF)' },
  { format: 'storyloom', label: 'Whole project (.storyloom)' },
];

export function ExportMenu({ projectId }: { projectId: string }) {
  const exportProject = useAppStore(selectExportProject);
  const notify = useAppStore(selectNotify);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // The first entry takes focus when the menu opens, as menus do.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = async (format: ProjectExportFormat, label: string) => {
    close();
    setBusy(true);
    try {
      const file = await exportProject(projectId, format);
      if (!file) return;
      downloadBase64(file.fileName, file.base64, file.mediaType);
      notify(`Exported ${label}: ${file.fileName}.`);
    } finally {
      setBusy(false);
    }
  };

  // Arrow keys move between entries, Home/End jump, Escape closes and gives focus back to the button.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number | undefined> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (move[event.key] !== undefined) {
      event.preventDefault();
      items[move[event.key]!]?.focus();
    }
  };

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => setOpen((v) => !v)}
      >
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label="Export"
          className="menu"
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {ITEMS.map((item) => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(item.format, item.label)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
