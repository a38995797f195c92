import type { Problem } from '../data/types.js';
import { CSS_COLOUR_SYNTAXES, isCssColour } from '../data/css-colour.js';
import { LIMITS } from './dimensions.js';

const SHAPES = ['pointed', 'rounded', 'square'] as const;
const FIELDS = ['plain', 'zigzag', 'galloon'] as const;
const BASES = ['described', 'reconstruction'] as const;
const SIZES = ['small', 'large'] as const;
const WIDTHS = ['narrow', 'wide'] as const;
const ARRANGEMENTS = ['soviet', 'line', 'column'] as const;
const EMBLEMS = ['none', 'button', 'star', 'wreath'] as const;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}

class Checker {
  readonly problems: Problem[] = [];

  oneOf(obj: Record_, key: string, allowed: readonly string[], path: string, required: boolean): void {
    const value = obj[key];
    if (value === undefined) {
      if (required)
        this.problems.push({ path: `${path}/${key}`, code: 'missing-field', message: `"${key}" is required (${list(allowed)})` });
      return;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.problems.push({
        path: `${path}/${key}`,
        code: 'unknown-value',
        message: `unknown ${key} ${JSON.stringify(value)}; expected ${list(allowed)}`,
      });
    }
  }

  colour(obj: Record_, key: string, path: string): void {
    const value = obj[key];
    if (value === undefined) return;
    if (typeof value !== 'string')
      this.problems.push({ path: `${path}/${key}`, code: 'wrong-type', message: `"${key}" must be a CSS colour string` });
    // The parser checks colours with the same function, so a dataset it accepts always draws.
    else if (!isCssColour(value)) {
      this.problems.push({
        path: `${path}/${key}`,
        code: 'unknown-value',
        message: `${JSON.stringify(value.slice(0, 60))} is not a colour this drawing accepts; use ${CSS_COLOUR_SYNTAXES}`,
      });
    }
  }

  count(obj: Record_, path: string, max: number, noun: string): void {
    const value = obj['count'];
    const at = `${path}/count`;
    if (value === undefined) this.problems.push({ path: at, code: 'missing-field', message: `"count" of ${noun} is required` });
    else if (typeof value !== 'number')
      this.problems.push({ path: at, code: 'wrong-type', message: `"count" of ${noun} must be a number` });
    else if (!Number.isFinite(value))
      this.problems.push({ path: at, code: 'non-finite-number', message: `"count" of ${noun} must be finite` });
    else if (value < 0)
      this.problems.push({ path: at, code: 'negative-number', message: `"count" of ${noun} cannot be negative (${value})` });
    else if (!Number.isInteger(value))
      this.problems.push({ path: at, code: 'wrong-type', message: `"count" of ${noun} must be a whole number (${value})` });
    else if (value > max) this.problems.push({ path: at, code: 'too-large', message: `at most ${max} ${noun} fit on a board (${value})` });
  }

  part(obj: Record_, key: string, path: string, check: (part: Record_, at: string) => void): void {
    const value = obj[key];
    if (value === undefined) return;
    const at = `${path}/${key}`;
    if (!isRecord(value)) this.problems.push({ path: at, code: 'wrong-type', message: `"${key}" must be an object` });
    else check(value, at);
  }
}

/**
 * Checks that `value` is a shoulder-board descriptor the drawing can render: known kind, basis,
 * shape, field and emblem; whole, non-negative counts that fit on a board; safe CSS colours.
 * Returns problems with JSON-pointer paths under `path` (e.g. `/rankSystems/0/ranks/3/insignia`);
 * empty means valid.
 */
export function validateDescriptor(value: unknown, path = ''): Problem[] {
  const c = new Checker();
  if (!isRecord(value)) return [{ path, code: 'wrong-type', message: 'an insignia descriptor must be an object' }];
  c.oneOf(value, 'kind', ['shoulder-board'], path, true);
  c.oneOf(value, 'basis', BASES, path, true);
  c.oneOf(value, 'shape', SHAPES, path, true);
  c.oneOf(value, 'field', FIELDS, path, true);
  c.oneOf(value, 'emblem', EMBLEMS, path, false);
  c.colour(value, 'base', path);
  c.colour(value, 'piping', path);
  c.part(value, 'stripes', path, (part, at) => {
    c.count(part, at, LIMITS.stripes, 'stripes');
    c.colour(part, 'color', at);
  });
  c.part(value, 'crossStripes', path, (part, at) => {
    c.oneOf(part, 'width', WIDTHS, at, true);
    c.count(part, at, part['width'] === 'wide' ? LIMITS.wideCrossStripes : LIMITS.crossStripes, 'cross-stripes');
    c.colour(part, 'color', at);
    if (part['lengthwise'] !== undefined && typeof part['lengthwise'] !== 'boolean') {
      c.problems.push({ path: `${at}/lengthwise`, code: 'wrong-type', message: '"lengthwise" must be true or false' });
    }
  });
  c.part(value, 'stars', path, (part, at) => {
    c.count(part, at, LIMITS.stars, 'stars');
    c.oneOf(part, 'size', SIZES, at, true);
    c.oneOf(part, 'arrangement', ARRANGEMENTS, at, false);
    c.colour(part, 'color', at);
  });
  return c.problems;
}
