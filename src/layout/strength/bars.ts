/**
 * From a figure to its marks: bar rectangles in either orientation, bars grouped by side within a
 * time slot, the marks and label at a bar's end, and label placement so that none overlap.
 */
import type { StrengthPoint } from '../../data/strength-series.js';
import { BoxGrid } from '../geometry.js';
import { baselineIn, figureText, lineBox, qualifierText } from './text.js';
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
  const lo = v0 <= v1 ? v0 : v1;
  const hi = v0 <= v1 ? v1 : v0;
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
  return shapeAt(t0, size, low, high, orientation, frame);
}

/** {@link barGeometry} from arguments: a chart shapes thousands of bars, and an input object each is as many objects for the collector. */
function shapeAt(t0: number, size: number, low: number, high: number, orientation: Orientation, frame: Rect): BarShape {
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
  const { size, step } = barSpacing(members.length, slot.width, gap);
  return new Map(
    sideOrder(members.map((m) => m.sideIndex)).map((k, i) => [(members[k] as GroupMember).id, { t0: start + i * step, size }]),
  );
}

/** Size of each of `n` bars sharing a slot `width` wide, and the distance from the start of one to the next (`gap` between them when there is room). */
function barSpacing(n: number, width: number, gap: number): { size: number; step: number } {
  const space = n > 1 && width - gap * (n - 1) >= n ? gap : 0;
  const size = n > 0 ? Math.max(0, (width - space * (n - 1)) / n) : 0;
  return { size, step: size + space };
}

/** The order of a slot's bars, as indices: by side index, then as given (contradicting figures of one side stay together). */
function sideOrder(sides: readonly number[]): number[] {
  const order = sides.map((_, i) => i);
  return sides.length < 2 ? order : order.sort((a, b) => (sides[a] as number) - (sides[b] as number) || a - b);
}

/** Flags a figure can carry. */
export interface MarkFlags {
  approximate: boolean;
  disputed: boolean;
  citationNeeded: boolean;
}

/** The symbols always drawn at a bar's end, whatever room there is: "~" approximate, "≠" disputed, "[?]" citation needed. */
export function barMarks({ approximate, disputed, citationNeeded }: MarkFlags): string {
  return marksOf(approximate, disputed, citationNeeded);
}

function marksOf(approximate: boolean, disputed: boolean, citationNeeded: boolean): string {
  let marks = approximate ? '~' : '';
  if (disputed) marks = marks ? `${marks} ≠` : '≠';
  if (citationNeeded) marks = marks ? `${marks} [?]` : '[?]';
  return marks;
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
  const { kind, min, max, value, qualifier, approximate, disputed, citationNeeded } = point;
  return labelText(kind === 'exact', min, max, value, qualifier, approximate, disputed, citationNeeded, lang, disputedWord);
}

