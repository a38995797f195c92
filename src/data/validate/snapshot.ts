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

interface Task {
  src: unknown;
  path: string;
  depth: number;
  target: JValue[] | JObject | undefined;
  key: string | number;
}

class Abort {}

/** A value copied without descending: not an object, or null. */
function isShallow(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** The pointer of a shallow value, built only for the one case that reports it: an overlong string. */
function lazyPath(value: unknown, path: string, key: string | number): string {
  return typeof value === 'string' && value.length > MAX_STRING_LENGTH ? childPath(path, key) : '';
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

function assign(target: JValue[] | JObject, key: string | number, value: JValue): void {
  if (Array.isArray(target)) target[key as number] = value;
  else if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key as string] = value;
}

/**
 * The input as plain data, or `undefined` when a fatal limit was passed (the problem is then in
 * `problems`). Non-fatal limits (a long string, deep nesting) are reported and the walk goes on.
 */
export function snapshot(input: unknown, problems: Problems): { value: JValue } | undefined {
  const root: JValue[] = [];
  const stack: Task[] = [{ src: input, path: '', depth: 0, target: root, key: 0 }];
  let items = 0;
  let values = 0;
  let tooDeep = false;
  try {
    while (stack.length > 0) {
      const task = stack.pop() as Task;
      const value = copyOne(task.src, task.path, task.depth);
      if (task.target) assign(task.target, task.key, value);
    }
  } catch (error) {
    if (error instanceof Abort) return undefined;
    throw error;
  }
  return { value: root[0] ?? null };

  function copyOne(src: unknown, path: string, depth: number): JValue {
    if (src === null || typeof src === 'boolean' || typeof src === 'number') return src;
    if (typeof src === 'string') {
      if (src.length > MAX_STRING_LENGTH) {
        problems.add(path, 'too-large', `text of ${src.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`);
        return new Opaque('an overlong string', true);
      }
      return src;
    }
    if (typeof src !== 'object') return new Opaque(opaqueOf(src), false);
    if (depth > MAX_DEPTH) {
      // Reported once: a circular reference would otherwise be reported at every branch.
      if (!tooDeep) problems.add(path, 'too-large', `value is nested deeper than the limit of ${MAX_DEPTH} levels (a circular reference?)`);
      tooDeep = true;
      return new Opaque('a too deeply nested value', true);
    }
    let isArray: boolean;
    try {
      isArray = Array.isArray(src);
      if (!isArray && !isPlainObject(src)) return new Opaque(opaqueOf(src), false);
    } catch (error) {
      return new Opaque(`an unreadable object (${describeError(error)})`, false);
    }
    return isArray ? copyArray(src as unknown[], path, depth) : copyObject(src, path, depth);
  }

  function fatal(path: string, message: string): never {
    problems.add(path, 'too-large', message);
    throw new Abort();
  }

  function copyArray(src: unknown[], path: string, depth: number): JValue {
    let length: number;
    try {
      length = src.length;
    } catch (error) {
      return new Opaque(`an array whose length could not be read (${describeError(error)})`, false);
    }
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
      return new Opaque('an array with an invalid length', false);
    if (path === '/units' && length > MAX_UNITS) fatal(path, `${length} units is more than the limit of ${MAX_UNITS}`);
    items += length;
    values += length;
    if (items > MAX_ARRAY_ITEMS) fatal(path, `the input has more than ${MAX_ARRAY_ITEMS} array items in all`);
    if (values > MAX_VALUES) fatal(path, `the input has more than ${MAX_VALUES} values in all`);
    const out: JValue[] = new Array<JValue>(length);
    const pending: Task[] = [];
    for (let i = 0; i < length; i += 1) {
      let item: unknown;
      try {
        item = src[i];
      } catch (error) {
        out[i] = new Opaque(`an unreadable value (${describeError(error)})`, false);
        continue;
      }
      if (isShallow(item)) out[i] = copyOne(item, lazyPath(item, path, i), depth + 1);
      else {
        out[i] = null;
        pending.push({ src: item, path: childPath(path, i), depth: depth + 1, target: out, key: i });
      }
    }
    for (let i = pending.length - 1; i >= 0; i -= 1) stack.push(pending[i] as Task);
    return out;
  }

  function copyObject(src: object, path: string, depth: number): JValue {
    let keys: string[];
    try {
      keys = Object.keys(src);
    } catch (error) {
      return new Opaque(`an object whose keys could not be read (${describeError(error)})`, false);
    }
    values += keys.length;
    if (values > MAX_VALUES) fatal(path, `the input has more than ${MAX_VALUES} values in all`);
    const out: JObject = {};
    const pending: Task[] = [];
    for (const key of keys) {
      if (key.length > MAX_STRING_LENGTH) {
        problems.add(path, 'too-large', `a field name of ${key.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`);
        continue;
      }
      let item: unknown;
      try {
        item = (src as Record<string, unknown>)[key];
      } catch (error) {
        assign(out, key, new Opaque(`an unreadable value (${describeError(error)})`, false));
        continue;
      }
      // An `undefined` property is absent, as in JSON.stringify.
      if (item === undefined) continue;
      if (isShallow(item)) assign(out, key, copyOne(item, lazyPath(item, path, key), depth + 1));
      else {
        assign(out, key, null);
        pending.push({ src: item, path: childPath(path, key), depth: depth + 1, target: out, key });
      }
    }
    for (let i = pending.length - 1; i >= 0; i -= 1) stack.push(pending[i] as Task);
    return out;
  }
}
