/**
 * The CSV sheets `fromCSV` reads: their columns, typed cells, and where each record of the dataset
 * came from, so that every problem (the converter's and the parser's) names a sheet, row and column.
 */
import type { ImportProblem } from './report.js';
import { columnLetter } from './csv-table.js';
import type { CsvRow, CsvTable } from './csv-table.js';
import { suggest } from '../validate/naming.js';
import { splitPointer } from '../validate/pointer.js';

export type Kind = 'text' | 'number' | 'boolean' | 'list';
export type Sheet = 'units' | 'strength' | 'sides' | 'sources' | 'changes' | 'events';

const CITED: Record<string, Kind> = { note: 'text', citationNeeded: 'boolean', source: 'text', locator: 'text', quote: 'text' };

/** The columns each sheet reads, with the kind of their cells, and the required ones. Headers match field names case-insensitively. */
const COLUMNS: Record<Sheet, { kinds: Record<string, Kind>; required: string[] }> = {
  units: {
    kinds: {
      id: 'text',
      parent: 'text',
      name: 'text',
      echelon: 'text',
      arm: 'text',
      side: 'text',
      sidc: 'text',
      recruitment: 'text',
      formed: 'text',
      dissolved: 'text',
      order: 'number',
      commander: 'text',
      ...CITED,
    },
    required: ['id', 'name', 'echelon'],
  },
  strength: {
    kinds: {
      id: 'text',
      measure: 'text',
      subject: 'text',
      subjectLabel: 'text',
      side: 'text',
      date: 'text',
      value: 'number',
      min: 'number',
      max: 'number',
      approximate: 'text',
      interpretation: 'text',
      qualifier: 'text',
      disputes: 'list',
      ...CITED,
    },
    required: ['measure', 'subject', 'date'],
  },
  sides: { kinds: { id: 'text', name: 'text', affiliation: 'text', ...CITED }, required: ['id', 'name', 'affiliation'] },
  sources: {
    kinds: {
      id: 'text',
      title: 'text',
      author: 'text',
      publisher: 'text',
      published: 'text',
      url: 'text',
      accessed: 'text',
      ref: 'text',
      lang: 'text',
      note: 'text',
    },
    required: ['id', 'title'],
  },
  changes: {
    kinds: {
      unit: 'text',
      date: 'text',
      type: 'text',
      name: 'text',
      echelon: 'text',
      arm: 'text',
      parent: 'text',
      side: 'text',
      description: 'text',
      ...CITED,
    },
    required: ['unit', 'date', 'type'],
  },
  events: {
    kinds: {
      id: 'text',
      type: 'text',
      date: 'text',
      title: 'text',
      description: 'text',
      place: 'text',
      units: 'list',
      sides: 'list',
      ...CITED,
    },
    required: ['type', 'date', 'title'],
  },
};

/** Sheets whose rows may carry names in other languages, as `name:<lang>` columns (e.g. `name:ru`). */
const NAMED: ReadonlySet<Sheet> = new Set(['units', 'sides']);

const squash = (header: string): string => header.toLowerCase().replace(/[\s_-]/g, '');

/** A column the sheet reads: the field it fills, and its index and header. */
export interface Column {
  field: string;
  index: number;
  header: string;
  kind: Kind;
}

/** Where a record of the dataset came from, so parse problems can point at a cell. */
interface Origin {
  file: string;
  row: number;
  /** Field key (`parent`, `citations`, `value/min`) -> column; `null` when the sheet has no such column. */
  columns: Map<string, Column | null>;
}

export class Sheets {
  readonly problems: ImportProblem[] = [];
  /** JSON pointer of a record in the dataset (e.g. `/units/3`) -> where it came from. */
  readonly origins = new Map<string, Origin>();

