/** A value a CSV cell can hold. */
export type CellValue = string | number | boolean | null | undefined;

// Spreadsheets run cells starting with these as formulas (OWASP "CSV injection"); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: RFC 4180 quoting (cells with a comma, quote or line break are wrapped in quotes,
 * quotes doubled), and text that a spreadsheet would run as a formula prefixed with `'`.
 * Numbers are written as plain numbers; non-finite numbers and `null`/`undefined` are empty.
 */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
