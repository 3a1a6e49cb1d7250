// Shot list CSV: a standard parser reads one row per shot; commas, quotes, line breaks and formulas survive safely.
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SHOT_LIST_COLUMNS,
  shotListRows,
  writeShotListCsv,
} from '../../../../src-main/formats/csv/shot-list';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { newProjectFile } from '../../../../src-main/store/new-project';
import { generatedProject } from '../../../fixtures/export-fixtures';
import { removeTempDirs } from '../../../fixtures/temp-dir';

afterAll(removeTempDirs);

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

function awkwardProject() {
  const b = new ChangeBuilder(newProjectFile('Awkward', 'short-film', { seed: 1 }), { via: 'manual' });
  const loc = b.create('location', { name: 'Joe\'s "Diner", Main St' }).after as { id: string };
  const sam = b.create('character', { name: 'Sam, Jr.' }).after as { id: string };
  const scene = b.create('scene', {
    number: 1,
    heading: 'INT. DINER - NIGHT',
    locationId: loc.id,
    timeOfDay: 'NIGHT',
  }).after as { id: string };
  const base = { sceneId: scene.id, angle: 'eye', movement: 'static', characterIds: [sam.id] };
  b.create('shot', { ...base, number: 2, size: 'CU', lensMm: 85, description: '=HYPERLINK("x")' });
  b.create('shot', {
    ...base,
    number: 1,
    size: 'MS',
    lensMm: 50,
    description: 'He says "no",\nthen leaves, slowly.',
  });
  b.create('shot', { ...base, number: 3, size: 'MS', lensMm: 50, durationSec: 2.25, stale: true });
  return b.work;
}

describe('shot list CSV', () => {
  it('quotes commas, quotes and line breaks so a standard parser reads the exact values back', () => {
    const csv = writeShotListCsv(awkwardProject());
    expect(csv.endsWith('\r\n')).toBe(true);
    const { data, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...SHOT_LIST_COLUMNS]);
    expect(data).toHaveLength(4);
    const [first, second, third] = data.slice(1);
    expect(first!.slice(0, 2)).toEqual(['1', '1']);
    expect(first![7]).toBe('Sam, Jr.');
    expect(first![8]).toBe('Joe\'s "Diner", Main St');
    expect(first![11]).toBe('He says "no",\nthen leaves, slowly.');
    // A formula is defused: a spreadsheet shows it as text instead of running it.
    expect(second![11]).toBe('\'=HYPERLINK("x")');
    // Same angle, size and lens: one camera setup; a stale shot is flagged for review.
    expect([first![12], second![12], third![12]]).toEqual(['1A', '1B', '1A']);
    expect(third![6]).toBe('2.3');
    expect(third![13]).toBe('needs review');
  });

  it('has one row per shot of a generated project, in scene and shot order, with every column filled', async () => {
    const file = await generatedProject('short-film', 4);
    const { data, errors } = parse(writeShotListCsv(file));
    expect(errors).toEqual([]);
    expect(data.length - 1).toBe(file.entities.shots.length);
    const rows = shotListRows(file);
    const keys = rows.map((r) => r.scene * 1000 + r.shot);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(rows.every((r) => r.location && r.intExt && r.timeOfDay && r.setup && r.durationSec !== '')).toBe(
      true,
    );
  });
});
