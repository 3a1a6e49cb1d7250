// Casting rosters: the delimiter comes from the header, and hostile sizes are refused before Papa Parse runs
// (issue 8: every importer, CSV included, meets the hostile-input bounds).
import { describe, expect, it } from 'vitest';
import {
  decodeRoster,
  MAX_ROSTER_ROWS,
  readTalentRoster,
} from '../../../../src-main/formats/csv/read-talent-roster';

describe('readTalentRoster', () => {
  it('reads comma, semicolon and tab rosters by the delimiter of their header', () => {
    for (const d of [',', ';', '\t']) {
      const roster = readTalentRoster(`name${d}age${d}gender\nAda Byron${d}30${d}female\n`);
      expect(roster).toMatchObject([{ name: 'Ada Byron', ageMin: 30, gender: 'female', line: 2 }]);
    }
  });

  it('refuses more rows than a project can hold, and a file of line breaks, naming a line', () => {
    const rows = `name,age\n${'A,30\n'.repeat(MAX_ROSTER_ROWS + 5)}`;
    expect(() => readTalentRoster(rows)).toThrow(expect.objectContaining({ code: 'ROSTER_ROW_INVALID' }));
    expect(() => readTalentRoster(`name,age\n${'\n'.repeat(3_000_000)}`)).toThrow(/more than .* lines/);
  });

  it('decodes the bytes like every text import: UTF-16 with a BOM, binary data refused', () => {
    const utf16 = new Uint8Array(Buffer.from('\ufeffname,age\nZoë,30\n', 'utf16le'));
    expect(readTalentRoster(decodeRoster(utf16, 'r.csv'))).toMatchObject([{ name: 'Zoë' }]);
    expect(() => decodeRoster(new Uint8Array([0x6e, 0, 0, 0xff, 0x10]), 'r.csv')).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^IMPORT_(NOT_TEXT|BAD_ENCODING)$/) }),
    );
  });
});
