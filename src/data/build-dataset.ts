import { DateCache } from './dates.js';
import type { Dataset, OrderOfBattle, ParsedDate, Rank, Unit } from './types.js';

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) map.set(item.id, item);
  return map;
}

/** Every date string in a dataset, in document order. */
export function collectDateStrings(oob: OrderOfBattle): string[] {
  const out: string[] = [];
  eachDateString(oob, (text) => out.push(text));
  return out;
}

/** The dates of the history itself (the covered range, units, roles, figures, events), not of the sources. */
export function collectHistoricalDateStrings(oob: OrderOfBattle): string[] {
  const out: string[] = [];
  if (oob.meta.dateRange !== undefined) out.push(oob.meta.dateRange);
  eachFactDateString(oob, (text) => out.push(text));
  return out;
}

/** Calls `visit` with every date string of a dataset, in document order (no arrays built per field). */
function eachDateString(oob: OrderOfBattle, visit: (text: string) => void): void {
  if (typeof oob.meta.dateRange === 'string') visit(oob.meta.dateRange);
  for (const s of oob.sources) {
    if (typeof s.published === 'string') visit(s.published);
    if (typeof s.accessed === 'string') visit(s.accessed);
  }
  eachFactDateString(oob, visit);
}

function eachFactDateString(oob: OrderOfBattle, visit: (text: string) => void): void {
  const both = (a: string | undefined, b: string | undefined) => {
    if (typeof a === 'string') visit(a);
    if (typeof b === 'string') visit(b);
  };
  for (const u of oob.units) {
    both(u.formed, u.dissolved);
    for (const c of u.changes ?? []) both(c.date, undefined);
  }
  for (const p of oob.people ?? []) both(p.born, p.died);
  for (const r of oob.roles ?? []) both(r.from, r.to);
  for (const o of oob.strength ?? []) both(o.date, undefined);
  for (const e of oob.events ?? []) both(e.date, undefined);
}

/**
 * Indexes an order of battle that is already known to be valid. `parseOrderOfBattle` validates and
 * then calls this with the dates its validation parsed, so no date is parsed twice; it does not
 * check anything itself.
 */
export function buildDataset(oob: OrderOfBattle, dateCache: DateCache = new DateCache()): Dataset {
  const childrenById = new Map<string | null, Unit[]>();
  for (const unit of oob.units) {
    const key = unit.parent ?? null;
    const siblings = childrenById.get(key);
    if (siblings) siblings.push(unit);
    else childrenById.set(key, [unit]);
  }
  const ranks: Rank[] = (oob.rankSystems ?? []).flatMap((system) => system.ranks);
  const dates = new Map<string, ParsedDate>();
  eachDateString(oob, (text) => {
    if (dates.has(text)) return;
    const parsed = dateCache.parse(text);
    if (parsed) dates.set(text, parsed);
  });
  return {
    source: oob,
    unitsById: byId(oob.units),
    childrenById,
    sidesById: byId(oob.sides),
    sourcesById: byId(oob.sources),
    peopleById: byId(oob.people),
    ranksById: byId(ranks),
    eventsById: byId(oob.events),
    observationsById: byId(oob.strength),
    dates,
  };
}
