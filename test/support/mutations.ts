/**
 * Random mutations of JSON datasets and a run of every pure query, for the property-based hardening
 * tests (test/hardening/mutations.test.ts). No browser APIs, so a failing case can be replayed in Node.
 */
import fc from 'fast-check';
import { hierarchyAt, earliestInstant, latestInstant } from '../../src/data/hierarchy-at.js';
import { citationLabel, descendants, localizedName, unitPath } from '../../src/data/lookups.js';
import { rankTable } from '../../src/data/rank-table.js';
import { measuresOf, strengthSeries } from '../../src/data/strength-series.js';
import type { Dataset, ProblemCode } from '../../src/data/types.js';
import { formatDate } from '../../src/data/format-date.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

export const CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'invalid-json',
  'wrong-type',
  'missing-field',
  'unknown-field',
  'unknown-value',
  'duplicate-id',
  'dangling-reference',
  'cycle',
  'multiple-roots',
  'no-root',
  'range-inverted',
  'negative-number',
  'non-finite-number',
  'invalid-date',
  'date-order',
  'unsupported-version',
  'too-large',
  'fetch-failed',
]);

/**
 * Every slot (object property or array item) of a JSON tree, without recursion. A swap with an
 * ancestor makes the tree circular (a good input for the parser), so each object is visited once.
 */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop() as Json;
    if (node && typeof node === 'object') {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), stack.push(v)));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) (out.push({ parent: node, key: k }), stack.push(v));
  }
  return out;
}
const read = (s: Slot): Json => (s.parent as Record<string | number, Json>)[s.key] as Json;
const write = (s: Slot, v: unknown) => ((s.parent as Record<string | number, unknown>)[s.key] = v);

/** Strings of the dataset (ids, dates, references): swapping them in makes cycles, duplicates and near-misses. */
export function strings(root: Json): string[] {
  return slots(root)
    .map(read)
    .filter((v): v is string => typeof v === 'string');
}

const odd = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  1e308,
  -0.5,
  '',
  ' ',
  '1945-13-45',
  '1949/1945',
  '\u0000',
  '\udbff',
  'x-custom',
  null,
  [],
  {},
  true,
  undefined,
);
export const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'odd', 'string', 'swap', 'duplicate', 'wrap', 'reverse', 'number'),
  value: fc.jsonValue({ maxDepth: 2 }),
  oddValue: odd,
  other: fc.nat(),
});
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(root: Json, m: Mutation, pool: readonly string[]): void {
  const all = slots(root);
  if (all.length === 0) return;
  const slot = all[m.at % all.length] as Slot;
  const other = all[m.other % all.length] as Slot;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return;
    case 'replace':
      return void write(slot, m.value);
    case 'odd':
      return void write(slot, m.oddValue);
    case 'string':
      return void write(slot, pool[m.other % pool.length]);
    case 'swap': {
      const a = read(slot);
      write(slot, read(other));
      return void write(other, a);
    }
    case 'duplicate':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, structuredClone(read(slot)));
      else write(slot, structuredClone(read(other)));
      return;
    case 'wrap':
      return void write(slot, [read(slot)]);
    case 'reverse': {
      // Reorders the array that holds the slot: often still valid, so the queries get more to run on.
      if (Array.isArray(slot.parent)) slot.parent.reverse();
      return;
    }
    case 'number': {
      const v = read(slot);
      if (typeof v === 'number') write(slot, m.other % 100_000);
      return;
    }
  }
}

/** Every pure query, at the dataset's own dates and at odd ones. */
export function queryAll(dataset: Dataset): void {
  const start = earliestInstant(dataset);
  const end = latestInstant(dataset);
  for (const at of [undefined, start, end, (start + end) / 2, -1e13, 1e13]) {
    const tree = hierarchyAt(dataset, at, { includeInactive: at === start });
    for (const u of tree.units.values()) void u.name;
  }
  for (const unit of dataset.source.units) {
    unitPath(dataset, unit.id);
    descendants(dataset, unit.id);
    localizedName(unit, 'ug');
    citationLabel(dataset, unit);
  }
  for (const m of measuresOf(dataset)) strengthSeries(dataset, { measure: m });
  strengthSeries(dataset, { side: 'all', from: start, to: end });
  for (const system of dataset.source.rankSystems ?? []) rankTable(dataset, { system: system.id });
  rankTable(dataset);
  for (const date of dataset.dates.values()) (formatDate(date, 'en'), formatDate(date, 'ug'));
}
