import { mustParseDate } from '../../../src/data/dates.js';
import type { ParsedDate } from '../../../src/data/types.js';

/** A parsed EDTF date for test input. */
export const d = (text: string): ParsedDate => mustParseDate(text);

/** Rounds every number in a value (deeply) to 2 decimals, for exact deep-equal assertions. */
export function r2<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 100) / 100 + 0) as T;
  if (Array.isArray(value)) return value.map(r2) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, r2(v)])) as T;
  }
  return value;
}
