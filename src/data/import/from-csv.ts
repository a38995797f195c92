/**
 * `fromCSV`: an order of battle kept in spreadsheets (one sheet of units, optional sheets of
 * strength figures, sides, sources and dated changes, saved as CSV) -> the dataset format, checked
 * by `parseOrderOfBattle`, with every problem located by sheet, row and column.
 */
import { parseOrderOfBattle } from '../parse.js';
import { SCHEMA_VERSION } from '../types.js';
import type { Citation, LocalizedName, Meta, OrderOfBattle, Person, Role, Side, Source, StrengthObservation, StrengthValue, Unit, UnitChange } from '../types.js';
import { suggest } from '../validate/naming.js';
import { splitPointer } from '../validate/pointer.js';
import { columnLetter, readCsv } from './csv-table.js';
import type { CsvRow, CsvTable } from './csv-table.js';
import type { ImportProblem, ImportResult } from './report.js';

/** The sheets, as CSV text. Only `units` is required. */
export interface CsvSheets {
  units: string;
  strength?: string;
  sides?: string;
  sources?: string;
  changes?: string;
  /** `meta` of the dataset; `title` defaults to "Imported order of battle", `defaultLang` to `en`. */
  meta?: Partial<Meta>;
}

type Kind = 'text' | 'number' | 'boolean' | 'list';
type Sheet = 'units' | 'strength' | 'sides' | 'sources' | 'changes';

const CITED: Record<string, Kind> = { note: 'text', citationNeeded: 'boolean', source: 'text', locator: 'text', quote: 'text' };

/** The columns each sheet reads; `true` marks the required ones. Headers match field names case-insensitively. */
const COLUMNS: Record<Sheet, { kinds: Record<string, Kind>; required: string[] }> = {
  units: {
    kinds: { id: 'text', parent: 'text', name: 'text', echelon: 'text', arm: 'text', side: 'text', sidc: 'text', recruitment: 'text', formed: 'text', dissolved: 'text', order: 'number', commander: 'text', ...CITED },
    required: ['id', 'name', 'echelon'],
  },
  strength: {
    kinds: {
      id: 'text', measure: 'text', subject: 'text', subjectLabel: 'text', side: 'text', date: 'text', value: 'number', min: 'number', max: 'number',
      approximate: 'text', interpretation: 'text', qualifier: 'text', disputes: 'list', ...CITED,
    },
    required: ['measure', 'subject', 'date'],
  },
  sides: { kinds: { id: 'text', name: 'text', affiliation: 'text', ...CITED }, required: ['id', 'name', 'affiliation'] },
  sources: {
    kinds: { id: 'text', title: 'text', author: 'text', publisher: 'text', published: 'text', url: 'text', accessed: 'text', ref: 'text', lang: 'text', note: 'text' },
    required: ['id', 'title'],
  },
  changes: {
    kinds: { unit: 'text', date: 'text', type: 'text', name: 'text', echelon: 'text', arm: 'text', parent: 'text', side: 'text', description: 'text', ...CITED },
    required: ['unit', 'date', 'type'],
  },
};

/** Sheets whose rows may carry names in other languages, as `name:<lang>` columns (e.g. `name:ru`). */
const NAMED: ReadonlySet<Sheet> = new Set(['units', 'sides']);

const squash = (header: string): string => header.toLowerCase().replace(/[\s_-]/g, '');

