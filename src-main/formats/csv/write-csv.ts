// RFC 4180 CSV writing through papaparse: CRLF rows, quoting of commas, quotes and line breaks, formula guard.
import Papa from 'papaparse';

/**
 * Writes a header and rows as CSV text. Fields that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@` first) are prefixed with `'` — an exported shot description must never execute on a crew laptop.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return `${text}\r\n`;
}
