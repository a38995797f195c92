/**
 * Checks the shape of the unit tree: no cycles (also none made later by a change's new parent),
 * exactly one top-level unit per side, and at least one top-level unit. Iterative throughout.
 */
import type { ParsedDate } from '../types.js';
import type { Problems } from './problems.js';
import { isJObject, type JObject } from './snapshot.js';
import { quote } from './values.js';

/** Parent index of each unit: a unit index, `ROOT`, or `UNKNOWN` (dangling or not a unit). */
const ROOT = -1;
const UNKNOWN = -2;

function unitName(unit: JObject | undefined, index: number): string {
  return unit && typeof unit.id === 'string' ? quote(unit.id) : `at /units/${index}`;
}

export function checkHierarchy(root: JObject, unitIds: ReadonlyMap<string, number>, dates: ReadonlyMap<string, ParsedDate>, problems: Problems): void {
  const list = Array.isArray(root.units) ? root.units : [];
  const units: (JObject | undefined)[] = list.map((u) => (isJObject(u) ? u : undefined));
  const resolve = (value: unknown): number => {
    if (value === undefined || value === null) return ROOT;
    return typeof value === 'string' ? (unitIds.get(value) ?? UNKNOWN) : UNKNOWN;
  };
  const parent = units.map((u) => (u ? resolve(u.parent) : UNKNOWN));
  const name = (i: number) => unitName(units[i], i);

  const cycles = findCycles(parent);
  for (const cycle of cycles) {
    const start = Math.min(...cycle);
    const at = cycle.indexOf(start);
    const ordered = [...cycle.slice(at), ...cycle.slice(0, at), start];
    problems.add(
      `/units/${start}/parent`,
      'cycle',
      `units form a cycle in the hierarchy: ${ordered.map(name).join(' -> ')} (each names the next as its parent)`,
    );
  }

  const rootsBySide = new Map<string, number>();
  let roots = 0;
  units.forEach((unit, i) => {
    if (!unit || parent[i] !== ROOT) return;
    roots += 1;
    const side = typeof unit.side === 'string' ? unit.side : undefined;
    const first = rootsBySide.get(side ?? '');
    if (first === undefined) {
      rootsBySide.set(side ?? '', i);
      return;
    }
    const message =
      side === undefined
        ? `unit ${name(i)} has no parent and no side, like unit ${name(first)}; give it a parent, or a side of its own`
        : `unit ${name(i)} is a second top-level unit of side ${quote(side)} (the first is ${name(first)}); only one unit per side may have no parent`;
    problems.add(`/units/${i}`, 'multiple-roots', message);
  });
  if (roots === 0 && units.some((u) => u !== undefined)) {
    problems.add('/units', 'no-root', 'no unit is at the top of a hierarchy (every unit names a parent); the top unit of each side must have no parent');
  }
  if (cycles.length === 0) checkChangeCycles(units, parent, resolve, dates, name, problems);
}

/** Cycles of the parent graph, each as unit indexes in parent order. */
function findCycles(parent: readonly number[]): number[][] {
  const state = new Uint8Array(parent.length); // 0 new, 1 on the current walk, 2 done
  const cycles: number[][] = [];
  for (let i = 0; i < parent.length; i += 1) {
    if (state[i] !== 0) continue;
    const walk: number[] = [];
    let j = i;
    while (j >= 0 && state[j] === 0) {
      state[j] = 1;
      walk.push(j);
      j = parent[j] as number;
    }
    if (j >= 0 && state[j] === 1) cycles.push(walk.slice(walk.indexOf(j)));
    for (const k of walk) state[k] = 2;
  }
  return cycles;
}

interface Move {
  end: number;
  unit: number;
  change: number;
  to: number;
  text: string;
}

/** Replays every change of parent in date order and reports one that would close a cycle. */
function checkChangeCycles(
  units: readonly (JObject | undefined)[],
  initial: readonly number[],
  resolve: (value: unknown) => number,
  dates: ReadonlyMap<string, ParsedDate>,
  name: (i: number) => string,
  problems: Problems,
): void {
  const moves: Move[] = [];
  units.forEach((unit, i) => {
    if (!unit || !Array.isArray(unit.changes)) return;
    unit.changes.forEach((change, j) => {
      if (!isJObject(change) || !isJObject(change.to) || !('parent' in change.to)) return;
      const to = resolve(change.to.parent);
      const date = typeof change.date === 'string' ? dates.get(change.date) : undefined;
      if (to === UNKNOWN || !date) return;
      moves.push({ end: date.end, unit: i, change: j, to, text: date.text });
    });
  });
  if (moves.length === 0) return;
  moves.sort((a, b) => a.end - b.end || a.unit - b.unit || a.change - b.change);
  const parent = [...initial];
  for (let g = 0; g < moves.length; ) {
    let h = g;
    const previous: number[] = [];
    while (h < moves.length && (moves[h] as Move).end === (moves[g] as Move).end) {
      const move = moves[h] as Move;
      previous.push(parent[move.unit] as number);
      parent[move.unit] = move.to;
      h += 1;
    }
    for (let k = g; k < h; k += 1) {
      const move = moves[k] as Move;
      if (move.to < 0 || parent[move.unit] !== move.to) continue;
      const chain = [move.to];
      let j = parent[move.to] as number;
      while (j >= 0 && j !== move.unit && chain.length <= units.length) {
        chain.push(j);
        j = parent[j] as number;
      }
      if (j !== move.unit) continue;
      problems.add(
        `/units/${move.unit}/changes/${move.change}/to/parent`,
        'cycle',
        `unit ${name(move.unit)} moves under ${name(move.to)} on ${move.text}, but ${name(move.to)} is then itself under it: ${[move.unit, ...chain, move.unit].map(name).join(' -> ')}`,
      );
      parent[move.unit] = previous[k - g] as number;
    }
    g = h;
  }
}
