/** Checks of values: numbers, ranges, dates and the order of dates. */
import type { DateCache } from '../dates.js';
import type { ParsedDate } from '../types.js';
import { childPath } from './pointer.js';
import type { Problems } from './problems.js';
import { eachObject, isJObject, type JObject, type JValue } from './snapshot.js';

/** Something a message can name, e.g. `unit "u3": parent`; its text is built on demand. */
export interface Named {
  readonly text: string;
}

/** A named value with its JSON pointer, built on demand. */
export interface Located extends Named {
  readonly path: string;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A short description of a value for messages, e.g. `the string "abc"`, `null`, `an array`. */
export function describeValue(value: JValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (isJObject(value)) return 'an object';
  return value.what;
}

/** A string in double quotes, shortened to 60 characters. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** A strength figure given as a number: a count, never negative. */
export const STRENGTH_NUMBER: NumberRule = { min: 0 };

/** Whether `value` is a number that passes `rule`: what {@link checkNumber} accepts, without a problem to name. */
export function numberPasses(value: JValue, rule: NumberRule): boolean {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    !(rule.min === 0 && value < 0) &&
    !(rule.integer === true && !Number.isInteger(value)) &&
    !(rule.max !== undefined && value > rule.max)
  );
}

/** Checks one number against a rule; returns whether it passed. */
export function checkNumber(value: JValue, rule: NumberRule, where: Located, problems: Problems): boolean {
  if (numberPasses(value, rule)) return true;
  if (typeof value !== 'number') {
    problems.add(where.path, 'wrong-type', `${where.text} must be a number, not ${describeValue(value)}`);
    return false;
  }
  if (!Number.isFinite(value)) {
    problems.add(where.path, 'non-finite-number', `${where.text} must be a finite number, not ${String(value)}`);
    return false;
  }
  if (rule.min === 0 && value < 0) {
    problems.add(where.path, 'negative-number', `${where.text} must not be negative, but is ${value}`);
    return false;
  }
  if (rule.integer === true && !Number.isInteger(value)) {
    problems.add(where.path, 'wrong-type', `${where.text} must be a whole number, not ${value}`);
    return false;
  }
  if (rule.max !== undefined && value > rule.max) {
    problems.add(where.path, 'unknown-value', `${where.text} must be at most ${rule.max}, but is ${value}`);
    return false;
  }
  return true;
}

/** Reports `min > max` in a range object whose numbers are already checked. */
export function checkRange(value: JObject, where: Located, problems: Problems): void {
  const { min, max } = value;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max)) return;
  if (min > max) problems.add(where.path, 'range-inverted', `${where.text} has min ${min} greater than max ${max}`);
}

/** A date string found in the input. */
export interface DateField {
  text: string;
  where: Located;
}

const DATE_HELP = 'use YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %, or an interval "start/end"';

/** Reports every field whose text is not a valid date (each distinct text is parsed once, by `dates`). */
export function checkDates(fields: readonly DateField[], dates: DateCache, problems: Problems): void {
  for (const field of fields) {
    if (dates.parse(field.text)) continue;
    problems.add(field.where.path, 'invalid-date', `${field.where.text} ${quote(field.text)} is not a valid date (${DATE_HELP})`);
  }
}

function label(kind: string, item: JObject, path: string): string {
  return typeof item.id === 'string' ? `${kind} ${quote(item.id)}` : `${kind} at ${path}`;
}

/**
 * Reports dates out of order: a unit formed after it was dissolved, a unit's changes not in date
 * order, a role ending before it starts, a person dying before being born (by start instants).
 */
export function checkDateOrder(root: JObject, dates: ReadonlyMap<string, ParsedDate>, problems: Problems): void {
  const at = (item: JObject, key: string): ParsedDate | undefined => {
    const text = item[key];
    return typeof text === 'string' ? dates.get(text) : undefined;
  };
  const pair = (kind: string, key: string, early: string, late: string, verb: string) => {
    eachObject(root[key], (item, index) => {
      const first = at(item, early);
      const last = at(item, late);
      if (first && last && first.start > last.start) {
        const path = `/${key}/${index}`;
        problems.add(
          childPath(path, late),
          'date-order',
          `${label(kind, item, path)} ${verb}: ${late} ${last.text} is before ${early} ${first.text}`,
        );
      }
    });
  };
  pair('unit', 'units', 'formed', 'dissolved', 'is dissolved before it is formed');
  pair('role', 'roles', 'from', 'to', 'ends before it starts');
  pair('person', 'people', 'born', 'died', 'dies before being born');
  eachObject(root.units, (unit, index) => {
    const changes = unit.changes;
    if (!Array.isArray(changes)) return;
    let previous: { date: ParsedDate; index: number } | undefined;
    changes.forEach((change, j) => {
      const date = isJObject(change) ? at(change, 'date') : undefined;
      if (!date) return;
      if (previous && date.start < previous.date.start) {
        const path = `/units/${index}`;
        problems.add(
          `${path}/changes/${j}/date`,
          'date-order',
          `${label('unit', unit, path)} has change ${j} (${date.text}) listed after change ${previous.index} (${previous.date.text}); list a unit's changes in date order`,
        );
      }
      if (!previous || date.start >= previous.date.start) previous = { date, index: j };
    });
  });
}
