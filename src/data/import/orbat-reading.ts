/**
 * The ORBAT Mapper converter's reading tools: safe readers of untrusted JSON, scenario times as
 * days, and the report of what is not converted (one problem per kind of field left out).
 */
import { childPath } from '../validate/pointer.js';
import type { ImportProblem } from './report.js';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Fields the converter reads (or knowingly skips as editor state) on each kind of object. */
export const READ = {
  root: [
    'type',
    'id',
    'version',
    'meta',
    'name',
    'description',
    'startTime',
    'timeZone',
    'symbologyStandard',
    'sides',
    'events',
    'equipment',
    'personnel',
  ],
  side: ['id', 'name', 'description', 'standardIdentity', 'groups', 'subUnits', 'isHidden', 'locked', 'initiallyOpen', '_isNew'],
  group: ['id', 'name', 'description', 'subUnits', 'isHidden', 'locked', 'initiallyOpen', '_pid', '_isNew'],
  unit: [
    'id',
    'name',
    'sidc',
    'shortName',
    'description',
    'externalUrl',
    'subUnits',
    'state',
    'equipment',
    'personnel',
    'locked',
    '_pid',
    '_gid',
    '_sid',
    '_isOpen',
    '_ikey',
    '_lkey',
    '_state',
  ],
  state: ['id', 't', 'hierarchy', 'update', 'diff', 'sidc', 'title', 'subTitle', 'description'],
  event: ['id', 'startTime', 'title', 'subTitle', 'description', 'where', '_type'],
};

/** Why fields are not mapped, by field name; anything else is "no field of the dataset holds it". */
const REASONS: Record<string, string> = {
  location: 'map positions have no place in an order of battle',
  via: 'map routes have no place in an order of battle',
  viaStartTime: 'map routes have no place in an order of battle',
  interpolate: 'map movement has no place in an order of battle',
  symbolRotation: 'map symbol rotation has no place in an order of battle',
  media: 'images are not part of the dataset format',
  symbolOptions: 'symbol styling is not part of the dataset format (colours come from the theme)',
  textAmplifiers: 'symbol text amplifiers are not part of the dataset format',
  reinforcedStatus: 'the reinforced / reduced amplifier is not part of the dataset format',
  rangeRings: 'range rings are map geometry',
  supplies: 'supplies have no strength measure; only personnel and equipment are converted',
  properties: 'speeds are not part of the dataset format',
  style: 'map styling is not part of the dataset format',
  status: 'unit statuses (e.g. "Defending") have no place in the dataset format',
  template: 'unit templates are editor state',
  uiActions: 'map actions belong to the ORBAT Mapper viewer',
  layerStack: 'map layers and their features have no place in an order of battle',
  layers: 'map layers and their features have no place in an order of battle',
  mapLayers: 'map layers have no place in an order of battle',
  settings: 'editor settings (statuses, supply classes, map) have no place in the dataset',
  supplyCategories: 'supplies are not converted',
  unitTemplates: 'unit templates are editor state',
  sidc: 'a unit keeps one symbol code in the dataset; only a new echelon becomes a dated change',
  where: 'map places have no place in an order of battle (events keep the units they name)',
  description: 'descriptions of equipment and personnel types, and of untitled states, have no field in the dataset',
  subTitle: 'an untitled state makes no event',
};

export class Report {
  private readonly grouped = new Map<string, { problem: ImportProblem; count: number }>();
  readonly problems: ImportProblem[] = [];

  error(source: string, code: ImportProblem['code'], message: string): void {
    this.problems.push({ severity: 'error', code, source, message });
  }

  /**
   * A field left out. The same field on many objects (a position on every state) is one problem
   * that gives the first path and the count, so the report stays readable.
   */
  skipped(source: string, field: string, what: string): void {
    const key = `${what}|${field}`;
    const seen = this.grouped.get(key);
    if (seen) {
      seen.count += 1;
      return;
    }
    const reason = REASONS[field] ?? 'no field of the dataset format holds it';
    const problem: ImportProblem = {
      severity: 'warning',
      code: 'not-mapped',
      source,
      message: `${what} "${field}" is not converted: ${reason}`,
    };
    this.grouped.set(key, { problem, count: 1 });
    this.problems.push(problem);
  }

  /** Reports the fields of `o` this converter does not read, skipping empty values (`{}`, `[]`, `""`, `null`, "None"). */
  rest(o: Json, path: string, read: readonly string[], what: string): void {
    for (const [key, value] of Object.entries(o)) {
      if (read.includes(key) || isEmpty(value)) continue;
      this.skipped(childPath(path, key), key, what);
    }
  }

  finish(): void {
    for (const { problem, count } of this.grouped.values()) {
      if (count > 1) problem.message += ` (${count} ${count === 1 ? 'place' : 'places'}; the first is given)`;
    }
  }
}

export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 'None' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/**
 * The calendar day of an ORBAT Mapper time, as `YYYY-MM-DD`. Times are ISO strings in files
 * (the day as written, in the offset written) or milliseconds (the day in the scenario's time zone).
 */
export function scenarioDay(t: unknown, timeZone: string | undefined): string | undefined {
  if (typeof t === 'string') {
    const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(t);
    if (!m || Number.isNaN(Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t))) return undefined;
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
  // Beyond ±8.64e15 ms a Date is invalid, and formatting it throws.
  if (typeof t !== 'number' || Number.isNaN(new Date(t).getTime())) return undefined;
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone ?? 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(t));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
  } catch {
    return new Date(t).toISOString().slice(0, 10);
  }
}

/** Sortable instant of an ORBAT Mapper time (`NaN` when unreadable). */
export const instant = (t: unknown): number => (typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : NaN);
