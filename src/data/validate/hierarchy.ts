/**
 * Checks the shape of the unit tree: no cycles (also none made later by a change's new parent),
 * exactly one top-level unit per side, and at least one top-level unit. Iterative throughout and
 * near-linear: a cycle through 200,000 units is reported in a message of bounded length, and the
 * replay of changes uses a link-cut forest instead of walking the ancestor chain per move.
 */
import { LinkCutForest } from './link-cut.js';
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

export function checkHierarchy(
  root: JObject,
  unitIds: ReadonlyMap<string, number>,
  dates: ReadonlyMap<string, ParsedDate>,
  problems: Problems,
): void {
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
    // A loop, not Math.min(...cycle): spreading 200,000 arguments overflows the stack.
    let at = 0;
    for (let k = 1; k < cycle.length; k += 1) if ((cycle[k] as number) < (cycle[at] as number)) at = k;
    const start = cycle[at] as number;
    const shown = Array.from({ length: Math.min(cycle.length, SHOWN) }, (_, k) => cycle[(at + k) % cycle.length] as number);
    problems.add(
      `/units/${start}/parent`,
      'cycle',
      `units form a cycle in the hierarchy: ${chainText(shown, cycle.length, start, name)} (each names the next as its parent)`,
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
    problems.add(
      '/units',
      'no-root',
      'no unit is at the top of a hierarchy (every unit names a parent); the top unit of each side must have no parent',
    );
  }
  if (cycles.length === 0) checkChangeCycles(units, parent, resolve, dates, name, problems);
}

/** Most units a cycle message names; longer cycles are shortened and counted. */
const SHOWN = 6;

/** `"a" -> "b" -> … -> "a"`: the first units of a cycle of `total` units, back to `closing`. */
function chainText(shown: readonly number[], total: number, closing: number, name: (i: number) => string): string {
  const names = shown.map(name);
  if (total > shown.length)
    names.push(`… (${(total - shown.length).toLocaleString('en')} more; ${total.toLocaleString('en')} units in all)`);
  names.push(name(closing));
  return names.join(' -> ');
}

/** Cycles of the parent graph, each as unit indexes in parent order. */
function findCycles(parent: readonly number[]): number[][] {
  const state = new Uint8Array(parent.length); // 0 new, 1 on the current walk, 2 done
  const cycles: number[][] = [];
  // One list for all walks, its first `size` entries the current walk: most walks are one unit long
  // (its parent was walked before), and a list per walk, or truncating one, cost more than the walk.
  const walk: number[] = [];
  for (let i = 0; i < parent.length; i += 1) {
    if (state[i] !== 0) continue;
    let size = 0;
    let j = i;
    while (j >= 0 && state[j] === 0) {
      state[j] = 1;
      walk[size] = j;
      size += 1;
      j = parent[j] as number;
    }
    if (j >= 0 && state[j] === 1) cycles.push(walk.slice(walk.indexOf(j), size));
    for (let k = 0; k < size; k += 1) state[walk[k] as number] = 2;
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

/**
 * Replays every change of parent in date order and reports one that would close a cycle. Moves on
 * one date happen together: all their units are detached first, then each is attached under its new
 * parent, the last move first, so that a cycle closed by several moves on one date is reported at the
 * first of them (in dataset order) and that move is undone.
 */
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
  const forest = new LinkCutForest(parent);
  // The index of the move that decides a unit's parent on the current date (its last one).
  const last = new Int32Array(units.length).fill(-1);
  // Each unit's parent before the moves of the current date (one map, cleared per date).
  const before = new Map<number, number>();
  for (let g = 0; g < moves.length;) {
    let h = g;
    while (h < moves.length && (moves[h] as Move).end === (moves[g] as Move).end) h += 1;
    for (let k = g; k < h; k += 1) {
      const move = moves[k] as Move;
      last[move.unit] = k;
      forest.cut(move.unit);
    }
    before.clear();
    for (let k = g; k < h; k += 1) {
      const move = moves[k] as Move;
      if (!before.has(move.unit)) before.set(move.unit, parent[move.unit] as number);
      if (last[move.unit] === k) parent[move.unit] = move.to;
    }
    for (let k = h - 1; k >= g; k -= 1) {
      const move = moves[k] as Move;
      if (last[move.unit] !== k || move.to < 0) continue;
      if (forest.root(move.to) !== move.unit) {
        forest.link(move.unit, move.to);
        continue;
      }
      // move.to is below move.unit: name the first units up from move.to and count them all.
      const total = forest.pathLength(move.to);
      const shown = [move.unit];
      for (let j = move.to; shown.length < SHOWN && j >= 0 && j !== move.unit; j = parent[j] as number) shown.push(j);
      problems.add(
        `/units/${move.unit}/changes/${move.change}/to/parent`,
        'cycle',
        `unit ${name(move.unit)} moves under ${name(move.to)} on ${move.text}, but ${name(move.to)} is then itself under it: ${chainText(shown, total, move.unit, name)}`,
      );
      // Undo the move; if the old parent is now below the unit too, leave it at the top.
      const previous = before.get(move.unit) as number;
      const back = previous >= 0 && forest.root(previous) !== move.unit;
      if (back) forest.link(move.unit, previous);
      parent[move.unit] = back ? previous : ROOT;
    }
    g = h;
  }
}
