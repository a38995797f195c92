/**
 * The shared time axis of a strength chart: time slots (which figures are drawn together), the
 * time or band scale with its ticks, spans of interval dates, and the event rules drawn on it.
 */
import { scaleBand } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { clampedScale } from '../scale.js';
import { formatDate, formatInstant } from '../../data/format-date.js';
import { shortenText, stackLabels, thinLabelsByStride } from './text.js';
import type { DateLike, Line, Orientation, Rect, Tick, TimeScaleKind } from './types.js';

/** A time-axis tick: the year on 1 January, month and year on the 1st ("Jul 1946"), else the day. */
export function formatTickDate(time: number, lang = ''): string {
  const date = new Date(time);
  if (date.getUTCDate() !== 1) return formatInstant(time, 'day', lang);
  return formatInstant(time, date.getUTCMonth() === 0 ? 'year' : 'month', lang);
}

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

/** The root of `id`'s cluster; an id that `parent` does not hold is a cluster of its own. */
function find(parent: Map<string, string>, id: string): string {
  let root = id;
  for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
  if (root !== id) parent.set(id, root);
  return root;
}

/**
 * Groups points into time slots by date text, except that contradicting figures share the slot of
 * the earliest of them: disputed figures are drawn side by side, never apart and never merged.
 * `ids`, when given, are the points' ids (a caller that has them spares a set of thousands).
 */
export function timeSlots(points: readonly Slottable[], ids?: ReadonlySet<string>): TimeSlots {
  // Clusters of contradicting figures (union-find); most figures contradict none and stay out of it.
  const parent = new Map<string, string>();
  const clustered = new Set<string>();
  let present = ids;
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as Slottable;
    const others = p.disputedWith;
    if (others.length === 0) continue;
    present ??= new Set(points.map((q) => q.id));
    for (let j = 0; j < others.length; j += 1) {
      const other = others[j] as string;
      if (!present.has(other)) continue;
      clustered.add(p.id).add(other);
      const a = find(parent, p.id);
      const b = find(parent, other);
      if (a !== b) parent.set(b, a);
    }
  }
  // A cluster's slot date is its earliest member's date (points arrive in time order).
  const clusterDate = new Map<string, DateLike>();
  const byDate = (a: DateLike, b: DateLike) => a.start - b.start || a.end - b.end;
  for (let i = 0; i < points.length && clustered.size > 0; i += 1) {
    const p = points[i] as Slottable;
    if (!clustered.has(p.id)) continue;
    const root = find(parent, p.id);
    const current = clusterDate.get(root);
    if (!current || byDate(p.date, current) < 0) clusterDate.set(root, p.date);
  }
  const slotsByKey = new Map<string, TimeSlot>();
  const slotOf = new Map<string, string>();
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as Slottable;
    const date = clustered.has(p.id) ? (clusterDate.get(find(parent, p.id)) ?? p.date) : p.date;
    let slot = slotsByKey.get(date.text);
    if (!slot) {
      slot = { key: date.text, date, ids: [] };
      slotsByKey.set(date.text, slot);
    }
    slot.ids.push(p.id);
    slotOf.set(p.id, date.text);
  }
  const slots = [...slotsByKey.values()].sort((a, b) => byDate(a.date, b.date) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { slots, slotOf };
}

/** Where a slot's bars go along the time axis. */
export interface SlotBand {
  center: number;
  width: number;
}

export interface TimeAxis {
  kind: TimeScaleKind;
  length: number;
  domain: [number, number];
  band: Map<string, SlotBand>;
  /** Position of a date: its middle on a time scale; on a band scale, interpolated between slots. */
  positionOf(date: Pick<DateLike, 'start' | 'end'>): number;
  /** Every tick mark. */
  ticks: Tick[];
  /** The ticks whose labels fit without overlapping. */
  labels: Tick[];
}

export interface TimeAxisOptions {
  length: number;
  kind?: TimeScaleKind | 'auto';
  /** Narrowest slot that still shows all of its bars; below it the axis falls back to bands. */
  minSlotWidth?: number;
  maxSlotWidth?: number;
  /** Time span to show; defaults to the slots' extent. */
  domain?: [number, number];
  lang?: string;
  /** Size of a label along the axis (its width on a horizontal axis, its line height on a vertical one). */
  labelSize?: (label: string) => number;
}

