/**
 * From a figure to its marks: bar rectangles in either orientation, bars grouped by side within a
 * time slot, the marks and label at a bar's end, and label placement so that none overlap.
 */
import type { StrengthPoint } from '../../data/strength-series.js';
import { BoxGrid } from '../geometry.js';
import { baselineIn, lineBox, qualifierText, valueText } from './text.js';
import type { LineBox, ValueLike } from './text.js';
import type { TimeAxis } from './time-axis.js';
import type { Orientation, Rect } from './types.js';
import type { Drawable, ValueScale } from './value-scale.js';

/**
 * A box given along the time axis (`t0`, `size`) and the value axis (`v0` to `v1`, distances from
 * the baseline) inside a plot `frame`, in chart pixels. Vertical charts grow bars upwards from the
 * frame's bottom; horizontal ones rightwards from its left.
 */
export function orientRect(orientation: Orientation, frame: Rect, t0: number, size: number, v0: number, v1: number): Rect {
  const [lo, hi] = v0 <= v1 ? [v0, v1] : [v1, v0];
  if (orientation === 'horizontal') return { x: frame.x + lo, y: frame.y + t0, width: hi - lo, height: size };
  return { x: frame.x + t0, y: frame.y + frame.height - hi, width: size, height: hi - lo };
}

/** The drawn shape of one figure. */
export interface BarShape {
  /** Baseline to the exact value, or to the low end of a range. */
  solid: Rect;
  /** Low end to high end of a range (drawn hatched and lighter). */
  extension?: Rect;
  /** A line across the bar at the high end of a range, so the end is exact. */
  cap?: { x1: number; y1: number; x2: number; y2: number };
  /** The point just beyond the bar's end where its marks and label start. */
  tip: { x: number; y: number };
}

export interface BarGeometryInput {
  /** Start and size of the bar along the time axis, within the plot. */
  t0: number;
  size: number;
  /** Distances from the baseline of the low and high ends (equal for exact values). */
  low: number;
  high: number;
  orientation: Orientation;
  frame: Rect;
}

/**
 * Geometry of one bar: exact values are a single solid bar; ranges are a solid bar to the low end
 * plus an extension to the high end with a cap, so both ends sit at their scale positions.
 */
export function barGeometry({ t0, size, low, high, orientation, frame }: BarGeometryInput): BarShape {
  const solid = orientRect(orientation, frame, t0, size, 0, low);
  const vertical = orientation === 'vertical';
  const centre = t0 + size / 2;
  const tip = vertical ? { x: frame.x + centre, y: frame.y + frame.height - high } : { x: frame.x + high, y: frame.y + centre };
  if (high <= low) return { solid, tip };
  const extension = orientRect(orientation, frame, t0, size, low, high);
  const cap = vertical
    ? { x1: extension.x, y1: extension.y, x2: extension.x + extension.width, y2: extension.y }
    : { x1: extension.x + extension.width, y1: extension.y, x2: extension.x + extension.width, y2: extension.y + extension.height };
  return { solid, extension, cap, tip };
}

/** A bar to place inside a slot. */
export interface GroupMember {
  id: string;
  /** Index of the bar's side in the legend; bars are grouped by it. */
  sideIndex: number;
}

/** Start (relative to the plot) and size of each bar along the time axis. */
export type BarBands = Map<string, { t0: number; size: number }>;

/**
 * Splits a slot among its bars, grouped by side (side order first, then the given order, so
 * contradicting figures of one side stay next to each other), with `gap` pixels between bars.
 */
export function groupBars(members: readonly GroupMember[], slot: { center: number; width: number }, gap = 1): BarBands {
  const start = slot.center - slot.width / 2;
  // Most slots of a crowded chart hold one figure: it takes the whole slot, with no sorting to do.
  const only = members.length === 1 ? members[0] : undefined;
  if (only) return new Map([[only.id, { t0: start, size: Math.max(0, slot.width) }]]);
  const ordered = members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => a.member.sideIndex - b.member.sideIndex || a.index - b.index);
  const n = ordered.length;
  const space = n > 1 && slot.width - gap * (n - 1) >= n ? gap : 0;
  const size = n > 0 ? Math.max(0, (slot.width - space * (n - 1)) / n) : 0;
  return new Map(ordered.map(({ member }, i) => [member.id, { t0: start + i * (size + space), size }]));
}

/** Flags a figure can carry. */
export interface MarkFlags {
  approximate: boolean;
  disputed: boolean;
  citationNeeded: boolean;
}

/** The symbols always drawn at a bar's end, whatever room there is: "~" approximate, "≠" disputed, "[?]" citation needed. */
export function barMarks({ approximate, disputed, citationNeeded }: MarkFlags): string {
  if (!approximate && !disputed && !citationNeeded) return '';
  return [approximate ? '~' : '', disputed ? '≠' : '', citationNeeded ? '[?]' : ''].filter(Boolean).join(' ');
}