/** {@link barLabel} from arguments (see {@link shapeAt}). The "~" of an approximate figure is in its marks, not its value. */
function labelText(
  exact: boolean,
  min: number,
  max: number,
  value: number,
  qualifierId: string | undefined,
  approximate: boolean,
  disputed: boolean,
  citationNeeded: boolean,
  lang: string,
  disputedWord: string,
): BarLabelText {
  const qualifier = qualifierId === 'strength' ? '' : qualifierText(qualifierId);
  const detail = qualifier && disputed ? `${qualifier} · ${disputedWord}` : qualifier || (disputed ? disputedWord : '');
  return { marks: marksOf(approximate, disputed, citationNeeded), value: figureText(exact, min, max, value, lang), detail };
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
 * Where a bar's marks and label go: stacked above the end of a vertical bar (label over marks),
 * or in one line after the end of a horizontal bar (marks first).
 */
export function barLabelBoxes(
  text: BarLabelText,
  tip: { x: number; y: number },
  orientation: Orientation,
  fontSize: number,
  measure: (s: string, weight?: number) => number,
  line: LineBox = lineBox(fontSize),
): BarLabelBoxes {
  const out: BarLabelBoxes = {};
  const marks = marksBlock(text.marks, tip, orientation, measure, line);
  if (marks) out.marks = marks;
  out.label = labelBlock(text, tip, orientation, line, marks, labelWidth(text, orientation, measure));
  return out;
}

/** A bar's marks as a block (none without marks): centred just above a vertical bar's end, or just after a horizontal one's. */
function marksBlock(
  marks: string,
  tip: { x: number; y: number },
  orientation: Orientation,
  measure: (s: string, weight?: number) => number,
  line: LineBox,
): TextBlock | undefined {
  if (!marks) return undefined;
  const lh = line.height;
  const w = measure(marks, MARKS_WEIGHT);
  if (orientation === 'vertical') {
    const bottom = tip.y - 1;
    const box = { x: tip.x - w / 2, y: bottom - lh, width: w, height: lh };
    return { x: tip.x, y: baselineIn(bottom - lh, line), anchor: 'middle', lines: [marks], box };
  }
  const boxY = tip.y - lh / 2;
  const x = tip.x + 4;
  return { x, y: baselineIn(boxY, line), anchor: 'start', lines: [marks], box: { x, y: boxY, width: w, height: lh } };
}

/** The label's lines: the subject's name, the figure and its detail, those that are not empty. */
function labelLines(text: BarLabelText): string[] {
  const lines: string[] = [];
  if (text.name) lines.push(text.name);
  if (text.value) lines.push(text.value);
  if (text.detail) lines.push(text.detail);
  return lines;
}

/** How many lines a label has (see {@link labelLines}). */
function lineCount(text: BarLabelText): number {
  return (text.name ? 1 : 0) + (text.value ? 1 : 0) + (text.detail ? 1 : 0);
}

/** The width of a bar's label: its widest line, stacked over a vertical bar; its lines joined, after a horizontal one. */
function labelWidth(text: BarLabelText, orientation: Orientation, measure: (s: string, weight?: number) => number): number {
  if (orientation !== 'vertical') return measure(labelLines(text).join(' '));
  let w = 0;
  if (text.name) w = Math.max(w, measure(text.name));
  if (text.value) w = Math.max(w, measure(text.value));
  if (text.detail) w = Math.max(w, measure(text.detail));
  return w;
}

/**
 * The box of a bar's label `width` wide, written into `into`: stacked above the marks of a
 * vertical bar, or after those of a horizontal one, on one line. At width 0 it is the column at
 * the label's anchor (vertical: its centre line; horizontal: its start), which the label's box
 * holds whatever its width: a column that meets a kept box dooms the label before it is measured.
 */
function labelBox(
  text: BarLabelText,
  tip: { x: number; y: number },
  orientation: Orientation,
  line: LineBox,
  marks: TextBlock | undefined,
  width: number,
  into: Rect,
): Rect {
  const lh = line.height;
  into.width = width;
  if (orientation === 'vertical') {
    // Lines take slots of the font's line height, stacked up from just above the tip (and the marks).
    let bottom = tip.y - 1;
    if (marks) bottom -= lh;
    const count = lineCount(text);
    into.x = tip.x - width / 2;
    into.y = bottom - count * lh;
    into.height = count * lh;
  } else {
    let x = tip.x + 4;
    if (marks) x += marks.box.width + 4;
    into.x = x;
    into.y = tip.y - lh / 2;
    into.height = lh;
  }
  return into;
}

/** A bar's label `width` wide, as a block (see {@link labelBox}). */
function labelBlock(
  text: BarLabelText,
  tip: { x: number; y: number },
  orientation: Orientation,
  line: LineBox,
  marks: TextBlock | undefined,
  width: number,
): TextBlock {
  const box = labelBox(text, tip, orientation, line, marks, width, { x: 0, y: 0, width: 0, height: 0 });
  const lines = labelLines(text);
  if (orientation === 'vertical') return { x: tip.x, y: baselineIn(box.y, line), anchor: 'middle', lines, box, lineHeight: line.height };
  return { x: box.x, y: baselineIn(box.y, line), anchor: 'start', lines: [lines.join(' ')], box };
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
 * Boxes that must not overlap, kept one by one within `bounds`: bars and required marks are kept
 * whatever they meet, other marks and labels only when they fit. A grid of cells keeps it
 * near-linear for thousands of bars.
 */
export class LabelPlacement {
  private readonly kept = new BoxGrid(CELL_W, CELL_H);

  constructor(private readonly bounds: Rect) {}

  /** Keeps `box` whatever it meets (bars, required marks). */
  keep(box: Rect): void {
    this.kept.add(box);
  }

  /** Whether `box` meets a kept box. */
  blocked(box: Rect): boolean {
    return this.kept.overlaps(box);
  }

  /** Whether `box` lies within the bounds. */
  fits(box: Rect): boolean {
    return inside(box, this.bounds);
  }

  /** Keeps `box` if it lies within the bounds and clears every kept box; says whether it did. */
  place(box: Rect): boolean {
    if (!inside(box, this.bounds) || this.kept.overlaps(box)) return false;
    this.kept.add(box);
    return true;
  }
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

/**
 * One figure as a bar: its shape, its text and its always-shown marks. Its label is laid out by
 * {@link placeBarLabels}, and only when there is room: in a crowded chart most never are.
 */
export function planBar(d: Drawable<StrengthPoint>, input: BarContextInput): BarLayout {
  const { band, scale, frame, orientation } = input;
  const p = d.point;
  const shape = shapeAt(band.t0, band.size, scale.map(d.clamped ? 0 : d.low), scale.map(d.high), orientation, frame);
  const disputed = p.disputedWith.length > 0;
  const citationNeeded = p.observation.citationNeeded === true;
  const qualifier = p.observation.qualifier;
  const text = labelText(
    p.kind === 'exact',
    p.min,
    p.max,
    p.value,
    qualifier,
    p.kind === 'approximate',
    disputed,
    citationNeeded,
    input.lang,
    input.disputedWord,
  );
  if (input.name) text.name = input.name;
  if (input.key) text.marks = text.marks ? `${input.key} ${text.marks}` : input.key;
  if (input.dateNote) text.detail = text.detail ? `${text.detail} ${input.dateNote}` : input.dateNote;
  const marks = marksBlock(text.marks, shape.tip, orientation, input.measure, input.line ?? lineBox(input.fontSize));
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
  if (marks) bar.marks = marks;
  return bar;
}

/** How bar labels are set: what {@link placeBarLabels} needs to lay out the labels that fit. */
export interface LabelSetting {
  orientation: Orientation;
  /** Width of a text at the chart's size; `weight` for bold text (default 400). */
  measure: (text: string, weight?: number) => number;
  line: LineBox;
}

/**
 * Gives bars the labels that fit so that none overlap: bars are obstacles, then marks (kept as
 * text when they clear the bars, else a dot; never dropped when they carry a subject key), then
 * labels, each measured only when the column it starts from is clear.
 * Bars are changed in place, and only by what they gain: a deleted property would turn thousands
 * of them into slow dictionary objects.
 */
export function placeBarLabels(bars: readonly BarLayout[], bounds: Rect, setting: LabelSetting): void {
  const placement = new LabelPlacement(bounds);
  // Indexed loops: this runs once per chart, before the engine optimises it, and an unoptimised
  // for…of makes an iterator result per bar.
  for (let i = 0; i < bars.length; i += 1) {
    const shape = (bars[i] as BarLayout).shape;
    placement.keep(shape.solid);
    if (shape.extension) placement.keep(shape.extension);
  }
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i] as BarLayout;
    if (bar.marks && bar.key !== undefined) placement.keep(bar.marks.box);
  }
  const compact: BarLayout[] = [];
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i] as BarLayout;
    if (bar.marks && bar.key === undefined && !placement.place(bar.marks.box)) compact.push(bar);
  }
  const { orientation, measure, line } = setting;
  // One box reused for every label tried: most never fit, and are never more than this.
  const box = { x: 0, y: 0, width: 0, height: 0 };
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i] as BarLayout;
    const { text, marks } = bar;
    const tip = bar.shape.tip;
    labelBox(text, tip, orientation, line, marks, 0, box);
    if (!placement.fits(box) || placement.blocked(box)) continue;
    const width = labelWidth(text, orientation, measure);
    labelBox(text, tip, orientation, line, marks, width, box);
    if (!placement.fits(box) || placement.blocked(box)) continue;
    const label = labelBlock(text, tip, orientation, line, marks, width);
    placement.keep(label.box);
    bar.label = label;
  }
  for (let i = 0; i < compact.length; i += 1) (compact[i] as BarLayout).compactMarks = true;
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
  for (let i = 0; i < input.drawn.length; i += 1) {
    const d = input.drawn[i] as Drawable<StrengthPoint>;
    const key = slotOf.get(d.point.id) ?? d.point.date.text;
    const list = bySlot.get(key);
    if (list) list.push(d);
    else bySlot.set(key, [d]);
  }
  const bars: BarLayout[] = [];
  const line = input.line ?? lineBox(input.fontSize);
  const measure = marksOnce(input.measure);
  // One context per panel and one band, changed per bar: a copy per bar is thousands of objects for the collector.
  const band = { t0: 0, size: 0 };
  const context: BarContextInput = { ...input, slot: '', sideIndex: 0, band, measure, line };
  const plan = (d: Drawable<StrengthPoint>, t0: number, sideIndex: number) => {
    const who = input.subjectText?.(d.point);
    band.t0 = t0;
    context.sideIndex = sideIndex;
    context.name = who?.name;
    context.key = who?.key;
    bars.push(planBar(d, context));
  };
  // The slots in axis order; Map.forEach makes no iterator result per slot, as an unoptimised for…of does.
  axis.band.forEach((slot, key) => {
    const members = bySlot.get(key);
    if (!members) return;
    const start = slot.center - slot.width / 2;
    const { size, step } = barSpacing(members.length, slot.width, 1);
    band.size = size;
    context.slot = key;
    // Most slots of a crowded chart hold one figure: no sides to sort.
    if (members.length === 1) {
      const d = members[0] as Drawable<StrengthPoint>;
      plan(d, start, input.sideIndexOf(d.point));
      return;
    }
    const sides = members.map((d) => input.sideIndexOf(d.point));
    const order = sideOrder(sides);
    for (let i = 0; i < order.length; i += 1) {
      const k = order[i] as number;
      plan(members[k] as Drawable<StrengthPoint>, start + i * step, sides[k] as number);
    }
  });
  // Labels may reach a little beyond the plot's sides, not into the panel's title above it.
  placeBarLabels(
    bars,
    { x: frame.x - 8, y: frame.y - 2, width: frame.width + 16, height: frame.height + 2 },
    { orientation: input.orientation, measure, line },
  );
  return bars;
}
