import { csvCell } from './csv-cell.js';
import type { CellValue } from './csv-cell.js';

/** Rows to RFC 4180 CSV text: cells joined by commas, records by CRLF, with a final CRLF. */
export function toCSV(rows: readonly (readonly CellValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}
