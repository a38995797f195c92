/**
 * Walks the input against the shapes of `shapes.ts`: types, required fields, unknown fields and
 * enumeration values. Valid dates and references are settled on the spot (most fields of a large
 * dataset are one or the other); the invalid ones, and pointers, are collected for later checks,
 * which report them in document order after the structure's own problems.
 */
import type { DateCache } from '../dates.js';
import { childPath } from './pointer.js';
import type { Problems } from './problems.js';
import * as S from './shapes.js';
import type { Field, FieldType, RefTarget, Shape } from './shapes.js';
import { isJObject, Opaque, type JObject, type JValue } from './snapshot.js';
import { Owner, suggest, Where } from './naming.js';
import { checkNumber, checkRange, describeValue, numberPasses, quote, STRENGTH_NUMBER, type DateField } from './values.js';
import { CSS_COLOUR_SYNTAXES, isCssColour } from '../css-colour.js';

/** A reference (an id of another collection) found in the input. */
export interface RefField {
  where: Where;
  value: string;
  to: RefTarget;
  as: string;
}

/** A JSON pointer found in a note's `about`. */
export interface PointerField {
  where: Where;
  value: string;
}

/** What the walk can settle without recording a field. */
export interface Known {
  /** The dataset's date cache: a date it parses is valid. */
  dates: DateCache;
  /** Whether `id` names an item of `to` (or cannot be checked). */
  ref(to: RefTarget, id: string): boolean;
}

export interface Collected {
  /** Date fields whose text is not a valid date. */
  dates: DateField[];
  /** References that name no known id. */
  refs: RefField[];
  pointers: PointerField[];
}

