import { DateCache } from './dates.js';
import type {
  Dataset,
  HistoricalEvent,
  OrderOfBattle,
  ParsedDate,
  Person,
  Rank,
  Role,
  Source,
  StrengthObservation,
  Unit,
  UnitChange,
} from './types.js';

// Indexed loops, not for…of: this runs once per dataset, at first paint, before the engine has
// optimised it, and an unoptimised for…of steps an iterator object per item.

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  if (items) for (let i = 0; i < items.length; i += 1) map.set((items[i] as T).id, items[i] as T);
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
  for (let i = 0; i < oob.sources.length; i += 1) {
    const s = oob.sources[i] as Source;
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
  for (let i = 0; i < oob.units.length; i += 1) {
    const u = oob.units[i] as Unit;
    both(u.formed, u.dissolved);
    const changes = u.changes;
    if (changes) for (let j = 0; j < changes.length; j += 1) both((changes[j] as UnitChange).date, undefined);
  }
  const { people = [], roles = [], strength = [], events = [] } = oob;
  for (let i = 0; i < people.length; i += 1) both((people[i] as Person).born, (people[i] as Person).died);
  for (let i = 0; i < roles.length; i += 1) both((roles[i] as Role).from, (roles[i] as Role).to);
  for (let i = 0; i < strength.length; i += 1) both((strength[i] as StrengthObservation).date, undefined);
  for (let i = 0; i < events.length; i += 1) both((events[i] as HistoricalEvent).date, undefined);
}

/**
 * Indexes an order of battle that is already known to be valid. `parseOrderOfBattle` validates and
 * then calls this with the dates its validation parsed, so no date is parsed twice; it does not
 * check anything itself.
 */
export function buildDataset(oob: OrderOfBattle, dateCache: DateCache = new DateCache()): Dataset {
  const childrenById = new Map<string | null, Unit[]>();
  for (let i = 0; i < oob.units.length; i += 1) {
    const unit = oob.units[i] as Unit;
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
