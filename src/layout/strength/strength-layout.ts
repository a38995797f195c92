/**
 * The whole strength chart in pixels: panels (one per measure) with their furniture, sharing one
 * time axis, plus legend, event rules and time labels. The entry point of this folder.
 */
import type { StrengthPoint } from '../../data/strength-series.js';
import { rectsOverlap } from '../geometry.js';
import { textWidth } from '../text.js';
import { planBars } from './bars.js';
import type { BarLayout } from './bars.js';
import { ENGLISH_LEGEND_WORDS, legendItems, legendLayout } from './legend.js';
import type { LegendItem, LegendLayout, LegendWords } from './legend.js';
import type { SubjectInfo } from './select.js';
import { subjectLayout } from './snapshot.js';
import type { ScaleWords } from './snapshot.js';
import { baselineIn, echelonText, lineBox, subjectKey } from './text.js';
import type { LineExtent } from './text.js';
import { eventRules, slotSpans, timeAxis, timeSlots } from './time-axis.js';
import type { EventRule, RuleEvent, SlotSpan, TimeAxis } from './time-axis.js';
import type { DateLike, Line, Orientation, Rect, TimeScaleKind, ValueScaleType } from './types.js';
import { panelDecor, usablePoints, valueScale } from './value-scale.js';
import type { Drawable, PanelDecor, UsablePoints, ValueScale } from './value-scale.js';

/** Width of `text` at `fontSize` px and `weight` (400 when not given). */
export type TextWidth = (text: string, fontSize: number, weight?: number) => number;

export interface StrengthLayoutOptions {
  width: number;
  orientation?: Orientation;
  /** `auto`: linear on a time axis; in the by-unit view, the 20× rule of {@link subjectLayout}. */
  scale?: ValueScaleType | 'auto';
  /** `time` (default): bars along a time axis; `subject`: one bar per unit at a snapshot date. */
  group?: 'time' | 'subject';
  /** Who each subject is (name in the chart's language, echelon, hierarchy order). */
  subjects?: ReadonlyMap<string, SubjectInfo>;
  /** The by-unit view's date; figures dated otherwise say their own date. */
  snapshot?: DateLike | undefined;
  scaleWords?: ScaleWords;
  /**
   * Width of `text` at `fontSize` px. Defaults to the shared estimate (pure, for servers and
   * tests); an element passes the real measure of its font so that nothing overlaps in any font.
   */
  textWidth?: TextWidth;
  /**
   * How far a line at `fontSize` px reaches above and below its baseline (the font's line box).
   * Stacked labels are spaced by it (Noto Sans reaches 1.07 em up and 0.29 down, more than the
   * `fontSize + 2` px of the default estimate).
   */
  textExtent?: (fontSize: number) => LineExtent;
  timeScale?: TimeScaleKind | 'auto';
  /** Panel order; defaults to the measures of `points` in first-seen order. */
  measures?: readonly string[];
  measureLabel?: (measure: string) => string;
  /** Side ids in legend order; a side's position picks its colour and pattern. */
  sideOrder?: readonly string[];
  sideLabel?: (side: string) => string;
  events?: readonly RuleEvent[];
  /** Time span to show (e.g. the `from`/`to` filter); defaults to the figures' extent. */
  domain?: [number, number];
  lang?: string;
  fontSize?: number;
  /** Height of each panel's plot in vertical charts. */
  panelHeight?: number;
  words?: LegendWords;
}

/** A unit's name at the start of its row in the by-unit view, after its echelon amplifier. */
export interface RowLabel {
  subject: string;
  x: number;
  y: number;
  /** The echelon amplifier in text ("XX"), drawn at `x`; empty when unknown. */
  mark: string;
  nameX: number;
  /** The name as drawn (shortened with "…" only when even a line of its own is too narrow). */
  text: string;
  full: string;
  depth: number;
}

export interface PanelLayout extends PanelDecor {
  measure: string;
  title: string;
  frame: Rect;
  scale: ValueScale;
  bars: BarLayout[];
  /** Interval dates on a time scale, as lines along the baseline. */
  spans: SlotSpan[];
  /** The by-unit view's row names; empty on a time axis. */
  rows: RowLabel[];
  invalid: string[];
  zeroOnLog: string[];
  clamped: string[];
}

