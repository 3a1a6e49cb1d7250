// The shot list: every shot in a sortable, filterable, virtualized table, grouped by camera setup, edited in place.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Shot, ShotListRow } from '../../contract';
import { plural } from '../../lib/format';
import {
  filterRows,
  groupBySetup,
  SHOT_COLUMNS,
  sortRows,
  totalsOf,
  type ShotListLine,
  type ShotSort,
} from '../../lib/shot-list-table';
import { useAppStore } from '../../stores/use-app-store';
import { useEntities, useWritable } from '../use-project-data';
import { ShotFieldInput } from './shot-field-input';
import { SHOT_FIELDS, SHOT_NUMBER_FIELD, type ShotField } from './shot-fields';
import { ShotListActions, ShotListToolbar } from './shot-list-actions';
import { selectOpenProjectId, selectRevision } from '../../stores/project-selectors';
import { selectLoadShotRows, selectShotRows } from '../../stores/storyboard-selectors';

/** Columns edited in place, by column key. */
const EDITABLE: Partial<Record<string, ShotField>> = {
  shot: SHOT_NUMBER_FIELD,
  ...Object.fromEntries(SHOT_FIELDS.map((f) => [f.key, f])),
};

/** Rows reload whenever the project changes (main computes setups and status, as the CSV export does). */
function useShotRows(): ShotListRow[] | null {
  const rows = useAppStore(selectShotRows);
  const load = useAppStore(selectLoadShotRows);
  const revision = useAppStore(selectRevision);
  const projectId = useAppStore(selectOpenProjectId);
  useEffect(() => {
    void load();
  }, [load, revision, projectId]);
  return rows;
}

function HeaderRow({ sort, onSort }: { sort: ShotSort; onSort: (s: ShotSort) => void }) {
  return (
    <div role="row" className="shot-list-row shot-list-head">
      {SHOT_COLUMNS.map((c) => {
        const active = sort.column === c.key;
        return (
          <div
            key={c.key}
            role="columnheader"
            aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
          >
            <button
              type="button"
              className="link"
              onClick={() => onSort({ column: c.key, descending: active && !sort.descending })}
            >
              {c.label}
              {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </button>
          </div>
        );
      })}
      <div role="columnheader">Actions</div>
    </div>
  );
}

function ShotRow({ row, shot, writable }: { row: ShotListRow; shot: Shot | undefined; writable: boolean }) {
  const name = `${row.scene}.${row.shot}`;
  return (
    <div role="row" className="shot-list-row" aria-label={`Shot ${name}`}>
      {SHOT_COLUMNS.map((c) => {
        const field = EDITABLE[c.key];
        return (
          <div role="cell" key={c.key} className={`col-${c.key}`}>
            {writable && shot && field ? (
              <ShotFieldInput shot={shot} field={field} name={name} inline />
            ) : (
              String(row[c.key])
            )}
          </div>
        );
      })}
      <div role="cell">{writable && shot && <ShotListActions shot={shot} name={name} />}</div>
    </div>
  );
}

function SetupRow({ line }: { line: Extract<ShotListLine, { kind: 'setup' }> }) {
  return (
    <div role="row" className="shot-list-row shot-list-setup">
      <div role="cell">
        Setup {line.setup} · {plural(line.count, 'shot')} · {Math.round(line.seconds)} s
      </div>
    </div>
  );
}

export function ShotListView() {
  const rows = useShotRows();
  const entities = useEntities();
  const writable = useWritable();
  const shots = useMemo(() => new Map(entities.shots.map((s) => [s.id, s])), [entities.shots]);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<ShotSort>({ column: 'scene', descending: false });
  const [grouped, setGrouped] = useState(false);
  const visible = useMemo(() => filterRows(rows ?? [], filter), [rows, filter]);
  const lines = useMemo<ShotListLine[]>(
    () => (grouped ? groupBySetup(visible) : sortRows(visible, sort).map((row) => ({ kind: 'shot', row }))),
    [visible, sort, grouped],
  );
  const totals = totalsOf(visible);
  const scroll = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render by design; nothing here hands them to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroll.current,
    estimateSize: () => 34,
    getItemKey: (i) => {
      const line = lines[i]!;
      return line.kind === 'setup' ? `setup-${line.setup}` : line.row.shotId;
    },
    overscan: 10,
  });

  return (
    <div className="shot-list">
      <ShotListToolbar
        filter={filter}
        onFilter={setFilter}
        grouped={grouped}
        onGrouped={setGrouped}
        writable={writable}
      />
      <p className="shot-list-totals" role="status" aria-label="Shot list totals">
        {plural(totals.shots, 'shot')} · {plural(totals.setups, 'setup')} · {totals.minutes} min
      </p>
      <div ref={scroll} className="shot-list-scroll">
        <div role="table" aria-label="Shot list" aria-rowcount={lines.length + 1} className="shot-list-table">
          <div role="rowgroup" className="shot-list-head-group">
            <HeaderRow sort={sort} onSort={setSort} />
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const line = lines[item.index]!;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="shot-list-line"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {line.kind === 'setup' ? (
                    <SetupRow line={line} />
                  ) : (
                    <ShotRow row={line.row} shot={shots.get(line.row.shotId)} writable={writable} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {rows !== null && visible.length === 0 && <p className="empty">No shot matches “{filter}”.</p>}
      </div>
    </div>
  );
}
