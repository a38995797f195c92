import { parseDate } from './dates.js';
import type { Dataset, OrderOfBattle, ParsedDate, Rank, Unit } from './types.js';

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** Every date string in a dataset, in document order. */
export function collectDateStrings(oob: OrderOfBattle): string[] {
  const out: (string | undefined)[] = [oob.meta.dateRange];
  for (const s of oob.sources) out.push(s.published, s.accessed);
  return [...out.filter((d): d is string => typeof d === 'string'), ...factDateStrings(oob)];
}

/** The dates of the history itself (the covered range, units, roles, figures, events), not of the sources. */
export function collectHistoricalDateStrings(oob: OrderOfBattle): string[] {
  return oob.meta.dateRange === undefined ? factDateStrings(oob) : [oob.meta.dateRange, ...factDateStrings(oob)];
}

function factDateStrings(oob: OrderOfBattle): string[] {
  const out: (string | undefined)[] = [];
  for (const u of oob.units) {
    out.push(u.formed, u.dissolved);
    for (const c of u.changes ?? []) out.push(c.date);
  }
  for (const p of oob.people ?? []) out.push(p.born, p.died);
  for (const r of oob.roles ?? []) out.push(r.from, r.to);
  for (const o of oob.strength ?? []) out.push(o.date);
  for (const e of oob.events ?? []) out.push(e.date);
  return out.filter((d): d is string => typeof d === 'string');
}

/**
 * Indexes an order of battle that is already known to be valid. `parseOrderOfBattle` validates and
 * then calls this; it does not check anything itself.
 */
export function buildDataset(oob: OrderOfBattle): Dataset {
  const childrenById = new Map<string | null, Unit[]>();
  for (const unit of oob.units) {
    const key = unit.parent ?? null;
    const siblings = childrenById.get(key);
    if (siblings) siblings.push(unit);
    else childrenById.set(key, [unit]);
  }
  const ranks: Rank[] = (oob.rankSystems ?? []).flatMap((system) => system.ranks);
  const dates = new Map<string, ParsedDate>();
  for (const text of collectDateStrings(oob)) {
    const parsed = parseDate(text);
    if (parsed) dates.set(text, parsed);
  }
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
