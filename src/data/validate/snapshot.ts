/**
 * Copies an untrusted input into plain JSON-like data, reading every property exactly once inside
 * `try`, so later checks never meet getters, Proxies or prototypes. Enforces the size limits while
 * copying and stops as soon as a fatal limit is passed.
 */
import { MAX_ARRAY_ITEMS, MAX_DEPTH, MAX_STRING_LENGTH, MAX_UNITS, MAX_VALUES } from './limits.js';
import { childPath } from './pointer.js';
import { describeError, type Problems } from './problems.js';

/** A value that is not JSON (a function, a Date, an unreadable property…), kept for reporting. */
export class Opaque {
  /** @param what describes the value, e.g. "a function"; @param reported true when already reported. */
  constructor(
    readonly what: string,
    readonly reported: boolean,
  ) {}
}

export type JValue = null | boolean | number | string | JValue[] | JObject | Opaque;
export interface JObject {
  [key: string]: JValue;
}

export function isJObject(value: JValue | undefined): value is JObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Opaque);
}

/**
 * An object or array waiting to be copied into `target[key]`. Tasks chain to their container's, so a
 * problem's JSON pointer is built from the chain when it is reported, not for every value.
 */
interface Task {
  src: unknown;
  parent: Task | undefined;
  key: string | number;
  depth: number;
  target: JValue[] | JObject;
}

class Abort {}

/** A value copied without descending: not an object, or null. */
function isShallow(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** The JSON pointer of the value at `key` in the value of `parent` (the root when there is no parent). */
function pathOf(parent: Task | undefined, key: string | number): string {
  return parent === undefined ? '' : childPath(pathOf(parent.parent, parent.key), key);
}

function opaqueOf(src: unknown): string {
  if (typeof src === 'function') return 'a function';
  if (typeof src === 'bigint') return 'a bigint';
  if (typeof src === 'symbol') return 'a symbol';
  if (src === undefined) return 'undefined';
  try {
    const tag = Object.prototype.toString.call(src).slice(8, -1);
    return `a ${tag} object`;
  } catch {
    return 'an unreadable object';
  }
}

function isPlainObject(src: object): boolean {
  const proto: unknown = Object.getPrototypeOf(src);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Sets an own field; `__proto__` too, as data (an assignment would set the prototype). */
function setField(target: JObject, key: string, value: JValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Reverses `stack` from `first` on: children pushed in order are then popped in order. */
function reverseFrom(stack: Task[], first: number): void {
  for (let i = first, j = stack.length - 1; i < j; i += 1, j -= 1) {
    const item = stack[i] as Task;
    stack[i] = stack[j] as Task;
    stack[j] = item;
  }
}

/**
 * The input as plain data, or `undefined` when a fatal limit was passed (the problem is then in
 * `problems`). Non-fatal limits (a long string, deep nesting) are reported and the walk goes on.
 */
export function snapshot(input: unknown, problems: Problems): { value: JValue } | undefined {
  const root: JValue[] = [];
  const stack: Task[] = [{ src: input, parent: undefined, key: 0, depth: 0, target: root }];
  let items = 0;
  let values = 0;
  let tooDeep = false;
  try {
    while (stack.length > 0) {
      const task = stack.pop() as Task;
      const value = copyNested(task);
      if (Array.isArray(task.target)) task.target[task.key as number] = value;
      else setField(task.target, task.key as string, value);
    }
  } catch (error) {
    if (error instanceof Abort) return undefined;
    throw error;
  }
  return { value: root[0] ?? null };

  /** Copies a value that is not an object or array (`parent` and `key` say where it is, for problems). */
  function copyShallow(src: unknown, parent: Task | undefined, key: string | number): JValue {
    if (src === null || typeof src === 'boolean' || typeof src === 'number') return src;
    if (typeof src === 'string') {
      if (src.length > MAX_STRING_LENGTH) {
        problems.add(pathOf(parent, key), 'too-large', `text of ${src.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`);
        return new Opaque('an overlong string', true);
      }
      return src;
    }
    return new Opaque(opaqueOf(src), false);
  }

  function copyNested(task: Task): JValue {
    const src = task.src;
    if (isShallow(src)) return copyShallow(src, task.parent, task.key);
    if (task.depth > MAX_DEPTH) {
      // Reported once: a circular reference would otherwise be reported at every branch.
      if (!tooDeep)
        problems.add(
          pathOf(task.parent, task.key),
          'too-large',
          `value is nested deeper than the limit of ${MAX_DEPTH} levels (a circular reference?)`,
        );
      tooDeep = true;
      return new Opaque('a too deeply nested value', true);
    }
    let isArray: boolean;
    try {
      isArray = Array.isArray(src);
      if (!isArray && !isPlainObject(src as object)) return new Opaque(opaqueOf(src), false);
    } catch (error) {
      return new Opaque(`an unreadable object (${describeError(error)})`, false);
    }
    return isArray ? copyArray(src as unknown[], task) : copyObject(src as object, task);
  }

  function fatal(task: Task, message: string): never {
    problems.add(pathOf(task.parent, task.key), 'too-large', message);
    throw new Abort();
  }

  function copyArray(src: unknown[], task: Task): JValue {
    let length: number;
    try {
      length = src.length;
    } catch (error) {
      return new Opaque(`an array whose length could not be read (${describeError(error)})`, false);
    }
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
      return new Opaque('an array with an invalid length', false);
    // The root's "units" (depth 1: the root is at depth 0).
    if (task.depth === 1 && task.key === 'units' && length > MAX_UNITS) fatal(task, `${length} units is more than the limit of ${MAX_UNITS}`);
    items += length;
    values += length;
    if (items > MAX_ARRAY_ITEMS) fatal(task, `the input has more than ${MAX_ARRAY_ITEMS} array items in all`);
    if (values > MAX_VALUES) fatal(task, `the input has more than ${MAX_VALUES} values in all`);
    const out: JValue[] = new Array<JValue>(length);
    const first = stack.length;
    for (let i = 0; i < length; i += 1) {
      let item: unknown;
      try {
        item = src[i];
      } catch (error) {
        out[i] = new Opaque(`an unreadable value (${describeError(error)})`, false);
        continue;
      }
      if (isShallow(item)) out[i] = copyShallow(item, task, i);
      else {
        out[i] = null;
        stack.push({ src: item, parent: task, key: i, depth: task.depth + 1, target: out });
      }
    }
    reverseFrom(stack, first);
    return out;
  }

  function copyObject(src: object, task: Task): JValue {
    let keys: string[];
    try {
      keys = Object.keys(src);
    } catch (error) {
      return new Opaque(`an object whose keys could not be read (${describeError(error)})`, false);
    }
    values += keys.length;
    if (values > MAX_VALUES) fatal(task, `the input has more than ${MAX_VALUES} values in all`);
    const out: JObject = {};
    const first = stack.length;
    for (const key of keys) {
      if (key.length > MAX_STRING_LENGTH) {
        problems.add(
          pathOf(task.parent, task.key),
          'too-large',
          `a field name of ${key.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`,
        );
        continue;
      }
      let item: unknown;
      try {
        item = (src as Record<string, unknown>)[key];
      } catch (error) {
        setField(out, key, new Opaque(`an unreadable value (${describeError(error)})`, false));
        continue;
      }
      // An `undefined` property is absent, as in JSON.stringify.
      if (item === undefined) continue;
      if (isShallow(item)) setField(out, key, copyShallow(item, task, key));
      else {
        setField(out, key, null);
        stack.push({ src: item, parent: task, key, depth: task.depth + 1, target: out });
      }
    }
    reverseFrom(stack, first);
    return out;
  }
}
