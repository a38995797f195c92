import { stackLabels } from './stack-labels.js';
import type { TimeAxis } from './time-axis.js';
import type { DateLike } from './types.js';

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
  maxLabelWidth?: number;
}

function shorten(title: string, max: number, size: (s: string) => number): string {
  if (size(title) <= max) return title;
  let text = title;
  while (text.length > 1 && size(`${text}…`) > max) text = text.slice(0, -1);
  return `${text.trimEnd()}…`;
}

/**
 * Labelled vertical rules for events inside the axis' time domain, in time order, with labels
 * stacked into `rows` rows so they never overlap.
 */
export function eventRules(events: readonly RuleEvent[], axis: TimeAxis, options: EventRuleOptions = {}): EventRule[] {
  const size = options.labelSize ?? ((label: string) => label.length * 6.5);
  const width = options.labelWidth ?? size;
  const max = options.maxLabelWidth ?? 160;
  const [lo, hi] = axis.domain;
  const inside = events
    .filter((e) => e.date.end >= lo && e.date.start <= hi)
    .map((e, index) => ({ e, index, pos: axis.positionOf(e.date) }))
    .sort((a, b) => a.pos - b.pos || a.index - b.index);
  const labels = inside.map(({ e }) => shorten(e.title, max, width));
  const placed = inside.map(({ pos }, i) => {
    const half = size(labels[i] as string) / 2;
    return { pos: Math.max(half, Math.min(axis.length - half, pos)), size: half * 2 };
  });
  const rows = stackLabels(placed, options.rows ?? 2);
  return inside.map(({ e, pos }, i) => {
    const labelPos = placed[i]?.pos ?? pos;
    const rule: EventRule = { ...e, pos, labelPos, row: rows[i] ?? -1, label: labels[i] as string };
    if (e.date.interval) {
      const a = axis.positionOf({ start: e.date.start, end: e.date.start });
      const b = axis.positionOf({ start: e.date.end, end: e.date.end });
      if (b - a >= 1) rule.span = [a, b];
    }
    return rule;
  });
}