export interface RuleLayout extends EventRule {
  line: Line;
  text?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  spanRect?: Rect;
}

export interface StrengthLayout {
  width: number;
  height: number;
  orientation: Orientation;
  group: 'time' | 'subject';
  /** The shared time axis (none in the by-unit view). */
  axis: TimeAxis | undefined;
  panels: PanelLayout[];
  /** Every bar in keyboard order: panel by panel, then time, then side. */
  bars: BarLayout[];
  timeLabels: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; label: string }[];
  timeTicks: Line[];
  rules: RuleLayout[];
  legend: LegendLayout & { x: number; y: number };
  /** On a time axis with several units per side: the key of each unit (A, B…) when names do not fit on the bars. */
  subjectLegend?: LegendLayout & { x: number; y: number };
  /** A line or two above the panels saying what they show (the by-unit view's snapshot). */
  caption?: { x: number; y: number; lines: string[]; lineHeight: number };
  /** More units than keys: bars are named in their tooltips and the table only. */
  unnamed?: number;
  sides: { id: string; index: number; label: string }[];
}

/** Most units a time chart names by key (A…Z, AA…AZ); beyond it the by-unit view reads better. */
export const MAX_SUBJECT_KEYS = 52;

/**
 * The whole strength chart, in pixels: one panel per measure (small multiples sharing the time
 * axis), grouped bars per side, event rules, legend, ticks and labels that never overlap.
 */