export interface BarLabelInput extends ValueLike, MarkFlags {
  qualifier?: string | undefined;
}

/** The text drawn at a bar's end. */
export interface BarLabelText {
  /** Always shown: see {@link barMarks}. */
  marks: string;
  /** The figure, e.g. "25,000–30,000" (the "~" of approximate figures is in `marks`). */
  value: string;
  /** The qualifier and the dispute flag, e.g. "enlisted · disputed"; empty for plain strength. */
  detail: string;
  /** Whose figure it is, when the chart names subjects in the labels (drawn first). */
  name?: string;
}

/** Text of a bar's label; shown when it fits, while marks are always shown. */
export function barLabel(point: BarLabelInput, lang = '', disputedWord = 'disputed'): BarLabelText {
  const plain = point.kind === 'approximate' ? { kind: 'range' as const, min: point.min, max: point.max, value: point.value } : point;
  const qualifier = point.qualifier === 'strength' ? '' : qualifierText(point.qualifier);
  const detail = qualifier && point.disputed ? `${qualifier} · ${disputedWord}` : qualifier || (point.disputed ? disputedWord : '');
  return { marks: barMarks(point), value: valueText(plain, lang), detail };
}

/** A run of text to draw: lines top to bottom, anchored at `x`, first baseline at `y`. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  box: Rect;
  /** Distance between the baselines of `lines`, when there are several. */
  lineHeight?: number;
}

export interface BarLabelBoxes {
  marks?: TextBlock;
  label?: TextBlock;
}

/** Marks are set bold (see the element's styles): measured so. */
const MARKS_WEIGHT = 700;

/**
 * The measurement that completes the box of a label laid out without its width (see
 * {@link measuredBox}), kept on the block under a symbol: JSON and copies do not see it, and unlike
 * a WeakMap entry per label it costs the collector nothing extra.
 */
const WIDEN = Symbol('widen');
type Pending = TextBlock & { [WIDEN]?: (() => void) | undefined };

/** A label's box, measured now if its width was left for later (`barLabelBoxes(…, lazy)`). */
export function measuredBox(block: TextBlock): Rect {
  const pending = block as Pending;
  const widen = pending[WIDEN];
  if (widen) {
    delete pending[WIDEN];
    widen();
  }
  return block.box;
}

/**
 * Where a bar's marks and label go: stacked above the end of a vertical bar (label over marks),
 * or in one line after the end of a horizontal bar (marks first). With `lazy`, the label's width
 * is measured only when {@link measuredBox} asks: until then its box is the column it starts at
 * (vertical: its centre), which is all a crowded chart needs to see that most labels cannot go in.
 */
export function barLabelBoxes(
  text: BarLabelText,
  tip: { x: number; y: number },
  orientation: Orientation,
  fontSize: number,
  measure: (s: string, weight?: number) => number,
  line: LineBox = lineBox(fontSize),
  lazy = false,
): BarLabelBoxes {
  const lh = line.height;
  const out: BarLabelBoxes = {};
  const labelLines = [text.name ?? '', text.value, text.detail].filter(Boolean);
  const later = (block: TextBlock, widen: () => void) => {
    if (lazy) (block as Pending)[WIDEN] = widen;
    else widen();
    return block;
  };
  if (orientation === 'vertical') {
    // Lines take slots of the font's line height, stacked up from just above the tip.
    let bottom = tip.y - 1;
    if (text.marks) {
      const w = measure(text.marks, MARKS_WEIGHT);
      const box = { x: tip.x - w / 2, y: bottom - lh, width: w, height: lh };
      out.marks = { x: tip.x, y: baselineIn(bottom - lh, line), anchor: 'middle', lines: [text.marks], box };
      bottom -= lh;
    }
    const top = bottom - labelLines.length * lh;
    const box = { x: tip.x, y: top, width: 0, height: labelLines.length * lh };
    const block: TextBlock = { x: tip.x, y: baselineIn(top, line), anchor: 'middle', lines: labelLines, box, lineHeight: lh };
    out.label = later(block, () => {
      let w = 0;
      for (const l of labelLines) w = Math.max(w, measure(l));
      box.x = tip.x - w / 2;
      box.width = w;
    });
    return out;
  }
  const boxY = tip.y - lh / 2;
  const baseline = baselineIn(boxY, line);
  let x = tip.x + 4;
  if (text.marks) {
    const w = measure(text.marks, MARKS_WEIGHT);
    out.marks = { x, y: baseline, anchor: 'start', lines: [text.marks], box: { x, y: boxY, width: w, height: lh } };
    x += w + 4;
  }
  const joined = labelLines.join(' ');
  const box = { x, y: boxY, width: 0, height: lh };
  out.label = later({ x, y: baseline, anchor: 'start', lines: [joined], box }, () => {
    box.width = measure(joined);
  });
  return out;
}

