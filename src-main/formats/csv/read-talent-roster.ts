// Reads a casting roster CSV (name, playing age, gender, languages, skills, look, credits) all-or-nothing.
import Papa from 'papaparse';
import type { RosterField, RosterMapping, RosterPreview } from '../../../src-preload/contract/production';
import { decodeImportText } from '../text/import-text';
import { AppFailure } from '../../shared/failure';

type Gender = 'female' | 'male' | 'nonbinary' | 'unspecified';

/** One talent as the roster gives it. */
export interface RosterTalent {
  name: string;
  ageMin: number;
  ageMax: number;
  gender?: Gender;
  languages: string[];
  skills: string[];
  look?: string;
  credits: string[];
  /** The line of the file the row starts on (1 = the header). */
  line: number;
}

type Column = RosterField;

/** Header spellings a roster may use, per column. */
const HEADERS: Record<Column, RegExp> = {
  name: /^(name|talent|actor|actress|performer)$/,
  playingAge: /^(playing age|playing ages|age range|ages?|playing range)$/,
  gender: /^(gender|sex)$/,
  languages: /^(languages?|speaks)$/,
  skills: /^(skills?|special skills)$/,
  look: /^(look|looks|appearance|description)$/,
  credits: /^(credits?|filmography)$/,
};

const GENDERS: Record<string, Gender> = {
  female: 'female',
  f: 'female',
  woman: 'female',
  w: 'female',
  male: 'male',
  m: 'male',
  man: 'male',
  nonbinary: 'nonbinary',
  'non-binary': 'nonbinary',
  nb: 'nonbinary',
  enby: 'nonbinary',
  unspecified: 'unspecified',
  any: 'unspecified',
};

const refuse = (line: number, message: string): never => {
  throw new AppFailure(
    'ROSTER_ROW_INVALID',
    `Line ${line}: ${message} Nothing was imported.`,
    'Fix that line of the CSV and import it again.',
    { line },
  );
};

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/[;|,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The columns a header names, by the usual spellings (the first match of each field wins). */
export function guessColumns(header: readonly string[]): Partial<RosterMapping> {
  const columns: Partial<RosterMapping> = {};
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].test(name));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}

function columnsOf(header: readonly string[], mapping?: RosterMapping): Map<Column, number> {
  const chosen = mapping ?? guessColumns(header);
  for (const needed of ['name', 'playingAge'] as const) {
    const at = chosen[needed];
    if (at === undefined)
      refuse(
        1,
        `the header has no ${needed === 'playingAge' ? '"playing age"' : '"name"'} column (found: ${header.join(', ')}).`,
      );
    else if (at >= header.length)
      refuse(1, `column ${at + 1} is mapped to ${needed}, but the file has ${header.length} columns.`);
  }
  return new Map(Object.entries(chosen).filter(([, i]) => i !== undefined) as [Column, number][]);
}

/** "45-58", "45–58", "45 to 58" or a single "30". */
function playingAge(cell: string, line: number): [number, number] {
  const m = /^\s*(\d{1,3})\s*(?:(?:-|–|—|to)\s*(\d{1,3}))?\s*$/.exec(cell);
  if (!m) return refuse(line, `playing age "${cell}" is not a range like 45-58.`);
  const min = Number(m[1]);
  const max = Number(m[2] ?? m[1]);
  if (min > max) return refuse(line, `playing age ${min}-${max} runs backwards.`);
  if (max > 120) return refuse(line, `playing age ${max} is not a human age.`);
  return [min, max];
}

