import type { DateLike } from './types.js';

/** The fields of a point that decide which time slot it goes in. */
export interface Slottable {
  id: string;
  date: DateLike;
  disputedWith: readonly string[];
}

/** One place on the time axis: a date, and the points drawn there. */
export interface TimeSlot {
  key: string;
  date: DateLike;
  ids: string[];
}

export interface TimeSlots {
  /** In time order: by start, then end, then date text. */
  slots: TimeSlot[];
  slotOf: Map<string, string>;
}

function find(parent: Map<string, string>, id: string): string {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root) ?? root;
  parent.set(id, root);
  return root;
}

/**
 * Groups points into time slots by date text, except that contradicting figures share the slot of
 * the earliest of them: disputed figures are drawn side by side, never apart and never merged.
 */
export function timeSlots(points: readonly Slottable[]): TimeSlots {
  const parent = new Map(points.map((p) => [p.id, p.id]));
  for (const p of points) {
    for (const other of p.disputedWith) {
      if (!parent.has(other)) continue;
      const [a, b] = [find(parent, p.id), find(parent, other)];
      if (a !== b) parent.set(b, a);
    }
  }
  // The cluster's slot date is its earliest member's date (points arrive in time order).
  const clusterDate = new Map<string, DateLike>();
  const byDate = (a: DateLike, b: DateLike) => a.start - b.start || a.end - b.end;
  for (const p of points) {
    const root = find(parent, p.id);
    const current = clusterDate.get(root);
    if (!current || byDate(p.date, current) < 0) clusterDate.set(root, p.date);
  }
  const slotsByKey = new Map<string, TimeSlot>();
  const slotOf = new Map<string, string>();
  for (const p of points) {
    const date = clusterDate.get(find(parent, p.id)) ?? p.date;
    let slot = slotsByKey.get(date.text);
    if (!slot) {
      slot = { key: date.text, date, ids: [] };
      slotsByKey.set(date.text, slot);
    }
    slot.ids.push(p.id);
    slotOf.set(p.id, date.text);
  }
  const slots = [...slotsByKey.values()].sort(
    (a, b) => byDate(a.date, b.date) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { slots, slotOf };
}