/** A label box; `required` boxes (e.g. citation-needed marks) are always kept. */
export interface LabelCandidate {
  box: Rect;
  required?: boolean;
  /**
   * Completes a box not fully known yet, of which \`box\` is a part: a candidate whose part
   * already meets a kept box is dropped without it.
   */
  complete?: () => Rect;
}

// Grid cells narrower than tall: bars are thin and tall, labels short and wide, so a label's cells
// hold the few bars around it rather than a whole stretch of the axis.
const CELL_W = 8;
const CELL_H = 48;

function inside(box: Rect, bounds: Rect): boolean {
  return (
    box.x >= bounds.x - 0.5 &&
    box.y >= bounds.y - 0.5 &&
    box.x + box.width <= bounds.x + bounds.width + 0.5 &&
    box.y + box.height <= bounds.y + bounds.height + 0.5
  );
}

/**
 * Which labels to show so that no two overlap: required boxes first, then the others in order,
 * each kept only if it lies within `bounds` and clears every kept box. A grid of cells keeps this
 * near-linear for thousands of bars.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Rect): boolean[] {
  const kept = new BoxGrid(CELL_W, CELL_H);
  const shown = new Array<boolean>(candidates.length).fill(false);
  candidates.forEach((c, i) => {
    if (c.required) {
      kept.add(c.box);
      shown[i] = true;
    }
  });
  candidates.forEach((c, i) => {
    if (c.required || (c.complete && kept.overlaps(c.box))) return;
    const box = c.complete ? c.complete() : c.box;
    if (!inside(box, bounds) || kept.overlaps(box)) return;
    kept.add(box);
    shown[i] = true;
  });
  return shown;
}

/** One drawn figure. */
export interface BarLayout {
  id: string;
  point: StrengthPoint;
  panel: number;
  slot: string;
  sideIndex: number;
  shape: BarShape;
  /** `min` was zero on a log scale: the bar starts at the axis. */
  clamped: boolean;
  disputed: boolean;
  citationNeeded: boolean;
  text: BarLabelText;
  marks?: TextBlock;
  /** The marks did not fit as text (a crowded chart): draw a dot at the bar's end instead. */
  compactMarks?: boolean;
  /** The subject's key (A, B…) when the chart names subjects through a legend; it leads the marks. */
  key?: string;
  /** The label, when it fits without overlapping another. */
  label?: TextBlock;
}

export interface PlanBarsInput {
  panel: number;
  drawn: readonly Drawable<StrengthPoint>[];
  scale: ValueScale;
  frame: Rect;
  orientation: Orientation;
  axis: TimeAxis;
  slotOf: ReadonlyMap<string, string>;
  sideIndexOf: (point: StrengthPoint) => number;
  lang: string;
  fontSize: number;
  /** Width of a text at the chart's size; `weight` for bold text (default 400). */
  measure: (text: string, weight?: number) => number;
  /** The line box of labels (from the measured font); defaults to the estimate of {@link lineBox}. */
  line?: LineBox | undefined;
  disputedWord: string;
  /** How bars name their subject: in the label (`name`), as a key in the marks (`key`, never dropped), or not at all. */
  subjectText?: (point: StrengthPoint) => { name?: string; key?: string };
}

/** What one bar needs besides its figure. */
export interface BarContextInput {
  panel: number;
  slot: string;
  sideIndex: number;
  band: { t0: number; size: number };
  scale: ValueScale;
  frame: Rect;
  orientation: Orientation;
  lang: string;
  fontSize: number;
  /** Width of a text at the chart's size; `weight` for bold text (default 400). */
  measure: (text: string, weight?: number) => number;
  /** The line box of labels (from the measured font); defaults to the estimate of {@link lineBox}. */
  line?: LineBox | undefined;
  disputedWord: string;
  /** Extra label text: the subject's name (first line) or key (with the marks), the figure's own date (last). */
  name?: string | undefined;
  key?: string | undefined;
  dateNote?: string | undefined;
}