  /** Reads one sheet's header: the known columns, `name:<lang>` and `x-` columns; reports the rest. */
  columns(sheet: Sheet, table: CsvTable): Column[] {
    const spec = COLUMNS[sheet];
    const known = new Map(Object.keys(spec.kinds).map((f) => [squash(f), f]));
    const out: Column[] = [];
    const seen = new Map<string, number>();
    table.headers.forEach((header, index) => {
      if (header === '') return;
      let field: string | undefined;
      if (header.startsWith('x-') && header.length > 2) field = header;
      else if (NAMED.has(sheet) && /^name:[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(header)) field = `name:${header.slice(5)}`;
      else field = known.get(squash(header));
      const where = { file: table.file, row: 1, column: columnLetter(index), header };
      if (field === undefined) {
        const guess = suggest(header, Object.keys(spec.kinds));
        this.problems.push({
          severity: 'error',
          code: 'unknown-column',
          ...where,
          message: `column "${header}" is not a field of ${sheet}${guess ? ` (did you mean "${guess}"?)` : ''}; its cells are ignored; custom columns must start with "x-"`,
        });
        return;
      }
      const first = seen.get(field);
      if (first !== undefined) {
        this.problems.push({
          severity: 'error',
          code: 'duplicate-column',
          ...where,
          message: `column "${header}" repeats column ${columnLetter(first)}; its cells are ignored`,
        });
        return;
      }
      seen.set(field, index);
      out.push({ field, index, header, kind: spec.kinds[field] ?? 'text' });
    });
    for (const field of spec.required) {
      if (!seen.has(field)) {
        this.problems.push({
          severity: 'error',
          code: 'missing-column',
          file: table.file,
          row: 1,
          message: `the ${sheet} sheet has no "${field}" column, which is required`,
        });
      }
    }
    return out;
  }

  /** The row's cells as typed values by field (blank cells absent), reporting cells of the wrong kind. */
  values(table: CsvTable, columns: Column[], row: CsvRow): Map<string, string | number | boolean | string[]> {
    const out = new Map<string, string | number | boolean | string[]>();
    for (const column of columns) {
      const cell = row.cells[column.index] ?? '';
      if (cell === '') continue;
      const value = readCell(column.kind, cell);
      if (value === undefined) {
        const code = column.kind === 'number' ? 'not-a-number' : 'not-a-boolean';
        const expected = column.kind === 'number' ? 'a number such as 1200 or 1,200' : 'yes or no (true/false, 1/0)';
        this.problems.push({
          severity: 'error',
          code,
          file: table.file,
          row: row.row,
          column: columnLetter(column.index),
          header: column.header,
          message: `"${cell}" is not ${expected}; the cell is ignored`,
        });
        continue;
      }
      out.set(column.field, value);
    }
    return out;
  }

  origin(path: string, table: CsvTable, row: CsvRow, columns: Column[], extra: Record<string, string> = {}): void {
    const byField = new Map(columns.map((c) => [c.field, c]));
    const map = new Map<string, Column | null>();
    for (const c of columns) {
      const key = c.field.startsWith('name:') ? 'names' : c.field;
      if (!map.has(key)) map.set(key, c);
    }
    // A field whose column the sheet lacks is located at the row only (null), not at a neighbouring column.
    for (const [key, field] of Object.entries(extra)) map.set(key, byField.get(field) ?? null);
    this.origins.set(path, { file: table.file, row: row.row, columns: map });
  }

  /** A parse problem, located at the sheet cell its record and field came from. */
  locate(problem: { path: string; code: ImportProblem['code']; message: string }): ImportProblem {
    const tokens = splitPointer(problem.path) ?? [];
    for (let n = Math.min(tokens.length, 4); n >= 2; n -= 1) {
      const origin = this.origins.get(`/${tokens.slice(0, n).join('/')}`);
      if (!origin) continue;
      const key = tokens.slice(n).filter((t) => !/^\d+$/.test(t));
      // `value/min` has its own column; `citations/locator` is the locator column, `to/parent` the parent column.
      const keys = [key.slice(0, 2).join('/'), key[1] ?? '', key[0] ?? ''];
      const found = keys.find((k) => origin.columns.has(k));
      const column = found === undefined ? undefined : origin.columns.get(found);
      return {
        severity: 'error',
        code: problem.code,
        message: problem.message,
        file: origin.file,
        row: origin.row,
        ...(column ? { column: columnLetter(column.index), header: column.header } : {}),
        path: problem.path,
      };
    }
    return { severity: 'error', code: problem.code, message: problem.message, path: problem.path };
  }
}

const YES = new Set(['true', 'yes', 'y', '1', 'x']);
const NO = new Set(['false', 'no', 'n', '0']);

function readCell(kind: Kind, cell: string): string | number | boolean | string[] | undefined {
  if (kind === 'text') return cell;
  if (kind === 'list') return cell.split(/[;,\s]+/).filter(Boolean);
  if (kind === 'boolean') return YES.has(cell.toLowerCase()) ? true : NO.has(cell.toLowerCase()) ? false : undefined;
  // Thousands may be grouped with commas, spaces or underscores (1,200 / 1 200); the decimal mark is a point.
  const plain = /^\d{1,3}([, _\u00a0\u202f]\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/[, _\u00a0\u202f]/g, '') : cell;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return undefined;
  return Number(plain);
}

export type Values = Map<string, string | number | boolean | string[]>;
export const text = (v: Values, f: string): string | undefined => {
  const x = v.get(f);
  return typeof x === 'string' ? x : undefined;
};
export const num = (v: Values, f: string): number | undefined => {
  const x = v.get(f);
  return typeof x === 'number' ? x : undefined;
};
