/**
 * A tiny JSON Schema validator for the subset of draft 2020-12 that `schema/oob-charts.schema.json`
 * uses. It throws on any keyword it does not know, so the schema cannot drift into features this
 * check would silently ignore.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface SchemaError {
  path: string;
  message: string;
}

type Schema = { [key: string]: Json };

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment', 'examples', 'default']);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'items',
  'anyOf',
  'oneOf',
]);

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Validates `value` against `root`; returns every error found. */
export function validate(root: Schema, value: Json): SchemaError[] {
  const errors: SchemaError[] = [];
  check(root, value, '', errors);
  return errors;

  function resolve(ref: string): Schema {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = root.$defs;
    const target = match && isObject(defs) ? defs[match[1] as string] : undefined;
    if (!isObject(target)) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  }

  function check(schema: Schema, v: Json, path: string, out: SchemaError[]): void {
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`unsupported keyword "${key}" at schema for ${path}`);
    }
    const fail = (message: string): void => {
      out.push({ path, message });
    };
    if (typeof schema.$ref === 'string') check(resolve(schema.$ref), v, path, out);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const actual = typeOf(v);
      if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer')))
        return fail(`expected ${types.join('|')}, got ${actual}`);
    }
    if ('const' in schema && v !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) fail(`${JSON.stringify(v)} is not in the enum`);
    if (typeof v === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) fail(`"${v}" does not match ${schema.pattern}`);
      if (typeof schema.minLength === 'number' && [...v].length < schema.minLength) fail(`shorter than ${schema.minLength}`);
      if (typeof schema.maxLength === 'number' && [...v].length > schema.maxLength) fail(`longer than ${schema.maxLength}`);
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) fail(`less than ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) fail(`more than ${schema.maximum}`);
    }
    if (Array.isArray(v) && isObject(schema.items)) {
      const items = schema.items;
      v.forEach((item, i) => check(items, item, `${path}/${i}`, out));
    }
    if (isObject(v)) checkObject(schema, v, path, out);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = schema[key];
      if (!Array.isArray(options)) continue;
      const passing = options.filter((option) => isObject(option) && errorsOf(option, v, path).length === 0).length;
      if (key === 'anyOf' ? passing === 0 : passing !== 1) fail(`${key}: ${passing} of ${options.length} subschemas match`);
    }
  }

  function checkObject(schema: Schema, v: { [key: string]: Json }, path: string, out: SchemaError[]): void {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const patterns = isObject(schema.patternProperties) ? schema.patternProperties : {};
    if (Array.isArray(schema.required)) {
      for (const name of schema.required) {
        if (typeof name === 'string' && !(name in v)) out.push({ path, message: `missing required "${name}"` });
      }
    }
    for (const [key, item] of Object.entries(v)) {
      const childPath = `${path}/${escape(key)}`;
      let matched = false;
      const own = properties[key];
      if (Object.prototype.hasOwnProperty.call(properties, key) && isObject(own)) {
        matched = true;
        check(own, item, childPath, out);
      }
      for (const [pattern, sub] of Object.entries(patterns)) {
        if (new RegExp(pattern, 'u').test(key) && isObject(sub)) {
          matched = true;
          check(sub, item, childPath, out);
        }
      }
      if (!matched && schema.additionalProperties === false) out.push({ path: childPath, message: `unknown property "${key}"` });
    }
  }

  function errorsOf(schema: Schema, v: Json, path: string): SchemaError[] {
    const out: SchemaError[] = [];
    check(schema, v, path, out);
    return out;
  }
}
