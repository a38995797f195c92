/**
 * Valid (or deliberately cyclic) orders of battle in the shapes that stress a parser: deep chains,
 * wide fans, a change on every unit, and cycles through many units. Shared by test/hardening and
 * bench/adversarial.mjs so the benchmark measures exactly what the tests guard.
 */
import type { OrderOfBattle, Unit } from '../../src/data/types.js';

function dataset(units: Unit[]): OrderOfBattle {
  return {
    schemaVersion: '1.0',
    meta: { title: 'Adversarial shape', defaultLang: 'en', perspective: 'blue' },
    sources: [{ id: 's', title: 'Generated' }],
    sides: [{ id: 'blue', name: 'Blue', affiliation: 'friend' }],
    units,
  };
}

/** A date string per index, cycling through ten years of days (so moves fall on many dates). */
function dayText(i: number): string {
  return new Date(Date.UTC(1940, 0, 1 + (i % 3650))).toISOString().slice(0, 10);
}

/** One chain: u0 at the top, u{i} under u{i-1}, `levels` deep. */
export function deepChain(levels: number): OrderOfBattle {
  const units: Unit[] = [{ id: 'u0', name: 'Unit 0', echelon: 'army', side: 'blue' }];
  for (let i = 1; i < levels; i += 1) units.push({ id: `u${i}`, parent: `u${i - 1}`, name: `Unit ${i}`, echelon: 'company' });
  return dataset(units);
}

/** One top unit with `width - 1` direct subordinates. */
export function wideFan(width: number): OrderOfBattle {
  const units: Unit[] = [{ id: 'u0', name: 'Unit 0', echelon: 'army', side: 'blue' }];
  for (let i = 1; i < width; i += 1) units.push({ id: `u${i}`, parent: 'u0', name: `Unit ${i}`, echelon: 'company' });
  return dataset(units);
}

/**
 * A chain of `levels` where every unit from the third on is reassigned to its grandparent on some
 * date: valid, and the shape that made the change-cycle check walk the whole ancestor chain per move.
 */
export function chainWithMoves(levels: number): OrderOfBattle {
  const oob = deepChain(levels);
  oob.units.forEach((unit, i) => {
    if (i >= 2) unit.changes = [{ date: dayText(i), type: 'reassigned', to: { parent: `u${i - 2}` } }];
  });
  return oob;
}

/** `levels` units that each name the next as parent, the last naming the first: one long cycle. */
export function longCycle(levels: number): OrderOfBattle {
  const oob = deepChain(levels);
  (oob.units[0] as Unit).parent = `u${levels - 1}`;
  return oob;
}

/** A chain where, on one date, the top unit moves under the deepest one: one change closes a long cycle. */
export function chainWithClosingMove(levels: number): OrderOfBattle {
  const oob = deepChain(levels);
  (oob.units[1] as Unit).changes = [{ date: '1946', type: 'reassigned', to: { parent: `u${levels - 1}` } }];
  return oob;
}