const DAY = 86_400_000;
const mid = (d: Pick<DateLike, 'start' | 'end'>) => d.start + (d.end - d.start) / 2;

function timeBands(slots: readonly TimeSlot[], scale: (t: number) => number, length: number, maxWidth: number): Map<string, SlotBand> {
  const centers = slots.map((s) => scale(mid(s.date)));
  let gap = Infinity;
  for (let i = 1; i < centers.length; i += 1) gap = Math.min(gap, (centers[i] as number) - (centers[i - 1] as number));
  // At least a pixel, so crowded dates still show (overlapping) bars.
  const width = Math.max(Math.min(1, length), Math.min(maxWidth, Number.isFinite(gap) ? gap * 0.8 : length / 2));
  return new Map(slots.map((s, i) => [s.key, { center: centers[i] as number, width }]));
}

/** Piecewise-linear map from instants to pixels through the given anchors (sorted by time). */
function interpolator(anchors: readonly [number, number][]): (t: number) => number {
  return (t) => {
    const first = anchors[0];
    if (!first) return 0;
    if (t <= first[0]) return first[1];
    for (let i = 1; i < anchors.length; i += 1) {
      const [t1, x1] = anchors[i] as [number, number];
      const [t0, x0] = anchors[i - 1] as [number, number];
      if (t <= t1) return t1 === t0 ? x0 : x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
    }
    return (anchors[anchors.length - 1] as [number, number])[1];
  };
}

/**
 * The shared time axis of a strength chart. A time scale keeps true spacing when every slot has
 * room for its bars; otherwise (uneven dates, e.g. 1945-01-31 and Aug 1949 next to 1949) a band
 * scale gives each date the same room, and positions between dates are interpolated.
 */
export function timeAxis(slots: readonly TimeSlot[], options: TimeAxisOptions): TimeAxis {
  const length = Math.max(0, options.length);
  const maxWidth = options.maxSlotWidth ?? 72;
  const starts = slots.map((s) => s.date.start);
  const ends = slots.map((s) => s.date.end);
  const extent: [number, number] = options.domain ?? [Math.min(...starts, Infinity), Math.max(...ends, -Infinity)];
  const domain: [number, number] = extent[0] <= extent[1] ? extent : [0, 0];
  const labelSize = options.labelSize ?? ((label: string) => label.length * 7);
  const lang = options.lang ?? '';

  const pad = Math.min(maxWidth, length / 4) / 2;
  const time = clampedScale(domain, [pad, length - pad]);
  const timeBand = timeBands(slots, (t) => time(t), length, maxWidth);
  const timeWidth = timeBand.values().next().value?.width ?? 0;
  const wanted = options.kind ?? 'auto';
  const minSlot = options.minSlotWidth ?? 8;
  // Bands only help when they leave each date room for its bars; when even bands are too narrow
  // (thousands of dates) true time positions and regular date ticks read better.
  const bandWidth = (length / Math.max(1, slots.length)) * 0.8;
  const kind: TimeScaleKind =
    wanted !== 'auto' ? wanted : slots.length > 1 && (timeWidth >= minSlot || bandWidth < minSlot) ? 'time' : 'band';

  let band: Map<string, SlotBand>;
  let positionOf: TimeAxis['positionOf'];
  let ticks: Tick[];
  if (kind === 'time') {
    band = timeBand;
    positionOf = (d) => time(mid(d));
    ticks = utcTicks(new Date(domain[0]), new Date(domain[1]), Math.max(2, Math.round(length / 90))).map((d) => {
      const value = d.getTime();
      return { value, pos: time(value), label: formatTickDate(value, lang) };
    });
  } else {
    const scale = scaleBand<string>()
      .domain(slots.map((s) => s.key))
      .range([0, length])
      .paddingInner(0.2)
      .paddingOuter(0.1);
    const width = Math.min(scale.bandwidth(), maxWidth);
    band = new Map(slots.map((s) => [s.key, { center: (scale(s.key) ?? 0) + scale.bandwidth() / 2, width }]));
    const anchors: [number, number][] = slots.map((s) => [s.date.start, band.get(s.key)?.center ?? 0]);
    const first = anchors[0]?.[0] ?? domain[0];
    const last = anchors[anchors.length - 1]?.[0] ?? domain[1];
    if (domain[0] < first) anchors.unshift([domain[0], 0]);
    if (domain[1] > last) anchors.push([domain[1], length]);
    const at = interpolator(anchors);
    positionOf = (d) => at(d.start);
    ticks = slots.map((s) => ({ value: s.date.start, pos: band.get(s.key)?.center ?? 0, label: formatDate(s.date, lang) }));
  }
  const kept = thinLabelsByStride(ticks.map((t) => ({ pos: t.pos, size: labelSize(t.label) })));
  return { kind, length, domain, band, positionOf, ticks, labels: kept.map((i) => ticks[i] as Tick) };
}