function rowOf(cells: readonly string[], columns: Map<Column, number>, line: number): RosterTalent {
  const cell = (c: Column) => {
    const i = columns.get(c);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const name = cell('name');
  if (!name) refuse(line, 'the name is empty.');
  if (name.length > 200) refuse(line, 'the name is longer than 200 characters.');
  const [ageMin, ageMax] = playingAge(cell('playingAge'), line);
  const genderCell = cell('gender').toLowerCase();
  const gender = genderCell ? GENDERS[genderCell] : undefined;
  if (genderCell && !gender) refuse(line, `gender "${cell('gender')}" is not female, male or nonbinary.`);
  const talent: RosterTalent = {
    name,
    ageMin,
    ageMax,
    languages: list(cell('languages')),
    skills: list(cell('skills')),
    credits: list(cell('credits')),
    line,
  };
  if (gender) talent.gender = gender;
  if (cell('look')) talent.look = cell('look').slice(0, 2_000);
  return talent;
}

/** A project holds at most this many talents (the loader's cap), so no roster needs more rows. */
export const MAX_ROSTER_ROWS = 100_000;

/** Physical lines a roster may have: its rows, with room for line breaks inside quoted cells. */
const MAX_ROSTER_LINES = MAX_ROSTER_ROWS * 2;

/** Refuses a text with more physical lines than any roster needs, counting no further than the limit. */
function checkLineCount(text: string): void {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_ROSTER_LINES) refuse(lines, `the roster has more than ${MAX_ROSTER_LINES} lines.`);
  }
}

/**
 * The delimiter the header uses most (comma, semicolon or tab). Chosen from the header alone: Papa Parse's own
 * guess parses the whole file once per candidate, seconds for a hostile file of a few MB.
 */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  const count = (d: string) => header.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * The text of a roster file's bytes, checked before any parse the way every text import is (size, binary data,
 * UTF-8/UTF-16 and BOMs, line length, NFC), with the same specific codes (IMPORT_TOO_LARGE, IMPORT_NOT_TEXT…).
 */
export function decodeRoster(bytes: Uint8Array, name: string): string {
  return decodeImportText(bytes, name).text;
}

/** The file's rows as cells, with the physical line each row starts on (1 = the header). */
function rowsOf(text: string): { cells: string[]; line: number }[] {
  const clean = text.replace(/^\uFEFF/, '');
  checkLineCount(clean);
  const parsed = Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    delimiter: delimiterOf(clean),
    preview: MAX_ROSTER_ROWS + 2,
  });
  if (parsed.data.length > MAX_ROSTER_ROWS + 1)
    refuse(MAX_ROSTER_ROWS + 2, `the roster has more than ${MAX_ROSTER_ROWS} rows.`);
  // A one-column guess is not an error of the file: a roster with one bad column is caught per row below.
  const firstError = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (firstError) refuse((firstError.row ?? 0) + 1, `the CSV cannot be read (${firstError.message}).`);
  // Line numbers count physical lines, so a quoted cell with line breaks moves the following rows down.
  let line = 1;
  return parsed.data.map((cells) => {
    const row = { cells, line };
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return row;
  });
}

/** The header, the guessed mapping and the number of talent rows: the column-mapping step shows them. */
export function previewRoster(text: string): RosterPreview {
  const [header, ...rows] = rowsOf(text);
  if (!header || header.cells.every((c) => !c.trim())) return refuse(1, 'the file is empty.');
  return {
    header: header.cells.map((c) => c.trim()),
    guess: guessColumns(header.cells),
    rows: rows.filter(({ cells }) => cells.some((c) => c.trim())).length,
  };
}

/**
 * Parses a roster, with the columns given by `mapping` or guessed from the header. Every row is checked
 * before anything is returned: the first bad row refuses the whole file with its line number
 * (`ROSTER_ROW_INVALID`), so an import is all or nothing. Rows past MAX_ROSTER_ROWS are never parsed (a file
 * of line breaks would otherwise build millions of empty rows).
 */
export function readTalentRoster(text: string, mapping?: RosterMapping): RosterTalent[] {
  const [header, ...rows] = rowsOf(text);
  if (!header || header.cells.every((c) => !c.trim())) return refuse(1, 'the file is empty.');
  const columns = columnsOf(header.cells, mapping);
  const talents = rows
    .filter(({ cells }) => cells.some((c) => c.trim()))
    .map(({ cells, line }) => rowOf(cells, columns, line));
  if (talents.length === 0) refuse(2, 'the roster has a header but no talents.');
  return talents;
}
