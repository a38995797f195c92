/**
 * `fromCSV`: an order of battle kept in spreadsheets (one sheet of units, optional sheets of
 * strength figures, sides, sources and dated changes, saved as CSV) -> the dataset format, checked
 * by `parseOrderOfBattle`, with every problem located by sheet, row and column.
 */
import { parseOrderOfBattle } from '../parse.js';
import { SCHEMA_VERSION } from '../types.js';
import type {
  Citation,
  HistoricalEvent,
  LocalizedName,
  Meta,
  OrderOfBattle,
  Person,
  Role,
  Side,
  Source,
  StrengthObservation,
  StrengthValue,
  Unit,
  UnitChange,
} from '../types.js';
import { Sheets, num, text } from './csv-sheets.js';
import type { Column, Sheet, Values } from './csv-sheets.js';
import { columnLetter, readCsv } from './csv-table.js';
import { isSidc } from './sidc-code.js';
import type { CsvRow, CsvTable } from './csv-table.js';
import type { ImportResult } from './report.js';

/** The sheets, as CSV text. Only `units` is required. */
export interface CsvSheets {
  units: string;
  strength?: string;
  sides?: string;
  sources?: string;
  changes?: string;
  /** Events: what the timeline steps through. */
  events?: string;
  /** `meta` of the dataset; `title` defaults to "Imported order of battle", `defaultLang` to `en`. */
  meta?: Partial<Meta>;
}

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
  for (const [field, value] of v)
    if (field.startsWith('name:') && typeof value === 'string') out.push({ text: value, lang: field.slice(5) });
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
 * side, subjectLabel, disputes, …), `sides` (id, name, affiliation), `sources` (id, title, …),
 * `changes` (unit, date, type, name, echelon, arm, parent, side, description, …) and `events`
 * (id, type, date, title, description, place, units, sides, …). Never throws.
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

  const sheet = (
    name: Sheet,
    csv: string | undefined,
    each: (v: Values, row: CsvRow, table: CsvTable, columns: Column[]) => void,
  ): void => {
    if (csv === undefined) return;
    const table = readCsv(name, csv, s.problems);
    const columns = s.columns(name, table);
    for (const row of table.rows) each(s.values(table, columns, row), row, table, columns);
  };

  sheet('sources', sheets.sources, (v, row, table, columns) => {
    s.origin(`/sources/${oob.sources.length}`, table, row, columns);
    oob.sources.push(
      clean({
        ...pick(v, ['author', 'publisher', 'published', 'url', 'accessed', 'ref', 'lang', 'note']),
        id: text(v, 'id'),
        title: text(v, 'title'),
      }) as Source,
    );
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
    oob.sides.push(
      clean({
        id: text(v, 'id'),
        name: text(v, 'name'),
        names: names(v),
        affiliation: text(v, 'affiliation'),
        ...attested(v, sourceId),
      }) as Side,
    );
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
    const sidc = text(v, 'sidc');
    const sidcColumn = columns.find((c) => c.field === 'sidc');
    if (sidc !== undefined && !isSidc(sidc) && sidcColumn) {
      s.problems.push({
        severity: 'warning',
        code: 'invalid-value',
        file: table.file,
        row: row.row,
        column: columnLetter(sidcColumn.index),
        header: sidcColumn.header,
        message: `sidc "${sidc}" is not a 20-digit code (MIL-STD-2525D / APP-6D); it is kept, but the unit is drawn from its echelon and arm`,
      });
    }
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
        message:
          id === undefined
            ? 'the change names no unit; the row is ignored'
            : `the change names unit "${id}", which no row of the units sheet has; the row is ignored`,
      });
      return;
    }
    const to = clean({ ...pick(v, ['name', 'echelon', 'arm', 'side']), parent: text(v, 'parent') });
    // `parent` written as "none" or "-" makes the unit a top-level unit from that date.
    if (to.parent === 'none' || to.parent === '-') (to as { parent?: string | null }).parent = null;
    unit.changes ??= [];
    s.origin(`/units/${index}/changes/${unit.changes.length}`, table, row, columns, { citations: 'source', to: 'parent' });
    const change = clean({
      date: text(v, 'date'),
      type: text(v, 'type'),
      ...(Object.keys(to).length ? { to } : {}),
      ...pick(v, ['description']),
      ...attested(v, sourceId),
    });
    unit.changes.push(change as UnitChange);
  });

  const strength: StrengthObservation[] = [];
  sheet('strength', sheets.strength, (v, row, table, columns) => {
    const path = `/strength/${strength.length}`;
    const valueColumn = columns.some((c) => c.field === 'value') ? 'value' : 'min';
    s.origin(path, table, row, columns, {
      citations: 'source',
      value: valueColumn,
      'value/value': 'value',
      'value/min': 'min',
      'value/max': 'max',
      'value/approximate': 'approximate',
      'value/interpretation': 'interpretation',
    });
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

  const events: HistoricalEvent[] = [];
  sheet('events', sheets.events, (v, row, table, columns) => {
    s.origin(`/events/${events.length}`, table, row, columns, { citations: 'source' });
    const units = v.get('units');
    const sides = v.get('sides');
    events.push(
      clean({
        id: text(v, 'id') ?? `row-${row.row}`,
        type: text(v, 'type'),
        date: text(v, 'date'),
        title: text(v, 'title'),
        ...pick(v, ['description', 'place']),
        units: Array.isArray(units) ? units : undefined,
        sides: Array.isArray(sides) ? sides : undefined,
        ...attested(v, sourceId),
      }) as HistoricalEvent,
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
  if (events.length) oob.events = events;
  if (oob.meta.perspective === undefined && oob.sides.length) oob.meta.perspective = oob.sides[0]!.id;

  const parsed = parseOrderOfBattle(oob);
  // A required column that is missing was reported once; its per-row missing-field problems would only repeat it.
  const missing = new Set(s.problems.filter((p) => p.code === 'missing-column').map((p) => /"([^"]+)" column/.exec(p.message)?.[1]));
  const located = parsed.ok
    ? []
    : parsed.problems.filter((p) => !(p.code === 'missing-field' && missing.has(p.path.split('/').pop()))).map((p) => s.locate(p));
  const problems = [...s.problems, ...located];
  return { ok: parsed.ok && !problems.some((p) => p.severity === 'error'), oob, parsed, problems };
}