/** The stretch of time an interval-dated slot covers, drawn along the panel's time edge. */
export interface SlotSpan {
  key: string;
  line: Line;
}

/**
 * On a time scale, a figure dated "1945-04-08/1946-06-06", "1815-06" or "1946" sits at the middle
 * of the time it covers; a bracket along the baseline shows the whole interval, month or year so
 * the position is not read as a day. Band scales already name the date in the slot's label, and
 * approximate or uncertain dates keep their own marks ("c.", "?"), so they get none.
 */
export function slotSpans(
  slots: readonly TimeSlot[],
  used: ReadonlySet<string>,
  axis: TimeAxis,
  frame: Rect,
  orientation: Orientation,
): SlotSpan[] {
  if (axis.kind !== 'time') return [];
  return slots.flatMap((slot) => {
    const { date } = slot;
    const spansTime = date.interval || (date.end - date.start > DAY && !date.approximate && !date.uncertain);
    if (!used.has(slot.key) || !spansTime) return [];
    const a = axis.positionOf({ start: slot.date.start, end: slot.date.start });
    const b = axis.positionOf({ start: slot.date.end, end: slot.date.end });
    const line =
      orientation === 'vertical'
        ? { x1: frame.x + a, y1: frame.y + frame.height + 3, x2: frame.x + b, y2: frame.y + frame.height + 3 }
        : { x1: frame.x - 3, y1: frame.y + a, x2: frame.x - 3, y2: frame.y + b };
    return [{ key: slot.key, line }];
  });
}

/** A dataset event to mark on the time axis. */
export interface RuleEvent {
  id: string;
  title: string;
  type: string;
  date: DateLike;
}

export interface EventRule extends RuleEvent {
  /** Position along the time axis. */
  pos: number;
  /** For interval dates, the span the event covers along the axis. */
  span?: [number, number];
  /** Centre of the label along the axis: `pos`, moved inwards so the label stays on the chart. */
  labelPos: number;
  /** Label row, or -1 when the label is dropped because it would overlap another. */
  row: number;
  /** The label as shown: the title, shortened with "…" to `maxLabelWidth`. */
  label: string;
}

export interface EventRuleOptions {
  rows?: number;
  /** Size of a label along the time axis (its width on a horizontal axis, its line height on a vertical one). */
  labelSize?: (label: string) => number;
  /** Width of a label's text, for shortening it to `maxLabelWidth`; defaults to `labelSize`. */
  labelWidth?: (label: string) => number;
  /** Widest label; on a horizontal axis, labels use the free space up to this before they are shortened. */
  maxLabelWidth?: number;
}

/**
 * Labelled vertical rules for events inside the axis' time domain, in time order, with labels in
 * `rows` rows so they never overlap. On a horizontal axis (labels run along it) a label goes
 * centred on its rule, else beside it (starting or ending at the rule), in the first row with room;
 * only when no row has room for the whole title is it shortened with "…" to the free space beside
 * its rule, and dropped when less than a few characters' room is left. The full title is always in
 * the rule's tooltip and the events table.
 */