/** One figure as a bar: its shape, its always-shown marks and its label (before placement). */
export function planBar(d: Drawable<StrengthPoint>, input: BarContextInput): BarLayout {
  const { band, scale, frame, orientation } = input;
  const p = d.point;
  const shape = barGeometry({
    t0: band.t0,
    size: band.size,
    low: scale.map(d.clamped ? 0 : d.low),
    high: scale.map(d.high),
    orientation,
    frame,
  });
  const disputed = p.disputedWith.length > 0;
  const citationNeeded = p.observation.citationNeeded === true;
  const flags = { approximate: p.kind === 'approximate', disputed, citationNeeded };
  const text = barLabel(
    { kind: p.kind, min: p.min, max: p.max, value: p.value, qualifier: p.observation.qualifier, ...flags },
    input.lang,
    input.disputedWord,
  );
  if (input.name) text.name = input.name;
  if (input.key) text.marks = [input.key, text.marks].filter(Boolean).join(' ');
  if (input.dateNote) text.detail = [text.detail, input.dateNote].filter(Boolean).join(' ');
  // Label widths wait for placement: in a crowded chart most labels are dropped unmeasured.
  const boxes = barLabelBoxes(text, shape.tip, orientation, input.fontSize, input.measure, input.line, true);
  const bar: BarLayout = {
    id: p.id,
    point: p,
    panel: input.panel,
    slot: input.slot,
    sideIndex: input.sideIndex,
    shape,
    clamped: d.clamped,
    disputed,
    citationNeeded,
    text,
  };
  if (input.key) bar.key = input.key;
  if (boxes.marks) bar.marks = boxes.marks;
  if (boxes.label) bar.label = boxes.label;
  return bar;
}

/**
 * Thins labels so none overlap: bars are obstacles, then marks (kept as text when they clear the
 * bars, else a dot; never dropped when they carry a subject key), then labels.
 */
export function placeBarLabels(bars: readonly BarLayout[], bounds: Rect): void {
  const candidates: (LabelCandidate & { bar: BarLayout; kind: 'bar' | 'marks' | 'label' })[] = [];
  for (const bar of bars) {
    candidates.push({ box: bar.shape.solid, required: true, bar, kind: 'bar' });
    if (bar.shape.extension) candidates.push({ box: bar.shape.extension, required: true, bar, kind: 'bar' });
  }
  for (const bar of bars) if (bar.marks) candidates.push({ box: bar.marks.box, required: bar.key !== undefined, bar, kind: 'marks' });
  for (const bar of bars) {
    const label = bar.label;
    if (label) candidates.push({ box: label.box, complete: () => measuredBox(label), bar, kind: 'label' });
  }
  const shown = placeLabels(candidates, bounds);
  candidates.forEach((c, i) => {
    if (shown[i]) return;
    if (c.kind === 'label') delete c.bar.label;
    if (c.kind === 'marks') c.bar.compactMarks = true;
  });
}

/** `measure`, remembering the widths of bold text: a chart's marks are a handful of strings ("~", "≠ [?]"…) on thousands of bars. */
export function marksOnce(measure: (text: string, weight?: number) => number): (text: string, weight?: number) => number {
  const bold = new Map<string, number>();
  return (text, weight) => {
    if (weight !== MARKS_WEIGHT) return measure(text, weight);
    let width = bold.get(text);
    if (width === undefined) bold.set(text, (width = measure(text, weight)));
    return width;
  };
}

/** The bars of one panel in reading order (time, then side), with labels thinned so none overlap. */
export function planBars(input: PlanBarsInput): BarLayout[] {
  const { axis, slotOf, frame } = input;
  const bySlot = new Map<string, Drawable<StrengthPoint>[]>();
  for (const d of input.drawn) {
    const key = slotOf.get(d.point.id) ?? d.point.date.text;
    const list = bySlot.get(key);
    if (list) list.push(d);
    else bySlot.set(key, [d]);
  }
  const bars: BarLayout[] = [];
  // One context per panel, changed per bar: a copy of the input per bar is thousands of objects for the collector.
  const context: BarContextInput = { ...input, slot: '', sideIndex: 0, band: { t0: 0, size: 0 }, measure: marksOnce(input.measure) };
  for (const key of axis.band.keys()) {
    const members = bySlot.get(key);
    const slot = axis.band.get(key);
    if (!members || !slot) continue;
    const sides = members.map((d) => input.sideIndexOf(d.point));
    const bands = groupBars(
      members.map((d, i) => ({ id: d.point.id, sideIndex: sides[i] ?? 0 })),
      slot,
    );
    const byId = members.length === 1 ? undefined : new Map(members.map((d, i) => [d.point.id, i]));
    for (const [id, band] of bands) {
      const i = byId?.get(id) ?? 0;
      const d = members[i] as Drawable<StrengthPoint>;
      const who = input.subjectText?.(d.point);
      context.slot = key;
      context.sideIndex = sides[i] ?? 0;
      context.band = band;
      context.name = who?.name;
      context.key = who?.key;
      bars.push(planBar(d, context));
    }
  }
  // Labels may reach a little beyond the plot's sides, not into the panel's title above it.
  placeBarLabels(bars, { x: frame.x - 8, y: frame.y - 2, width: frame.width + 16, height: frame.height + 2 });
  return bars;
}
