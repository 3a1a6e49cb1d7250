// Entity browser: tabs with counts, a virtualized list per tab, "Add" for characters and locations, and the entity card.
import { useMemo, type KeyboardEvent } from 'react';
import { VirtualList } from '../../components/virtual-list';
import { useAppStore } from '../../stores/use-app-store';
import {
  selectCreating,
  selectEntityTab,
  selectSelectEntity,
  selectSelected,
  selectSetCreating,
  selectSetEntityTab,
} from '../../stores/ui-selectors';
import { useEntities, useNameIndex, useWritable } from '../use-project-data';
import { CreateEntityForm } from './create-entity-form';
import { EntityCard } from './entity-card';
import { StaleBadge } from './stale-badge';
import { countOf, rowsOf, TABS } from './entity-tabs';

export function EntitiesPanel() {
  const entities = useEntities();
  const index = useNameIndex(entities);
  const writable = useWritable();
  const tab = useAppStore(selectEntityTab);
  const selected = useAppStore(selectSelected);
  const creating = useAppStore(selectCreating);
  const setTab = useAppStore(selectSetEntityTab);
  const selectEntity = useAppStore(selectSelectEntity);
  const setCreating = useAppStore(selectSetCreating);
  const spec = TABS.find((t) => t.tab === tab) ?? TABS[0]!;
  const rows = useMemo(() => rowsOf(tab, entities, index), [tab, entities, index]);

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const at = TABS.findIndex((t) => t.tab === tab);
    const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.tab);
    document.getElementById(`entity-tab-${next.tab}`)?.focus();
  };

  return (
    <section aria-label="Entities" className="panel entities-panel">
      <div role="tablist" aria-label="Entity types" className="tabs" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.tab}
            id={`entity-tab-${t.tab}`}
            type="button"
            role="tab"
            aria-selected={t.tab === tab}
            aria-controls="entity-tabpanel"
            tabIndex={t.tab === tab ? 0 : -1}
            onClick={() => setTab(t.tab)}
          >
            {t.label} <span className="count">{countOf(t.tab, entities)}</span>
          </button>
        ))}
      </div>
      <div id="entity-tabpanel" role="tabpanel" aria-labelledby={`entity-tab-${tab}`} className="tabpanel">
        {spec.creatable && (
          <div className="toolbar list-toolbar">
            <button
              type="button"
              onClick={() => setCreating(spec.creatable)}
              disabled={!writable}
              aria-expanded={creating === spec.creatable}
            >
              Add {spec.creatable}
            </button>
          </div>
        )}
        {creating && <CreateEntityForm type={creating} onClose={() => setCreating(null)} />}
        {rows.length === 0 ? (
          <p className="empty">No {spec.label.toLowerCase()} yet.</p>
        ) : (
          <VirtualList
            items={rows}
            label={spec.label}
            getKey={(row) => row.id}
            estimateSize={48}
            className="entity-list"
            renderItem={(row) => (
              <button
                type="button"
                className={`entity-item ${selected?.id === row.id ? 'selected' : ''}`}
                aria-pressed={selected?.id === row.id}
                onClick={() => selectEntity({ type: spec.type, id: row.id })}
              >
                <span className="entity-name">
                  {row.label}
                  {row.stale && <StaleBadge />}
                </span>
                {row.detail && <span className="entity-detail">{row.detail}</span>}
              </button>
            )}
          />
        )}
      </div>
      {selected && <EntityCard key={selected.id} selected={selected} />}
    </section>
  );
}
