/**
 * Every event oob-charts elements dispatch. All bubble and are composed, so a page can listen on
 * `document` for events from any chart.
 */
import type { HistoricalEvent, Problem, Rank, RankGroup, StrengthObservation, Unit, Person, Role } from '../data/types.js';
import type { ResolvedCitation } from '../data/lookups.js';
import type { RankEquivalent } from '../data/rank-table.js';

/** `oob-error`: the input could not be used. Each problem has a JSON-pointer `path` into the input. */
export interface OobErrorDetail {
  problems: Problem[];
  /** Where the input came from: the `data` property or the `src` URL. */
  origin: 'data' | 'src';
}

/** A selected unit (hierarchy chart). */
export interface UnitSelection {
  kind: 'unit';
  id: string;
  unit: Unit;
}

/** A selected strength observation (strength chart). */
export interface ObservationSelection {
  kind: 'observation';
  id: string;
  observation: StrengthObservation;
  citations: ResolvedCitation[];
}

/** A selected rank (rank table), with the people the dataset names in it. */
export interface RankSelection {
  kind: 'rank';
  id: string;
  rank: Rank;
  group: RankGroup;
  holders: { person: Person; role: Role }[];
  /** When rank systems are compared (`systems`): the ranks of the other systems at the same NATO code. */
  equivalents?: RankEquivalent[];
}

/** A selected event (timeline). */
export interface EventSelection {
  kind: 'event';
  id: string;
  event: HistoricalEvent;
}

/** `oob-select`: the user selected something (click, Enter or Space). */
export type OobSelectDetail = UnitSelection | ObservationSelection | RankSelection | EventSelection;

/** `oob-toggle`: a hierarchy node was expanded or collapsed. */
export interface OobToggleDetail {
  id: string;
  expanded: boolean;
}

/** `oob-date-change`: the date a timeline or provider shows changed (ISO `YYYY-MM-DD`). */
export interface OobDateChangeDetail {
  date: string;
  /** In range mode, the date `date` is compared with (the range's start, ISO `YYYY-MM-DD`). */
  compare?: string;
}

export type OobErrorEvent = CustomEvent<OobErrorDetail>;
export type OobSelectEvent = CustomEvent<OobSelectDetail>;
export type OobToggleEvent = CustomEvent<OobToggleDetail>;
export type OobDateChangeEvent = CustomEvent<OobDateChangeDetail>;

export interface OobEventMap {
  'oob-error': OobErrorEvent;
  'oob-select': OobSelectEvent;
  'oob-toggle': OobToggleEvent;
  'oob-date-change': OobDateChangeEvent;
}

/** Dispatches a bubbling, composed event; returns false if a listener called `preventDefault()`. */
export function emit<K extends keyof OobEventMap>(
  target: EventTarget,
  name: K,
  detail: OobEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap extends OobEventMap {}
}
