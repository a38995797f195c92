/**
 * Personnel and equipment of an ORBAT Mapper unit over its states -> strength observations, with
 * ORBAT Mapper's semantics: an update replaces count / on hand, a diff adds to on hand.
 */
import type { StrengthObservation, Unit } from '../types.js';
import { arr, isEmpty, isObject, str } from './orbat-reading.js';
import type { Json, Report } from './orbat-reading.js';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'item';

/** A counted item (equipment or personnel) as the unit holds it: `count`, and `onHand` when known. */
interface Holding {
  count: number;
  onHand?: number;
}

const held = (h: Holding): number => h.onHand ?? h.count;

/** A unit's state, in time order, with its JSON pointer and its day (if its time is readable). */
export interface DatedState {
  s: Json;
  path: string;
  day: string | undefined;
}

/**
 * The observations of one unit: personnel (all categories summed) and each equipment item, at the
 * scenario's start and at every state that changes them. Keyed by unit, measure and day, so a
 * later state of the same day replaces an earlier one.
 */
export function holdings(
  u: Json,
  unit: Unit,
  path: string,
  states: DatedState[],
  start: string | undefined,
  report: Report,
  out: Map<string, StrengthObservation>,
): void {
  const observe = (measure: string, day: string, value: number, note: string | undefined): void => {
    const id = `${unit.id}/${measure}/${day}`;
    out.set(id, {
      id,
      measure: measure as StrengthObservation['measure'],
      subject: unit.id,
      date: day,
      value,
      qualifier: 'strength',
      ...(note ? { note } : {}),
    });
  };
  const kinds = ['personnel', 'equipment'] as const;
  const current = { personnel: new Map<string, Holding>(), equipment: new Map<string, Holding>() };
  for (const kind of kinds) {
    arr(u[kind]).forEach((item, i) => {
      const itemPath = `${path}/${kind}/${i}`;
      const n = isObject(item) ? str(item.name) : undefined;
      const count = isObject(item) ? item.count : undefined;
      if (!isObject(item) || n === undefined || typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
        report.error(itemPath, 'invalid-value', `a ${kind} entry needs a "name" and a "count" of 0 or more; it is left out`);
        return;
      }
      current[kind].set(n, { count, ...(typeof item.onHand === 'number' ? { onHand: item.onHand } : {}) });
      report.rest(item, itemPath, ['name', 'count', 'onHand'], `the ${kind} field`);
    });
  }
  const emit = (day: string, only?: { personnel: boolean; equipment: Set<string> }): void => {
    if (current.personnel.size && (!only || only.personnel)) {
      const total = [...current.personnel.values()].reduce((sum, h) => sum + held(h), 0);
      const parts = [...current.personnel].map(([n, h]) => `${n} ${held(h)}`);
      observe('personnel', day, Math.max(0, total), current.personnel.size > 1 ? `ORBAT Mapper personnel: ${parts.join(', ')}` : undefined);
    }
    for (const [n, h] of current.equipment) {
      if (only && !only.equipment.has(n)) continue;
      const detail = h.onHand !== undefined && h.onHand !== h.count ? `${h.onHand} on hand of ${h.count}` : undefined;
      observe(`x-${slug(n)}`, day, Math.max(0, held(h)), `ORBAT Mapper equipment "${n}"${detail ? `: ${detail}` : ''}`);
    }
  };
  if (current.personnel.size + current.equipment.size > 0) {
    if (start) emit(start);
    else
      report.error(
        path,
        'invalid-value',
        `unit "${unit.id}": its personnel and equipment have no date, since the scenario has no readable startTime; they are left out`,
      );
  }
  for (const { s, path: statePath, day } of states) {
    const only = { personnel: false, equipment: new Set<string>() };
    for (const mode of ['update', 'diff'] as const) {
      const group = s[mode];
      if (!isObject(group)) continue;
      for (const kind of kinds) {
        arr(group[kind]).forEach((entry, i) => {
          const entryPath = `${statePath}/${mode}/${kind}/${i}`;
          const n = isObject(entry) ? str(entry.name) : undefined;
          const have = n === undefined ? undefined : current[kind].get(n);
          if (!isObject(entry) || n === undefined || !have) {
            report.error(
              entryPath,
              'invalid-value',
              `the ${mode} names ${kind} ${n ? `"${n}", which the unit does not hold` : 'without a name'}; it is left out`,
            );
            return;
          }
          // ORBAT Mapper semantics: an update replaces count / onHand; a diff adds to onHand (which starts at count).
          if (mode === 'update') {
            if (typeof entry.count === 'number') have.count = entry.count;
            if (typeof entry.onHand === 'number') have.onHand = entry.onHand;
          } else if (typeof entry.onHand === 'number') have.onHand = held(have) + entry.onHand;
          if (kind === 'personnel') only.personnel = true;
          else only.equipment.add(n);
        });
      }
      for (const key of Object.keys(group))
        if (!kinds.includes(key as (typeof kinds)[number]) && !isEmpty(group[key]))
          report.skipped(`${statePath}/${mode}/${key}`, key, 'the state change');
    }
    if (only.personnel || only.equipment.size) {
      if (day) emit(day, only);
      else
        report.error(
          statePath,
          'invalid-value',
          `the state's time ${JSON.stringify(s.t)} is not a date; its personnel and equipment change is left out`,
        );
    }
  }
}
