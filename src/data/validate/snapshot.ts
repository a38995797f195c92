/**
 * Copies an untrusted input into plain JSON-like data, reading every property exactly once inside
 * `try`, so later checks never meet getters, Proxies or prototypes. Enforces the size limits while
 * copying and stops as soon as a fatal limit is passed.
 */
import { MAX_ARRAY_ITEMS, MAX_DEPTH, MAX_STRING_LENGTH, MAX_UNITS, MAX_VALUES } from './limits.js';
import { childPath, toPointer } from './pointer.js';
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

/** Calls `visit` for each object item of `list` (other items are reported by `structure.ts`). */
export function eachObject(list: JValue | undefined, visit: (item: JObject, index: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index += 1) {
    const item = list[index];
    if (isJObject(item)) visit(item, index);
  }
}

class Abort {}

/** A value copied without descending: not an object, or null. */
function isShallow(value: unknown): boolean {
  return value === null || typeof value !== 'object';
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

/**
 * The input as plain data, or `undefined` when a fatal limit was passed (the problem is then in
 * `problems`). Non-fatal limits (a long string, deep nesting) are reported and the walk goes on.
 * An `owned` input (JSON.parse's fresh result, plain data that no one else holds) is checked and
 * kept in place, its overlong strings and too deep values replaced as a copy would have them.
 */
export function snapshot(input: unknown, problems: Problems, owned = false): { value: JValue } | undefined {
  let items = 0;
  let values = 0;
  let tooDeep = false;
  // The keys from the root down to the container being copied; a problem's JSON pointer is built
  // from them when it is reported, not for every value.
  const route: (string | number)[] = [];
  // Nested children wait here until their container's own fields are copied (so problems come in
  // the order of a walk that copies each container's fields, then descends into its children in
  // order). Each container uses the entries from `pending` on, above its ancestors', then drops
  // them by lowering `pending` (cheaper than truncating the arrays).
  const pendingKeys: (string | number)[] = [];
  const pendingItems: unknown[] = [];
  let pending = 0;
  try {
    // Recursion is bounded: nothing deeper than MAX_DEPTH is descended into.
    return { value: copyValue(input, 0) };
  } catch (error) {
    if (error instanceof Abort) return undefined;
    throw error;
  }

  /** The pointer of the container being copied, or of its child at `key`. */
  function pathTo(key?: string | number): string {
    const path = toPointer(route);
    return key === undefined ? path : childPath(path, key);
  }

  /** Copies a value that is not an object or array; `key` (none for the root) says where it is. */
  function copyShallow(src: unknown, key: string | number | undefined): JValue {
    if (src === null || typeof src === 'boolean' || typeof src === 'number') return src;
    if (typeof src === 'string') {
      if (src.length > MAX_STRING_LENGTH) {
        problems.add(pathTo(key), 'too-large', `text of ${src.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`);
        return new Opaque('an overlong string', true);
      }
      return src;
    }
    return new Opaque(opaqueOf(src), false);
  }

  /** Copies the root, or a child taken from `pendingItems` (`route` then ends with its key). */
  function copyValue(src: unknown, depth: number): JValue {
    if (isShallow(src)) return copyShallow(src, undefined);
    if (depth > MAX_DEPTH) {
      // Reported once: a circular reference would otherwise be reported at every branch.
      if (!tooDeep)
        problems.add(pathTo(), 'too-large', `value is nested deeper than the limit of ${MAX_DEPTH} levels (a circular reference?)`);
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
    return isArray ? copyArray(src as unknown[], depth) : copyObject(src as object, depth);
  }

  function fatal(message: string): never {
    problems.add(pathTo(), 'too-large', message);
    throw new Abort();
  }

  function queue(key: string | number, item: unknown): void {
    pendingKeys[pending] = key;
    pendingItems[pending] = item;
    pending += 1;
  }

  /** Copies the children queued from `first` on into `target`, then drops them from the queue. */
  function copyPending(target: JValue[] | JObject, first: number, depth: number): void {
    const end = pending;
    for (let i = first; i < end; i += 1) {
      const key = pendingKeys[i] as string | number;
      route.push(key);
      const value = copyValue(pendingItems[i], depth + 1);
      route.pop();
      if (value === pendingItems[i]) continue; // kept in place (owned input)
      if (Array.isArray(target)) target[key as number] = value;
      else setField(target, key as string, value);
    }
    pending = first;
  }

  function copyArray(src: unknown[], depth: number): JValue {
    let length: number;
    try {
      length = src.length;
    } catch (error) {
      return new Opaque(`an array whose length could not be read (${describeError(error)})`, false);
    }
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
      return new Opaque('an array with an invalid length', false);
    // The root's "units" (the root is at depth 0).
    if (depth === 1 && route[0] === 'units' && length > MAX_UNITS) fatal(`${length} units is more than the limit of ${MAX_UNITS}`);
    items += length;
    values += length;
    if (items > MAX_ARRAY_ITEMS) fatal(`the input has more than ${MAX_ARRAY_ITEMS} array items in all`);
    if (values > MAX_VALUES) fatal(`the input has more than ${MAX_VALUES} values in all`);
    const out: JValue[] = owned ? (src as JValue[]) : new Array<JValue>(length);
    const first = pending;
    for (let i = 0; i < length; i += 1) {
      let item: unknown;
      try {
        item = src[i];
      } catch (error) {
        out[i] = new Opaque(`an unreadable value (${describeError(error)})`, false);
        continue;
      }
      if (isShallow(item)) {
        const value = copyShallow(item, i);
        if (!owned || value !== item) out[i] = value;
      } else {
        if (!owned) out[i] = null;
        queue(i, item);
      }
    }
    copyPending(out, first, depth);
    return out;
  }

  function copyObject(src: object, depth: number): JValue {
    let keys: string[];
    try {
      keys = Object.keys(src);
    } catch (error) {
      return new Opaque(`an object whose keys could not be read (${describeError(error)})`, false);
    }
    values += keys.length;
    if (values > MAX_VALUES) fatal(`the input has more than ${MAX_VALUES} values in all`);
    const out: JObject = owned ? (src as JObject) : {};
    const first = pending;
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as string;
      if (key.length > MAX_STRING_LENGTH) {
        problems.add(pathTo(), 'too-large', `a field name of ${key.length} characters is longer than the limit of ${MAX_STRING_LENGTH}`);
        if (owned) delete out[key];
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
      if (isShallow(item)) {
        const value = copyShallow(item, key);
        if (!owned || value !== item) setField(out, key, value);
      } else {
        // A copy keeps the field's place (the order of keys) until the child is copied.
        if (!owned) setField(out, key, null);
        queue(key, item);
      }
    }
    copyPending(out, first, depth);
    return out;
  }
}