/** A column the sheet reads: the field it fills, and its index and header. */
interface Column {
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

class Sheets {
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
        this.problems.push({ severity: 'error', code: 'duplicate-column', ...where, message: `column "${header}" repeats column ${columnLetter(first)}; its cells are ignored` });
        return;
      }
      seen.set(field, index);
      out.push({ field, index, header, kind: spec.kinds[field] ?? 'text' });
    });
    for (const field of spec.required) {
      if (!seen.has(field)) {
        this.problems.push({ severity: 'error', code: 'missing-column', file: table.file, row: 1, message: `the ${sheet} sheet has no "${field}" column, which is required` });
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
        this.problems.push({ severity: 'error', code, file: table.file, row: row.row, column: columnLetter(column.index), header: column.header, message: `"${cell}" is not ${expected}; the cell is ignored` });
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

type Values = Map<string, string | number | boolean | string[]>;
const text = (v: Values, f: string): string | undefined => {
  const x = v.get(f);
  return typeof x === 'string' ? x : undefined;
};
const num = (v: Values, f: string): number | undefined => {
  const x = v.get(f);
  return typeof x === 'number' ? x : undefined;
};

/** Copies the text fields listed that have a value. */
function pick(v: Values, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const x = text(v, f);
    if (x !== undefined) out[f] = x;
  }
  return out;
}

/** `note`, `citationNeeded`, citations from `source`/`locator`/`quote`, and `x-` columns. */
function attested(v: Values, sourceId: (cell: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = pick(v, ['note']);
  const needed = v.get('citationNeeded');
  if (typeof needed === 'boolean') out.citationNeeded = needed;
  const source = text(v, 'source');
  if (source !== undefined) {
    const citation: Citation = { source: sourceId(source), ...pick(v, ['locator', 'quote']) };
    out.citations = [citation];
  }
  for (const [field, value] of v) if (field.startsWith('x-')) out[field] = value;
  return out;
}

function names(v: Values): LocalizedName[] | undefined {
  const out: LocalizedName[] = [];
  for (const [field, value] of v) if (field.startsWith('name:') && typeof value === 'string') out.push({ text: value, lang: field.slice(5) });
  return out.length ? out : undefined;
}

/** The observation's value from the `value`, `min`, `max`, `approximate` and `interpretation` cells. */
function strengthValue(v: Values): StrengthValue | undefined {
  const value = num(v, 'value');
  const min = num(v, 'min');
  const max = num(v, 'max');
  const approximate = text(v, 'approximate');
  // An empty interpretation is left for the parser to report at the interpretation column.
  const interpretation = text(v, 'interpretation') as string;
  if (approximate !== undefined) {
    if (value !== undefined) return { approximate, value, interpretation };
    return { approximate, min: min as number, max: max as number, interpretation };
  }
  if (value !== undefined) return value;
  if (min !== undefined || max !== undefined) return { min: min as number, max: max as number };
  return undefined;
}

/** Removes keys whose value is `undefined`, as the parser reads them as absent anyway; keeps JSON output clean. */
function clean<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

/**
 * Builds a dataset from CSV sheets whose headers are the schema's field names (see
 * `docs/import.md`): `units` (id, parent, name, echelon, arm, side, formed, dissolved, commander,
 * sidc, order, recruitment, `name:<lang>`, note, citationNeeded, source, locator, quote, `x-…`),
 * `strength` (id, measure, subject, date, value or min/max, approximate, interpretation, qualifier,
 * side, subjectLabel, disputes, …), `sides` (id, name, affiliation), `sources` (id, title, …) and
 * `changes` (unit, date, type, name, echelon, arm, parent, side, description, …). Never throws.
 */
export function fromCSV(sheets: CsvSheets): ImportResult {
  const s = new Sheets();
  const oob: OrderOfBattle = {
    schemaVersion: SCHEMA_VERSION,
    meta: clean({ ...sheets.meta, title: sheets.meta?.title ?? 'Imported order of battle', defaultLang: sheets.meta?.defaultLang ?? 'en' }),
    sources: [],
    sides: [],
    units: [],
  };

  const sheet = (name: Sheet, csv: string | undefined, each: (v: Values, row: CsvRow, table: CsvTable, columns: Column[]) => void): void => {
    if (csv === undefined) return;
    const table = readCsv(name, csv, s.problems);
    const columns = s.columns(name, table);
    for (const row of table.rows) each(s.values(table, columns, row), row, table, columns);
  };

  sheet('sources', sheets.sources, (v, row, table, columns) => {
    s.origin(`/sources/${oob.sources.length}`, table, row, columns);
    oob.sources.push(clean({ ...pick(v, ['author', 'publisher', 'published', 'url', 'accessed', 'ref', 'lang', 'note']), id: text(v, 'id'), title: text(v, 'title') }) as Source);
  });
  // Without a sources sheet, the `source` cells name the sources themselves: each distinct text is one source.
  const listed = sheets.sources !== undefined;
  const named = new Set<string>();
  const sourceId = (cell: string): string => {
    if (!listed && !named.has(cell)) {
      named.add(cell);
      oob.sources.push({ id: cell, title: cell });
    }
    return cell;
  };

  sheet('sides', sheets.sides, (v, row, table, columns) => {
    s.origin(`/sides/${oob.sides.length}`, table, row, columns, { citations: 'source' });
    oob.sides.push(clean({ id: text(v, 'id'), name: text(v, 'name'), names: names(v), affiliation: text(v, 'affiliation'), ...attested(v, sourceId) }) as Side);
  });

  const people = new Map<string, Person>();
  const roles: Role[] = [];
  sheet('units', sheets.units, (v, row, table, columns) => {
    const path = `/units/${oob.units.length}`;
    s.origin(path, table, row, columns, { citations: 'source' });
    const unit = clean({
      id: text(v, 'id'),
      parent: text(v, 'parent'),
      name: text(v, 'name'),
      names: names(v),
      echelon: text(v, 'echelon'),
      ...pick(v, ['arm', 'side', 'sidc', 'recruitment', 'formed', 'dissolved']),
      order: num(v, 'order'),
      ...attested(v, sourceId),
    }) as Unit;
    oob.units.push(unit);
    const commander = text(v, 'commander');
    if (commander !== undefined) {
      let person = people.get(commander);
      if (!person) {
        person = { id: `person-${people.size + 1}`, name: commander };
        s.origin(`/people/${people.size}`, table, row, columns, { name: 'commander' });
        people.set(commander, person);
      }
      s.origin(`/roles/${roles.length}`, table, row, columns, { person: 'commander', unit: 'id' });
      roles.push({ id: `commander-${roles.length + 1}`, person: person.id, type: 'commander', ...(unit.id ? { unit: unit.id } : {}) });
    }
  });

  const unitIndex = new Map(oob.units.map((u, i) => [u.id, i]));
  sheet('changes', sheets.changes, (v, row, table, columns) => {
    const id = text(v, 'unit');
    const index = id === undefined ? undefined : unitIndex.get(id);
    const unit = index === undefined ? undefined : oob.units[index];
    if (index === undefined || !unit) {
      const column = columns.find((c) => c.field === 'unit');
      s.problems.push({
        severity: 'error',
        code: 'unknown-unit',
        file: table.file,
        row: row.row,
        ...(column ? { column: columnLetter(column.index), header: column.header } : {}),
        message: id === undefined ? 'the change names no unit; the row is ignored' : `the change names unit "${id}", which no row of the units sheet has; the row is ignored`,
      });
      return;
    }
    const to = clean({ ...pick(v, ['name', 'echelon', 'arm', 'side']), parent: text(v, 'parent') });
    // `parent` written as "none" or "-" makes the unit a top-level unit from that date.
    if (to.parent === 'none' || to.parent === '-') (to as { parent?: string | null }).parent = null;
    unit.changes ??= [];
    s.origin(`/units/${index}/changes/${unit.changes.length}`, table, row, columns, { citations: 'source', to: 'parent' });
    const change = clean({ date: text(v, 'date'), type: text(v, 'type'), ...(Object.keys(to).length ? { to } : {}), ...pick(v, ['description']), ...attested(v, sourceId) });
    unit.changes.push(change as UnitChange);
  });

  const strength: StrengthObservation[] = [];
  sheet('strength', sheets.strength, (v, row, table, columns) => {
    const path = `/strength/${strength.length}`;
    const valueColumn = columns.some((c) => c.field === 'value') ? 'value' : 'min';
    s.origin(path, table, row, columns, { citations: 'source', value: valueColumn, 'value/value': 'value', 'value/min': 'min', 'value/max': 'max', 'value/approximate': 'approximate', 'value/interpretation': 'interpretation' });
    const disputes = v.get('disputes');
    strength.push(
      clean({
        id: text(v, 'id') ?? `row-${row.row}`,
        measure: text(v, 'measure'),
        subject: text(v, 'subject'),
        ...pick(v, ['subjectLabel', 'side']),
        date: text(v, 'date'),
        value: strengthValue(v),
        qualifier: text(v, 'qualifier'),
        disputes: Array.isArray(disputes) ? disputes : undefined,
        ...attested(v, sourceId),
      }) as StrengthObservation,
    );
  });

  // Sides the units name but no sides sheet lists: made up with affiliation "unknown", and said so.
  const sideIds = new Set(oob.sides.map((x) => x.id));
  oob.units.forEach((unit, i) => {
    for (const side of [unit.side, ...(unit.changes ?? []).map((c) => c.to?.side)]) {
      if (side === undefined || sideIds.has(side)) continue;
      sideIds.add(side);
      oob.sides.push({ id: side, name: side, affiliation: 'unknown' });
      const origin = s.origins.get(`/units/${i}`);
      const column = origin?.columns.get('side');
      s.problems.push({
        severity: 'warning',
        code: 'side-created',
        ...(origin ? { file: origin.file, row: origin.row } : {}),
        ...(column ? { column: columnLetter(column.index), header: column.header } : {}),
        message: `side "${side}" is not in a sides sheet; it was added with affiliation "unknown" (add a sides sheet to name it and set friend, hostile or neutral)`,
      });
    }
  });
  if (people.size) oob.people = [...people.values()];
  if (roles.length) oob.roles = roles;
  if (strength.length) oob.strength = strength;
  if (oob.meta.perspective === undefined && oob.sides.length) oob.meta.perspective = oob.sides[0]!.id;

  const parsed = parseOrderOfBattle(oob);
  // A required column that is missing was reported once; its per-row missing-field problems would only repeat it.
  const missing = new Set(s.problems.filter((p) => p.code === 'missing-column').map((p) => /"([^"]+)" column/.exec(p.message)?.[1]));
  const located = parsed.ok ? [] : parsed.problems.filter((p) => !(p.code === 'missing-field' && missing.has(p.path.split('/').pop()))).map((p) => s.locate(p));
  const problems = [...s.problems, ...located];
  return { ok: parsed.ok && !problems.some((p) => p.severity === 'error'), oob, parsed, problems };
}