/** Whether a value certainly passes its type with nothing to record: the fast path for plain fields. */
function plainOk(value: JValue, type: FieldType, known: Known): boolean {
  switch (type.t) {
    case 'date':
      return typeof value === 'string' && known.dates.parse(value) !== undefined;
    case 'ref':
      return typeof value === 'string' ? known.ref(type.to, value) : value === null && type.nullable === true;
    case 'string':
      return typeof value === 'string' && (type.nonEmpty !== true || value !== '');
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && type.values.has(value);
    case 'number':
      return numberPasses(value, type);
    case 'strength':
      // A figure given as a number; a range or approximate value is an object, walked in full.
      return numberPasses(value, STRENGTH_NUMBER);
    default:
      return false;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  date: 'a date string',
  enum: 'a string',
  ref: 'a string (an id)',
  pointer: 'a string (a JSON pointer)',
  array: 'an array',
  object: 'an object',
  colour: 'a CSS colour string',
};

function containsOpaque(value: JValue): Opaque | undefined {
  const stack: JValue[] = [value];
  while (stack.length > 0) {
    const item = stack.pop() as JValue;
    if (item instanceof Opaque) return item;
    const children = Array.isArray(item) ? item : isJObject(item) ? Object.values(item) : [];
    for (const child of children) stack.push(child);
  }
  return undefined;
}

/** The fields of one list of keys of a shape, and the required fields the list lacks. */
interface KeyPlan {
  keys: readonly string[];
  fields: readonly (Field | undefined)[];
  missing: readonly string[];
}

function makePlan(shape: Shape, keys: readonly string[]): KeyPlan {
  // Own keys are all listed (the snapshot copies own enumerable data properties only).
  return { keys, fields: keys.map((key) => shape.fields.get(key)), missing: shape.required.filter((name) => !keys.includes(name)) };
}

/** How many lists of keys are remembered per shape (units with and without a parent, a dissolution…). */
const PLANS_PER_SHAPE = 8;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Checks the structure of the whole input (already known to be an object). */
export function checkStructure(root: JObject, problems: Problems, known: Known): Collected {
  const out: Collected = { dates: [], refs: [], pointers: [] };
  // Objects of one shape mostly have one of a few lists of keys, in the same order (a dataset written
  // by a program always does): a plan per list is reused while objects repeat it, so each key is
  // looked up once per plan, not once per object.
  const plans = new Map<Shape, KeyPlan[]>();
  const planFor = (shape: Shape, keys: readonly string[]): KeyPlan => {
    let list = plans.get(shape);
    if (list === undefined) plans.set(shape, (list = []));
    for (let i = 0; i < list.length; i += 1) if (sameKeys((list[i] as KeyPlan).keys, keys)) return list[i] as KeyPlan;
    const plan = makePlan(shape, keys);
    if (list.length === PLANS_PER_SHAPE) list.shift();
    list.push(plan);
    return plan;
  };
  walkObject(root, S.ORDER_OF_BATTLE, undefined, '', undefined);
  return out;

  function wrong(where: Where, expected: string, value: JValue): void {
    if (value instanceof Opaque && value.reported) return;
    problems.add(where.path, 'wrong-type', `${where.text} must be ${expected}, not ${describeValue(value)}`);
  }

  /** Walks an object found at `key` (item `index` of it) of `parent`. */
  function walkObject(value: JObject, shape: Shape, parent: Owner | undefined, key: string, index: number | undefined): void {
    // Made when a field needs it: most objects of a large dataset have plain fields only.
    let owner: Owner | undefined;
    const keys = Object.keys(value);
    const plan = planFor(shape, keys);
    for (let i = 0; i < plan.missing.length; i += 1) {
      const name = plan.missing[i] as string;
      owner ??= new Owner(value, shape, parent, key, index);
      problems.add(childPath(owner.path, name), 'missing-field', `${owner.text} has no "${name}", which is required`);
    }
    for (let i = 0; i < keys.length; i += 1) {
      const name = keys[i] as string;
      const item = value[name] as JValue;
      const field = plan.fields[i];
      if (field) {
        if (plainOk(item, field.type, known)) continue;
        owner ??= new Owner(value, shape, parent, key, index);
        walkValue(item, field.type, owner, name, undefined);
      } else if (name.startsWith('x-')) {
        const bad = containsOpaque(item);
        if (!bad) continue;
        owner ??= new Owner(value, shape, parent, key, index);
        wrong(new Where(owner, name), 'JSON data', bad);
      } else {
        const near = suggest(name, shape.fields.keys());
        const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
        owner ??= new Owner(value, shape, parent, key, index);
        problems.add(
          childPath(owner.path, name),
          'unknown-field',
          `${owner.text} has an unknown field ${quote(name)}${hint}; custom fields must start with "x-"`,
        );
      }
    }
  }

  /** Walks a value that `plainOk` could not settle, found at `key` (item `index` of it) of `owner`. */
  function walkValue(value: JValue, type: FieldType, owner: Owner, key: string, index: number | undefined): void {
    switch (type.t) {
      case 'version':
        return;
      case 'array':
        if (!Array.isArray(value)) wrong(new Where(owner, key, index), EXPECTED.array as string, value);
        else {
          for (let i = 0; i < value.length; i += 1) {
            const item = value[i] as JValue;
            if (!plainOk(item, type.of, known)) walkValue(item, type.of, owner, key, i);
          }
        }
        return;
      case 'object':
        if (!isJObject(value)) wrong(new Where(owner, key, index), EXPECTED.object as string, value);
        else walkObject(value, type.shape, owner, key, index);
        return;
      default:
    }
    // A value of any other type is a leaf: where it is is needed for a problem or a later check.
    const where = new Where(owner, key, index);
    switch (type.t) {
      case 'number':
        checkNumber(value, type, where, problems);
        return;
      case 'strength':
        walkStrength(value, where);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') wrong(where, EXPECTED.boolean as string, value);
        return;
      default:
    }
    if (type.t === 'ref' && type.nullable === true && value === null) return;
    if (typeof value !== 'string') {
      wrong(where, type.t === 'ref' && type.nullable === true ? 'a string (an id) or null' : (EXPECTED[type.t] as string), value);
      return;
    }
    switch (type.t) {
      case 'string':
        if (type.nonEmpty === true && value === '') wrong(where, 'a non-empty string', value);
        return;
      case 'date':
        out.dates.push({ text: value, where });
        return;
      case 'ref':
        out.refs.push({ where, value, to: type.to, as: type.as });
        return;
      case 'pointer':
        out.pointers.push({ where, value });
        return;
      case 'enum':
        checkEnum(value, type.values, type.custom, where);
        return;
      case 'colour':
        if (!isCssColour(value))
          problems.add(where.path, 'unknown-value', `${quote(value)} is not a colour the insignia can draw; use ${CSS_COLOUR_SYNTAXES}`);
        return;
      default:
    }
  }

  function checkEnum(value: string, values: ReadonlySet<string>, custom: boolean, where: Where): void {
    if (values.has(value)) return;
    if (custom && value.startsWith('x-') && value.length > 2) return;
    const near = suggest(value, values);
    const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
    const list = [...values].join(', ');
    const tail = custom ? `; custom values must start with "x-"` : '';
    problems.add(where.path, 'unknown-value', `${where.text} ${quote(value)} is not a known value${hint}; expected one of ${list}${tail}`);
  }

  function walkStrength(value: JValue, where: Where): void {
    if (typeof value === 'number') {
      checkNumber(value, STRENGTH_NUMBER, where, problems);
      return;
    }
    if (!isJObject(value)) {
      wrong(where, 'a number, {min, max}, or an approximate value {approximate, min, max | value, interpretation}', value);
      return;
    }
    const has = Object.prototype.hasOwnProperty;
    const shape = !has.call(value, 'approximate') ? S.RANGE_VALUE : has.call(value, 'value') ? S.APPROXIMATE_VALUE : S.APPROXIMATE_RANGE;
    walkObject(value, shape, where.owner, where.key, where.index);
    checkRange(value, where, problems);
  }
}
