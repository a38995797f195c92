/** CSV text -> rows of cells with their spreadsheet row numbers, read with papaparse. */
import Papa from 'papaparse';
import type { ImportProblem } from './report.js';

/** One data row: its number as a spreadsheet shows it (header = 1) and its cells, trimmed. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A sheet: its name (for messages), its headers as written and its non-empty data rows. */
export interface CsvTable {
  file: string;
  headers: string[];
  rows: CsvRow[];
}

/** The spreadsheet letter of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Reads CSV text. The delimiter is detected (comma, semicolon as European spreadsheets write,
 * tab); a byte-order mark is dropped; blank rows are skipped but still counted, so row numbers
 * match the spreadsheet. Syntax errors become `csv-syntax` problems with their row.
 */
export function readCsv(file: string, text: string, problems: ImportProblem[]): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: '' });
  // Papaparse numbers records from 0; a record may span lines (a quoted newline), as a spreadsheet row does.
  for (const error of result.errors) {
    // An undetectable delimiter is normal for a one-column sheet; the header check reports what matters.
    if (error.code === 'UndetectableDelimiter') continue;
    problems.push({
      severity: 'error',
      code: 'csv-syntax',
      file,
      ...(error.row === undefined ? {} : { row: error.row + 1 }),
      message: `${error.message}${error.code ? ` (${error.code})` : ''}`,
    });
  }
  const records = result.data;
  const headers = (records[0] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i += 1) {
    const cells = (records[i] ?? []).map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c !== '')) {
      problems.push({
        severity: 'error',
        code: 'csv-syntax',
        file,
        row: i + 1,
        column: columnLetter(headers.length),
        message: `row has ${cells.length} cells but the header has ${headers.length} columns; the extra cells are ignored`,
      });
    }
    rows.push({ row: i + 1, cells });
  }
  return { file, headers, rows };
}