export function strengthLayout(points: readonly StrengthPoint[], options: StrengthLayoutOptions): StrengthLayout {
  const fs = options.fontSize ?? 12;
  const lh = fs + 2;
  const widthOf: TextWidth = options.textWidth ?? textWidth;
  const measure = (s: string, weight?: number) => widthOf(s, fs, weight);
  // Rule labels are set a size smaller than bar labels (see the element's styles).
  const ruleMeasure = (s: string) => widthOf(s, fs - 1);
  // Labels stack by the measured font's line box; rows of rule labels keep a pixel between them.
  const line = lineBox(fs, options.textExtent);
  const ruleText = lineBox(fs - 1, options.textExtent);
  const ruleLine = Math.max(lh, ruleText.height + 1);
  const orientation = options.orientation ?? 'vertical';
  const vertical = orientation === 'vertical';
  const type: ValueScaleType = options.scale === 'log' ? 'log' : 'linear';
  const lang = options.lang ?? '';
  const width = Math.max(160, options.width);
  const sideOrder = options.sideOrder ?? [];
  const sideIndex = (side: string | undefined) => {
    const i = side === undefined ? -1 : sideOrder.indexOf(side);
    return i >= 0 ? i : sideOrder.length;
  };
  const sideIndexOf = (p: StrengthPoint) => sideIndex(p.side);
  const measures = options.measures ?? [...new Set(points.map((p) => p.measure))];
  // The figures of each measure in one pass (a filter per measure walks every figure each time).
  const byMeasure = new Map<string, StrengthPoint[]>(measures.map((m) => [m, []]));
  // Indexed loops over figures: a first paint runs them unoptimised, where for…of makes an iterator result per figure.
  for (let i = 0; i < points.length; i += 1) byMeasure.get((points[i] as StrengthPoint).measure)?.push(points[i] as StrengthPoint);
  const usable: UsablePoints<StrengthPoint>[] = measures.map((m) => usablePoints(byMeasure.get(m) ?? [], type));
  const drawnIds = new Set<string>();
  for (const u of usable) for (let i = 0; i < u.drawn.length; i += 1) drawnIds.add((u.drawn[i] as Drawable<StrengthPoint>).point.id);
  const drawn = points.filter((p) => drawnIds.has(p.id));
  // Sides and legend come first: the legend's height moves everything below it.
  const sideIds = [...new Set(drawn.map((p) => p.side ?? ''))];
  const sides = sideIds
    .map((id) => ({ id, index: sideIndex(id || undefined), label: id ? (options.sideLabel?.(id) ?? id) : '—' }))
    .sort((a, b) => a.index - b.index);
  const items = legendItems(
    {
      sides,
      range: drawn.some((p) => p.max > p.min),
      approximate: drawn.some((p) => p.kind === 'approximate'),
      disputed: drawn.some((p) => p.disputedWith.length > 0),
      citationNeeded: drawn.some((p) => p.observation.citationNeeded === true),
    },
    options.words ?? ENGLISH_LEGEND_WORDS,
  );
  // Legend rows are 20 px apart, or more for a font that reaches further.
  const rowHeight = Math.max(20, line.height + 3);
  const legend = { ...legendLayout(items, { width: width - 8, labelSize: measure, rowHeight }), x: 4, y: 4 };
  const top0 = legend.y + legend.height + (legend.height > 0 ? 4 : 0);
  if (options.group === 'subject') {
    const base = {
      width,
      orientation: 'horizontal' as const,
      group: 'subject' as const,
      axis: undefined,
      timeLabels: [],
      timeTicks: [],
      rules: [],
      legend,
      sides,
    };
    return subjectLayout(points, options, top0 + 4, base);
  }

  const { slots, slotOf } = timeSlots(drawn, drawnIds);
  let maxBars = 1;
  for (const u of usable) {
    const counts = new Map<string, number>();
    for (let i = 0; i < u.drawn.length; i += 1) {
      const key = slotOf.get((u.drawn[i] as Drawable<StrengthPoint>).point.id) ?? '';
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > maxBars) maxBars = count;
    }
  }

  const n = Math.max(1, measures.length);
  const gap = vertical ? 14 : 18;
  const titleH = line.height + 4;
  // Room over the tallest bar for its marks and a two-line label.
  const labelRoom = vertical ? line.height * 3 + 4 : 0;
  let left: number;
  let right = 12;
  let lt: number;
  let axis: TimeAxis;
  let scales: ValueScale[];
  let colWidth = 0;
  const panelHeight = options.panelHeight ?? 200;
  // The span comes from the figures' own dates: a disputed figure's slot may carry a shorter date.
  const domain: [number, number] | undefined = options.domain ?? dateExtent(drawn);
  // Units told apart by keys need bars at least as wide as a key.
  const who = subjectNaming(drawn, options.subjects);
  const keyed = who !== undefined && who.count <= MAX_SUBJECT_KEYS;
  const barMin = keyed ? measure(who.count > 26 ? 'MM' : 'M') + 2 : 6;
  const axisOptions = { kind: options.timeScale ?? 'auto', minSlotWidth: maxBars * barMin, lang, ...(domain ? { domain } : {}) };
  if (vertical) {
    scales = usable.map((u) => valueScale(drawnValues(u.drawn), { type, length: panelHeight - labelRoom, lang }));
    left = Math.max(36, ...scales.flatMap((s) => s.ticks.map((t) => measure(t.label) + 10)));
    lt = width - left - right;
    axis = timeAxis(slots, { ...axisOptions, length: lt, maxSlotWidth: Math.max(72, maxBars * barMin), labelSize: (s) => measure(s) });
  } else {
    lt = Math.min(1800, Math.max(160, slots.length * (maxBars * 12 + 8)));
    axis = timeAxis(slots, { ...axisOptions, length: lt, maxSlotWidth: 48, labelSize: () => lh });
    left = Math.min(width / 3, Math.max(40, ...axis.ticks.map((t) => measure(t.label) + 10)));
    right = (options.events?.length ?? 0) > 0 ? Math.min(150, width * 0.22) : 12;
    colWidth = Math.max(40, (width - left - right - gap * (n - 1)) / n);
    const room = Math.min(110, colWidth * 0.45);
    scales = usable.map((u) =>
      valueScale(drawnValues(u.drawn), { type, length: colWidth - room, lang, count: Math.max(2, Math.round(colWidth / 70)) }),
    );
  }

  const rulesRaw = eventRules(options.events ?? [], axis, {
    rows: vertical ? 2 : 1,
    labelSize: vertical ? ruleMeasure : () => ruleLine,
    labelWidth: ruleMeasure,
    maxLabelWidth: vertical ? lt : right - 8,
  });
  const ruleRows = vertical && rulesRaw.length > 0 ? Math.max(1, ...rulesRaw.map((r) => r.row + 1)) : 0;
  const top = top0 + ruleRows * ruleLine + (ruleRows > 0 ? 4 : 0);

  const frames: Rect[] = measures.map((_, i) =>
    vertical
      ? { x: left, y: top + titleH + i * (titleH + panelHeight + gap), width: lt, height: panelHeight }
      : { x: left + i * (colWidth + gap), y: top + titleH, width: colWidth, height: lt },
  );
  // Whose bar is whose: when a side has several units, each bar names its unit in its label, or,
  // when any of those names does not fit, carries the unit's key (A, B…) explained in a legend.
  const plan = (subjectText?: (p: StrengthPoint) => { name?: string; key?: string }) =>
    measures.map((_, i) => {
      const input = {
        panel: i,
        drawn: (usable[i] as UsablePoints<StrengthPoint>).drawn,
        scale: scales[i] as ValueScale,
        frame: frames[i] as Rect,
      };
      const disputedWord = options.words?.disputed ?? 'disputed';
      const common = { orientation, axis, slotOf, sideIndexOf, lang, fontSize: fs, measure, line, disputedWord };
      return planBars({ ...input, ...common, ...(subjectText ? { subjectText } : {}) });
    });
  let panelBars = plan(keyed ? (p) => ({ name: who.name(p) }) : undefined);
  let subjectItems: LegendItem[] = [];
  let unnamed = who && !keyed ? who.count : 0;
  if (keyed && panelBars.some((bars) => bars.some((b) => !b.label))) {
    panelBars = plan((p) => ({ key: who.keys.get(p.subject) ?? '' }));
    subjectItems = [...who.keys].map(([id, key]) => ({ key: `subject-${id}`, symbol: key, label: who.legendLabel(id) }));
    // Too many bars at one date for their keys to stand apart: say so rather than draw a jumble.
    if (panelBars.some((bars) => keysCollide(bars))) {
      panelBars = plan();
      subjectItems = [];
      unnamed = who.count;
    }
  }
  const panels: PanelLayout[] = measures.map((m, i) => {
    const frame = frames[i] as Rect;
    const u = usable[i] as UsablePoints<StrengthPoint>;
    const scale = scales[i] as ValueScale;
    const bars = panelBars[i] as BarLayout[];
    return {
      measure: m,
      title: options.measureLabel?.(m) ?? m,
      frame,
      scale,
      bars,
      spans: slotSpans(slots, new Set(bars.map((b) => b.slot)), axis, frame, orientation),
      rows: [],
      invalid: u.invalid,
      zeroOnLog: u.zeroOnLog,
      clamped: u.drawn.filter((d) => d.clamped).map((d) => d.point.id),
      ...panelDecor({ frame, scale, orientation, fontSize: fs, measure, titleHeight: titleH, line }),
    };
  });
  const last = frames[frames.length - 1] ?? { x: left, y: top, width: lt, height: 0 };
  const first = frames[0] ?? last;
  const plotEnd = vertical ? last.y + last.height : first.y + first.height;
  // A label under the first or last slot is kept inside the plot's width, clear of the value labels.
  const under = (pos: number, label: string) => {
    const half = measure(label) / 2;
    return Math.max(left + half, Math.min(width - 2 - half, left + pos));
  };
  let lastEnd = -Infinity;
  const timeLabels = axis.labels.flatMap((t): StrengthLayout['timeLabels'] => {
    if (!vertical) return [{ x: left - 8, y: first.y + t.pos + fs * 0.35, anchor: 'end' as const, label: t.label }];
    const x = under(t.pos, t.label);
    const half = measure(t.label) / 2;
    // Moving an end label inwards can bring it onto its neighbour: then the neighbour goes.
    if (x - half < lastEnd + 4) return [];
    lastEnd = x + half;
    return [{ x, y: plotEnd + lh + 2, anchor: 'middle' as const, label: t.label }];
  });
  const timeTicks: Line[] = axis.ticks.map((t) =>
    vertical
      ? { x1: left + t.pos, y1: plotEnd, x2: left + t.pos, y2: plotEnd + 4 }
      : { x1: left - 4, y1: first.y + t.pos, x2: left, y2: first.y + t.pos },
  );
  const rules: RuleLayout[] = rulesRaw.map((r) => {
    const rule: RuleLayout = vertical
      ? { ...r, line: { x1: left + r.pos, y1: top - 2, x2: left + r.pos, y2: plotEnd } }
      : { ...r, line: { x1: left, y1: first.y + r.pos, x2: last.x + last.width + 4, y2: first.y + r.pos } };
    if (r.row >= 0) {
      rule.text = vertical
        ? { x: left + r.labelPos, y: baselineIn(top0 + r.row * ruleLine, { ...ruleText, height: ruleLine }), anchor: 'middle' }
        : { x: last.x + last.width + 8, y: first.y + r.labelPos + (ruleText.ascent - ruleText.descent) / 2, anchor: 'start' };
    }
    if (r.span) {
      const [a, b] = r.span;
      // A thin band along the top (or left) edge: full-height shading would read as a data region.
      rule.spanRect = vertical
        ? { x: left + a, y: top - 4, width: b - a, height: 3 }
        : { x: left - 4, y: first.y + a, width: 3, height: b - a };
    }
    return rule;
  });
  let height = vertical ? plotEnd + lh + 10 : plotEnd + lh + 12;
  const layout: StrengthLayout = {
    width,
    height,
    orientation,
    group: 'time',
    axis,
    panels,
    bars: panels.flatMap((p) => p.bars),
    timeLabels,
    timeTicks,
    rules,
    legend,
    sides,
  };
  if (subjectItems.length > 0) {
    const subjectLegend = { ...legendLayout(subjectItems, { width: width - 8, labelSize: measure, rowHeight }), x: 4, y: height };
    height += subjectLegend.height + 4;
    layout.subjectLegend = subjectLegend;
  }
  if (unnamed > 0) layout.unnamed = unnamed;
  layout.height = height;
  return layout;
}

