// Production paperwork: the script view, the casting panel and the character sheets, one tab at a time.
import { useState, type KeyboardEvent } from 'react';
import { CastingPanel } from './casting-panel';
import { CharacterSheetPanel } from './character-sheet-view';
import { ScriptViewPanel } from './script-view';
import './production.css';

const TABS = [
  { id: 'script', label: 'Script' },
  { id: 'casting', label: 'Casting' },
  { id: 'sheets', label: 'Character sheets' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function ProductionPanel() {
  const [tab, setTab] = useState<TabId>('script');
  // Arrow keys move between tabs, as tablists do.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length]!;
    setTab(next.id);
    e.currentTarget.querySelector<HTMLElement>(`#production-tab-${next.id}`)?.focus();
  };
  return (
    <section aria-label="Production" className="panel production-panel">
      <div
        className="panel-title production-tabs"
        role="tablist"
        aria-label="Production views"
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`production-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="production-tabpanel"
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'ghost active' : 'ghost'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        id="production-tabpanel"
        role="tabpanel"
        aria-labelledby={`production-tab-${tab}`}
        className="production-body"
      >
        {tab === 'script' ? (
          <ScriptViewPanel />
        ) : tab === 'casting' ? (
          <CastingPanel />
        ) : (
          <CharacterSheetPanel />
        )}
      </div>
    </section>
  );
}
