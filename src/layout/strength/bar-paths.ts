/**
 * A crowded chart's bars as a few paths, and the bar under a point. Past a few hundred bars, one
 * element per bar is most of a first paint (creating, styling and painting thousands of nodes
 * that are each a pixel wide); the same rectangles as the subpaths of one `<path>` per look
 * (side style, approximate or not) draw the same pixels. What a bar element gave for free, hit
 * testing, is here: a grid of the bars' boxes.
 */
import { BoxGrid } from '../geometry.js';
import type { Rect } from '../geometry.js';
import type { BarLayout } from './bars.js';

const r = (n: number) => Math.round(n * 100) / 100;

/** A rectangle as a closed subpath (`M x y h w v h h -w z`). */
export function rectPath(b: Rect): string {
  return `M${r(b.x)} ${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}z`;
}

/** The bars of one look: a side's style slot (0-3) and whether they are approximate (dashed outline). */
export interface BarSeries {
  style: number;
  approximate: boolean;
  /** Baseline to value (or to a range's low end). */
  solid: string;
  /** Ranges' low to high ends. */
  extension: string;
  /** The lines across ranges' high ends. */
  caps: string;
}

/** Dots at the end of bars whose marks had no room as text, plain and "citation needed". */
export interface MarkDots {
  plain: string;
  cited: string;
}

/** A dot of radius 2.5 at `(x, y)` as a subpath (two arcs). */
function dotPath(x: number, y: number): string {
  return `M${r(x - 2.5)} ${r(y)}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z`;
}

/**
 * The bars as one series per look, in order of first appearance, so a side keeps its place in
 * the paint order; and the compact marks as dots.
 */
export function barSeries(bars: readonly BarLayout[], styleOf: (sideIndex: number) => number): { series: BarSeries[]; dots: MarkDots } {
  const byKey = new Map<number, { style: number; approximate: boolean; solid: string[]; extension: string[]; caps: string[] }>();
  const plain: string[] = [];
  const cited: string[] = [];
  // An indexed loop: an unoptimised for…of (a chart's first paint) makes an iterator result per bar.
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i] as BarLayout;
    const style = styleOf(bar.sideIndex);
    const approximate = bar.point.kind === 'approximate';
    const key = style * 2 + (approximate ? 1 : 0);
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { style, approximate, solid: [], extension: [], caps: [] }));
    const { solid, extension, cap } = bar.shape;
    s.solid.push(rectPath(solid));
    if (extension) s.extension.push(rectPath(extension));
    if (cap) s.caps.push(`M${r(cap.x1)} ${r(cap.y1)}L${r(cap.x2)} ${r(cap.y2)}`);
    if (bar.marks && bar.compactMarks) (bar.citationNeeded ? cited : plain).push(dotPath(bar.shape.tip.x, bar.shape.tip.y));
  }
  const series = [...byKey.values()].map((s) => ({
    style: s.style,
    approximate: s.approximate,
    solid: s.solid.join(''),
    extension: s.extension.join(''),
    caps: s.caps.join(''),
  }));
  return { series, dots: { plain: plain.join(''), cited: cited.join('') } };
}

/** The outline of the given bars (solid and extension as one box each), e.g. those linked from another view. */
export function barOutlines(bars: readonly BarLayout[], pick: (bar: BarLayout) => boolean): string {
  const parts: string[] = [];
  for (const bar of bars) if (pick(bar)) parts.push(rectPath(barBox(bar)));
  return parts.join('');
}

/** The smallest box holding both. */
function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** A bar's solid and extension as one box. */
export function barBox(bar: BarLayout): Rect {
  const { solid, extension } = bar.shape;
  return extension ? union(solid, extension) : solid;
}

/** Thin bars are hard to hit: their box is widened to this many pixels. */
const MIN_TARGET = 4;

/**
 * Finds the bar at a point of the chart. A bar's target is its box with its marks and label; one
 * thinner than {@link MIN_TARGET} pixels is widened to it, yet a bar whose own box holds the point
 * wins over a neighbour's widened one. Among equals the last drawn wins, as it is painted on top.
 * The index is built on the first call, so a chart nobody points at never pays for it.
 */
export function barHitTest(bars: readonly BarLayout[]): (x: number, y: number) => number | undefined {
  let grid: BoxGrid | undefined;
  let own: Rect[] = [];
  const contains = (b: Rect, x: number, y: number) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
  const build = (): BoxGrid => {
    const targets = new BoxGrid(8, 48);
    own = bars.map((bar) => {
      let box = barBox(bar);
      if (bar.marks && !bar.compactMarks) box = union(box, bar.marks.box);
      if (bar.label) box = union(box, bar.label.box);
      let target = box;
      if (target.width < MIN_TARGET) target = { ...target, x: target.x - (MIN_TARGET - target.width) / 2, width: MIN_TARGET };
      if (target.height < MIN_TARGET) target = { ...target, y: target.y - (MIN_TARGET - target.height) / 2, height: MIN_TARGET };
      targets.add(target);
      return box;
    });
    return targets;
  };
  return (x, y) => {
    grid ??= build();
    const near = grid.near(x, y);
    let widened: number | undefined;
    for (let k = near.length - 1; k >= 0; k -= 1) {
      const i = near[k] as number;
      if (contains(own[i] as Rect, x, y)) return i;
      if (widened === undefined && contains(grid.boxes[i] as Rect, x, y)) widened = i;
    }
    return widened;
  };
}