/** The span from the earliest start to the latest end of the figures' own dates; none without figures. */
function dateExtent(points: readonly StrengthPoint[]): [number, number] | undefined {
  if (points.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < points.length; i += 1) {
    const date = (points[i] as StrengthPoint).date;
    if (date.start < start) start = date.start;
    if (date.end > end) end = date.end;
  }
  return [start, end];
}

/** The values a panel's scale must show: each bar's low end (0 where clamped) and high end. */
function drawnValues(drawn: readonly Drawable<StrengthPoint>[]): number[] {
  const values = new Array<number>(drawn.length * 2);
  for (let i = 0; i < drawn.length; i += 1) {
    const d = drawn[i] as Drawable<StrengthPoint>;
    values[2 * i] = d.clamped ? 0 : d.low;
    values[2 * i + 1] = d.high;
  }
  return values;
}

/** Whether the subject keys of any two bars overlap. */
function keysCollide(bars: readonly BarLayout[]): boolean {
  const boxes = bars.flatMap((b) => (b.key !== undefined && b.marks ? [b.marks.box] : [])).sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i] as Rect;
    for (let j = i + 1; j < boxes.length && (boxes[j] as Rect).x < a.x + a.width; j += 1)
      if (rectsOverlap(a, boxes[j] as Rect)) return true;
  }
  return false;
}

