// The shot list table: filter, sort (numbers as numbers), grouping by setup, totals.
import { describe, expect, it } from 'vitest';
import type { ShotListRow } from '../../../../src-preload/contract/dto';
import {
  filterRows,
  groupBySetup,
  sortRows,
  totalsOf,
} from '../../../../src-renderer/src/lib/shot-list-table';

const row = (scene: number, shot: number, patch: Partial<ShotListRow> = {}): ShotListRow => ({
  shotId: `${scene}-${shot}`,
  sceneId: `s${scene}`,
  scene,
  shot,
  size: 'MS',
  angle: 'eye',
  movement: 'static',
  lensMm: 50,
  durationSec: 30,
  characters: '',
  location: 'Diner',
  intExt: 'INT',
  timeOfDay: 'NIGHT',
  description: '',
  setup: `${scene}A`,
  status: 'planned',
  ...patch,
});

const rows = [
  row(10, 1, { setup: '10A', durationSec: 12 }),
  row(2, 2, { size: 'CU', setup: '2B', description: 'Sarah hands', durationSec: '' }),
  row(2, 1),
  row(2, 3, { setup: '2A' }),
];
rows[2]!.setup = '2A';

describe('shot list table', () => {
  it('sorts numbers as numbers, text with numbers inside, ties in script order', () => {
    expect(sortRows(rows, { column: 'scene', descending: false }).map((r) => r.shotId)).toEqual([
      '2-1',
      '2-2',
      '2-3',
      '10-1',
    ]);
    expect(sortRows(rows, { column: 'setup', descending: true }).map((r) => r.setup)).toEqual([
      '10A',
      '2B',
      '2A',
      '2A',
    ]);
    // Empty values go last.
    expect(sortRows(rows, { column: 'durationSec', descending: false }).at(-1)!.shotId).toBe('2-2');
  });

  it('filters on every word across columns', () => {
    expect(filterRows(rows, 'sarah CU').map((r) => r.shotId)).toEqual(['2-2']);
    expect(filterRows(rows, '  ')).toHaveLength(4);
  });

  it('groups shots under their setup with counts and seconds', () => {
    const lines = groupBySetup(rows);
    expect(
      lines.map((l) => (l.kind === 'setup' ? `[${l.setup} ${l.count} ${l.seconds}]` : l.row.shotId)),
    ).toEqual(['[2A 2 60]', '2-1', '2-3', '[2B 1 0]', '2-2', '[10A 1 12]', '10-1']);
  });

  it('totals shots, distinct setups and minutes', () => {
    expect(totalsOf(rows)).toEqual({ shots: 4, setups: 3, minutes: 1.2 });
  });
});
