// The shot list table's pure steps: filter, sort, group by camera setup, and the totals line.
import type { ShotListRow } from '../contract';

/** The columns, in the order productions print them (the CSV export has the same). */
export const SHOT_COLUMNS = [
  { key: 'scene', label: 'Scene' },
  { key: 'shot', label: 'Shot' },
  { key: 'size', label: 'Size' },
  { key: 'angle', label: 'Angle' },
  { key: 'movement', label: 'Movement' },
  { key: 'lensMm', label: 'Lens (mm)' },
  { key: 'durationSec', label: 'Duration (s)' },
  { key: 'characters', label: 'Characters' },
  { key: 'location', label: 'Location' },
  { key: 'intExt', label: 'INT/EXT' },
  { key: 'timeOfDay', label: 'Time of day' },
  { key: 'description', label: 'Description' },
  { key: 'setup', label: 'Setup' },
  { key: 'status', label: 'Status' },
] as const satisfies readonly { key: keyof ShotListRow; label: string }[];

export type ShotColumn = (typeof SHOT_COLUMNS)[number]['key'];
export interface ShotSort {
  column: ShotColumn;
  descending: boolean;
}

/** Rows whose any column contains every word of the filter (case-insensitive). */
export function filterRows(rows: readonly ShotListRow[], filter: string): ShotListRow[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = SHOT_COLUMNS.map((c) => String(row[c.key]))
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Numbers compare as numbers (empty last), text alphabetically with numbers inside ("1B" < "1C" < "10A"). */
function compareValues(a: ShotListRow[ShotColumn], b: ShotListRow[ShotColumn]): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** Sorted by the column, ties in script order (scene, then shot). Stable. */
export function sortRows(rows: readonly ShotListRow[], sort: ShotSort): ShotListRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) => sign * compareValues(a[sort.column], b[sort.column]) || a.scene - b.scene || a.shot - b.shot,
  );
}

/** A table line: a setup's heading, or a shot. */
export type ShotListLine =
  { kind: 'setup'; setup: string; count: number; seconds: number } | { kind: 'shot'; row: ShotListRow };

/** Rows grouped by setup (script order of setups, shots by number inside), each group under its heading. */
export function groupBySetup(rows: readonly ShotListRow[]): ShotListLine[] {
  const groups = new Map<string, ShotListRow[]>();
  for (const row of sortRows(rows, { column: 'setup', descending: false }))
    groups.set(row.setup, [...(groups.get(row.setup) ?? []), row]);
  return [...groups].flatMap(([setup, members]): ShotListLine[] => [
    { kind: 'setup', setup, count: members.length, seconds: secondsOf(members) },
    ...members.map((row) => ({ kind: 'shot' as const, row })),
  ]);
}

function secondsOf(rows: readonly ShotListRow[]): number {
  return rows.reduce((sum, r) => sum + (typeof r.durationSec === 'number' ? r.durationSec : 0), 0);
}

/** Shots, distinct setups and screen minutes (one decimal) of the rows. */
export function totalsOf(rows: readonly ShotListRow[]): { shots: number; setups: number; minutes: number } {
  return {
    shots: rows.length,
    setups: new Set(rows.map((r) => r.setup)).size,
    minutes: Math.round((secondsOf(rows) / 60) * 10) / 10,
  };
}