/**
 * How a time chart tells its units apart: nothing to do when each side is one unit (the sides'
 * colours and patterns say it); otherwise a name and a key per unit, in hierarchy order.
 */
function subjectNaming(drawn: readonly StrengthPoint[], subjects: ReadonlyMap<string, SubjectInfo> | undefined) {
  const bySide = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (let i = 0; i < drawn.length; i += 1) {
    const p = drawn[i] as StrengthPoint;
    const side = p.side ?? '';
    let set = bySide.get(side);
    if (!set) bySide.set(side, (set = new Set<string>()));
    set.add(p.subject);
    if (!names.has(p.subject)) names.set(p.subject, p.subjectName);
  }
  if (names.size < 2 || ![...bySide.values()].some((set) => set.size > 1)) return undefined;
  const order = (id: string) => subjects?.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  // More units than keys are never keyed: their count is all the chart needs (thousands to sort otherwise).
  const ids = names.size <= MAX_SUBJECT_KEYS ? [...names.keys()].sort((a, b) => order(a) - order(b)) : [];
  const keys = new Map(ids.map((id, i) => [id, subjectKey(i)]));
  return {
    count: names.size,
    keys,
    name: (p: StrengthPoint) => p.subjectName,
    legendLabel: (id: string) => {
      const mark = echelonText(subjects?.get(id)?.echelon);
      return `${mark ? `${mark} ` : ''}${names.get(id) ?? id}`;
    },
  };
}
