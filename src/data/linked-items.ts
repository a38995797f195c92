import { parseDate } from './dates.js';
import { roleActiveAt } from './hierarchy-at.js';
import type { Dataset, HistoricalEvent, Person, Role, StrengthObservation } from './types.js';

/**
 * What a chart selected, as far as linking needs it. The `oob-select` event details (`OobSelectDetail`
 * in oob-charts/events) have this shape; the data layer does not depend on the events module.
 */
export type LinkSelection =
  | { kind: 'unit'; id: string }
  | { kind: 'observation'; id: string; observation: Pick<StrengthObservation, 'id' | 'subject' | 'disputes'> }
  | { kind: 'rank'; id: string; holders: readonly { person: Pick<Person, 'id'>; role: Pick<Role, 'unit'> }[] }
  | { kind: 'event'; id: string; event: Pick<HistoricalEvent, 'date' | 'units' | 'sides' | 'people'> };

/** The ids of everything a selection points at, per collection, for charts to highlight. */
export interface LinkedItems {
  units: ReadonlySet<string>;
  people: ReadonlySet<string>;
  ranks: ReadonlySet<string>;
  observations: ReadonlySet<string>;
  events: ReadonlySet<string>;
  sides: ReadonlySet<string>;
}

/** Nothing linked (no selection). */
export const NO_LINKS: LinkedItems = {
  units: new Set(),
  people: new Set(),
  ranks: new Set(),
  observations: new Set(),
  events: new Set(),
  sides: new Set(),
};

function defined<T>(values: readonly (T | undefined)[]): Set<T> {
  return new Set(values.filter((v): v is T => v !== undefined));
}

/**
 * What a selection links to across the dataset:
 * - a unit: its roles' people and ranks (its commander's rank, chief of staff's, …), the strength
 *   figures about it and the events it took part in;
 * - a strength figure: its subject (unit or side), the figures it disputes or that dispute it;
 * - a rank: the people the dataset names in it, their units and their events;
 * - an event: its units, sides and people, and the ranks those people held at its date.
 * Roles count when they overlap `date` (an EDTF string; its end, like `hierarchyAt`), or always
 * without one.
 */
export function linkedItems(dataset: Dataset, selection: LinkSelection | undefined, date?: string): LinkedItems {
  if (!selection) return NO_LINKS;
  const events = dataset.source.events ?? [];
  const roles = dataset.source.roles ?? [];
  const observations = dataset.source.strength ?? [];
  const asOf = date === undefined ? undefined : parseDate(date)?.end;
  switch (selection.kind) {
    case 'unit': {
      const held = roles.filter((r) => r.unit === selection.id && (asOf === undefined || roleActiveAt(dataset, r, asOf)));
      return {
        ...NO_LINKS,
        units: new Set([selection.id]),
        people: new Set(held.map((r) => r.person)),
        ranks: defined(held.map((r) => r.rank)),
        observations: new Set(observations.filter((o) => o.subject === selection.id).map((o) => o.id)),
        events: new Set(events.filter((e) => e.units?.includes(selection.id)).map((e) => e.id)),
      };
    }
    case 'observation': {
      const { id, subject } = selection.observation;
      const disputes = observations.filter(
        (o) => o.id === id || o.disputes?.includes(id) || selection.observation.disputes?.includes(o.id),
      );
      const isUnit = dataset.unitsById.has(subject);
      return {
        ...NO_LINKS,
        units: new Set(isUnit ? [subject] : []),
        sides: new Set(dataset.sidesById.has(subject) ? [subject] : []),
        observations: new Set(disputes.map((o) => o.id)),
        events: new Set(events.filter((e) => e.units?.includes(subject) || (!isUnit && e.sides?.includes(subject))).map((e) => e.id)),
      };
    }
    case 'rank': {
      const people = new Set(selection.holders.map((h) => h.person.id));
      return {
        ...NO_LINKS,
        ranks: new Set([selection.id]),
        people,
        units: defined(selection.holders.map((h) => h.role.unit)),
        events: new Set(events.filter((e) => e.people?.some((p) => people.has(p))).map((e) => e.id)),
      };
    }
    case 'event': {
      const event = selection.event;
      const people = new Set(event.people ?? []);
      const at = parseDate(event.date)?.end;
      return {
        ...NO_LINKS,
        events: new Set([selection.id]),
        units: new Set(event.units ?? []),
        sides: new Set(event.sides ?? []),
        people,
        ranks: defined(roles.filter((r) => people.has(r.person) && (at === undefined || roleActiveAt(dataset, r, at))).map((r) => r.rank)),
      };
    }
  }
}
