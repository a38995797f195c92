import type { StrengthPoint } from '../../data/strength-series.js';
import { barGeometry } from './bar-geometry.js';
import type { BarShape } from './bar-geometry.js';
import { barLabel } from './bar-label.js';
import type { BarLabelText } from './bar-label.js';
import { barLabelBoxes } from './bar-label-boxes.js';
import type { TextBlock } from './bar-label-boxes.js';
import { groupBars } from './group-bars.js';
import { placeLabels } from './place-labels.js';
import type { TimeAxis } from './time-axis.js';
import type { Orientation, Rect } from './types.js';
import type { Drawable } from './usable-points.js';
import type { ValueScale } from './value-scale.js';

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
  measure: (text: string) => number;
  disputedWord: string;
}

/** The bars of one panel in reading order (time, then side), with labels thinned so none overlap. */
export function planBars(input: PlanBarsInput): BarLayout[] {
  const { axis, slotOf, frame, orientation, scale } = input;
  const bySlot = new Map<string, Drawable<StrengthPoint>[]>();
  for (const d of input.drawn) {
    const key = slotOf.get(d.point.id) ?? d.point.date.text;
    const list = bySlot.get(key);
    if (list) list.push(d);
    else bySlot.set(key, [d]);
  }
  const bars: BarLayout[] = [];
  for (const key of axis.band.keys()) {
    const members = bySlot.get(key);
    const slot = axis.band.get(key);
    if (!members || !slot) continue;
    const sides = new Map(members.map((d) => [d.point.id, input.sideIndexOf(d.point)]));
    const bands = groupBars(members.map((d) => ({ id: d.point.id, sideIndex: sides.get(d.point.id) ?? 0 })), slot);
    const byId = new Map(members.map((d) => [d.point.id, d]));
    const ordered = [...bands.keys()].map((id) => byId.get(id) as Drawable<StrengthPoint>);
    for (const d of ordered) {
      const band = bands.get(d.point.id) ?? { t0: slot.center, size: 0 };
      const p = d.point;
      const shape = barGeometry({ t0: band.t0, size: band.size, low: scale.map(d.clamped ? 0 : d.low), high: scale.map(d.high), orientation, frame });
      const disputed = p.disputedWith.length > 0;
      const citationNeeded = p.observation.citationNeeded === true;
      const text = barLabel(
        { kind: p.kind, min: p.min, max: p.max, value: p.value, qualifier: p.observation.qualifier, approximate: p.kind === 'approximate', disputed, citationNeeded },
        input.lang,
        input.disputedWord,
      );
      const boxes = barLabelBoxes(text, shape.tip, orientation, input.fontSize, input.measure);
      const bar: BarLayout = { id: p.id, point: p, panel: input.panel, slot: key, sideIndex: sides.get(p.id) ?? 0, shape, clamped: d.clamped, disputed, citationNeeded, text };
      if (boxes.marks) bar.marks = boxes.marks;
      if (boxes.label) bar.label = boxes.label;
      bars.push(bar);
    }
  }
  // Bars are obstacles; then marks, then labels, each kept only where it clears what came before.
  const candidates = [
    ...bars.flatMap((b) => [b.shape.solid, ...(b.shape.extension ? [b.shape.extension] : [])].map((box) => ({ box, required: true, bar: b, kind: 'bar' }))),
    ...bars.flatMap((b) => (b.marks ? [{ box: b.marks.box, bar: b, kind: 'marks' }] : [])),
    ...bars.flatMap((b) => (b.label ? [{ box: b.label.box, bar: b, kind: 'label' }] : [])),
  ];
  const shown = placeLabels(candidates, { x: frame.x - 8, y: frame.y - 8, width: frame.width + 16, height: frame.height + 8 });
  candidates.forEach((c, i) => {
    if (shown[i]) return;
    if (c.kind === 'label') delete c.bar.label;
    if (c.kind === 'marks') c.bar.compactMarks = true;
  });
  return bars;
}