export function eventRules(events: readonly RuleEvent[], axis: TimeAxis, options: EventRuleOptions = {}): EventRule[] {
  const size = options.labelSize ?? ((label: string) => label.length * 6.5);
  const width = options.labelWidth ?? size;
  const along = options.labelSize === undefined || options.labelSize === options.labelWidth;
  const max = options.maxLabelWidth ?? (along ? axis.length : 160);
  const [lo, hi] = axis.domain;
  const inside = events
    .filter((e) => e.date.end >= lo && e.date.start <= hi)
    .map((e, index) => ({ e, index, pos: axis.positionOf(e.date) }))
    .sort((a, b) => a.pos - b.pos || a.index - b.index);
  const labels = inside.map(({ e }) => shortenText(e.title, max, width));
  let placed: { row: number; pos: number; label: string }[];
  if (along) {
    placed = besideLabels(
      inside.map(({ e, pos }) => ({ title: e.title, pos })),
      options.rows ?? 2,
      axis.length,
      max,
      width,
    );
  } else {
    const boxes = inside.map(({ pos }, i) => {
      const half = size(labels[i] as string) / 2;
      return { pos: Math.max(half, Math.min(axis.length - half, pos)), size: half * 2 };
    });
    const rows = stackLabels(boxes, options.rows ?? 2);
    placed = boxes.map((b, i) => ({ row: rows[i] ?? -1, pos: b.pos, label: labels[i] as string }));
  }
  return inside.map(({ e, pos }, i) => {
    const where = placed[i];
    const rule: EventRule = {
      ...e,
      pos,
      labelPos: where?.pos ?? pos,
      row: where?.row ?? -1,
      label: where && where.row >= 0 ? where.label : (labels[i] as string),
    };
    if (e.date.interval) {
      const a = axis.positionOf({ start: e.date.start, end: e.date.start });
      const b = axis.positionOf({ start: e.date.end, end: e.date.end });
      if (b - a >= 1) rule.span = [a, b];
    }
    return rule;
  });
}

const RULE_GAP = 6;
/** Less room than this beside a rule and its label is dropped rather than cut to an ellipsis. */
const MIN_LABEL = 36;

/** Places labels that run along the axis: whole where a row has room centred on or beside the rule, else shortened. */
function besideLabels(
  rules: readonly { title: string; pos: number }[],
  rowCount: number,
  length: number,
  max: number,
  width: (s: string) => number,
): { row: number; pos: number; label: string }[] {
  const rowEnds: number[] = Array.from({ length: Math.max(0, rowCount) }, () => -Infinity);
  return rules.map(({ title, pos }, i) => {
    // A shortened label leaves the next rule its own place.
    const next = rules[i + 1]?.pos ?? Infinity;
    const full = width(title);
    const clampStart = (start: number) => Math.max(0, Math.min(length - full, start));
    // Centred first, then starting just after the rule, then ending just before it.
    const starts = [clampStart(pos - full / 2), clampStart(pos + 3), clampStart(pos - 3 - full)];
    if (full <= Math.min(max, length)) {
      for (let row = 0; row < rowEnds.length; row += 1) {
        const start = starts.find((s) => s >= (rowEnds[row] as number) + RULE_GAP && s <= pos + 3 && s + full >= pos - 3);
        if (start === undefined) continue;
        rowEnds[row] = start + full;
        return { row, pos: start + full / 2, label: title };
      }
    }
    // No row has room for the whole title: the row with most free space beside the rule.
    let best = { row: -1, start: 0, room: 0 };
    rowEnds.forEach((end, row) => {
      const start = Math.max(0, end + RULE_GAP, pos - max);
      if (start > pos + 3) return;
      const room = Math.min(max, length - start, next - RULE_GAP - start);
      if (room > best.room) best = { row, start, room };
    });
    if (best.row < 0 || best.room < MIN_LABEL) return { row: -1, pos, label: title };
    const label = shortenText(title, best.room, width);
    const w = width(label);
    rowEnds[best.row] = best.start + w;
    return { row: best.row, pos: best.start + w / 2, label };
  });
}
