/**
 * The by-unit view (`group="subject"`): one labelled bar per unit at a snapshot date, units in
 * hierarchy order and indented by depth, one panel per measure. A measure whose figures differ by
 * more than 20 times is split into panels by echelon with their own scales, or drawn on a log
 * scale, and the panel title says which.
 */
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import { textWidth } from '../text.js';
import { groupBars, marksOnce, placeBarLabels, planBar } from './bars.js';
import type { BarLayout } from './bars.js';
import type { SubjectInfo } from './select.js';
import type { PanelLayout, RowLabel, StrengthLayout, StrengthLayoutOptions, TextWidth } from './strength-layout.js';
import { baselineIn, echelonText, lineBox, shortenText, valueText, wrapText } from './text.js';
import type { Rect, ValueScaleType } from './types.js';
import { panelDecor, usablePoints, valueScale } from './value-scale.js';
import type { Drawable } from './value-scale.js';

/** Figures of one measure differing by more than this factor are not drawn on one linear scale. */
export const SCALE_SPREAD = 20;

/** Words of the panel titles that say how a measure's scale was chosen. */
export interface ScaleWords {
  /** After an echelon's name, for a panel with its own scale: "own scale". */
  own: string;
  /** For a measure drawn on a log scale because its figures differ too much. */
  log: string;
  /** The caption when no snapshot date was given. */
  latest: string;
  /** The caption at a snapshot date; `{date}` is replaced by the date. */
  at: string;
}

export const ENGLISH_SCALE_WORDS: ScaleWords = {
  own: 'own scale',
  log: `log scale: figures differ > ${SCALE_SPREAD}×`,
  latest: 'The latest figure of each unit',
  at: 'At {date}: the latest figure of each unit at or before it',
};

/** One panel to draw: a measure, or one echelon of it, and the scale it gets. */
interface PanelPlan {
  measure: string;
  title: string;
  type: ValueScaleType;
  points: StrengthPoint[];
}

/** Ratio of the largest to the smallest positive figure (1 when there are fewer than two). */
export function spread(points: readonly StrengthPoint[]): number {
  let lo = Infinity;
  let hi = 0;
  for (const p of points) {
    for (const v of [p.min, p.max]) {
      if (v > 0 && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  return hi > 0 && Number.isFinite(lo) ? hi / lo : 1;
}

/**
 * The scale rule: a measure's figures within 20× of each other share one linear scale. Beyond
 * that, like is compared with like: one panel per echelon with its own linear scale when each
 * echelon's figures are within 20×, else the measure on one log scale. An explicit `linear` or
 * `log` is kept as asked.
 */
export function scalePanels(
  measure: string,
  points: readonly StrengthPoint[],
  asked: ValueScaleType | 'auto',
  subjects: ReadonlyMap<string, SubjectInfo>,
  title: string,
  words: ScaleWords = ENGLISH_SCALE_WORDS,
): PanelPlan[] {
  const all = [...points];
  if (asked !== 'auto' || spread(all) <= SCALE_SPREAD) return [{ measure, title, type: asked === 'log' ? 'log' : 'linear', points: all }];
  const tiers = new Map<string, StrengthPoint[]>();
  for (const p of all) {
    const echelon = subjects.get(p.subject)?.echelon ?? '';
    const list = tiers.get(echelon);
    if (list) list.push(p);
    else tiers.set(echelon, [p]);
  }
  const even = [...tiers.values()].every((tier) => spread(tier) <= SCALE_SPREAD);
  if (tiers.size < 2 || !even) return [{ measure, title: `${title} (${words.log})`, type: 'log', points: all }];
  return [...tiers.entries()].map(([echelon, tier]) => ({
    measure,
    title: `${title} · ${echelon ? echelon.replace(/^x-/, '').replace(/-/g, ' ') : '—'} (${words.own})`,
    type: 'linear' as const,
    points: tier,
  }));
}

/**
 * The by-unit view in pixels. Rows keep the hierarchy's order (sides first, then units depth first)
 * and each row names its unit with its echelon amplifier; below 2.5 names' width the names go above
 * their bars so they are never cut. Figures dated otherwise than the snapshot say their own date.
 */
export function subjectLayout(
  points: readonly StrengthPoint[],
  options: StrengthLayoutOptions,
  top: number,
  base: Omit<StrengthLayout, 'height' | 'panels' | 'bars'>,
): StrengthLayout {
  const fs = options.fontSize ?? 12;
  let top0 = top;
  const lh = fs + 2;
  const line = lineBox(fs, options.textExtent);
  const widthOf: TextWidth = options.textWidth ?? textWidth;
  const measure = (s: string, weight?: number) => widthOf(s, fs, weight);
  const barMeasure = marksOnce(measure);
  const markSize = fs - 1;
  const lang = options.lang ?? '';
  const width = base.width;
  const words = options.scaleWords ?? ENGLISH_SCALE_WORDS;
  const subjects = options.subjects ?? new Map<string, SubjectInfo>();
  const info = (p: StrengthPoint): SubjectInfo =>
    subjects.get(p.subject) ?? { id: p.subject, name: p.subjectName, echelon: undefined, depth: 0, order: Number.MAX_SAFE_INTEGER };
  const sideOrder = options.sideOrder ?? [];
  const sideIndexOf = (p: StrengthPoint) => {
    const i = p.side === undefined ? -1 : sideOrder.indexOf(p.side);
    return i >= 0 ? i : sideOrder.length;
  };
  const measures = options.measures ?? [...new Set(points.map((p) => p.measure))];
  const plans = measures.flatMap((m) => {
    const title = options.measureLabel?.(m) ?? m;
    return scalePanels(
      m,
      points.filter((p) => p.measure === m),
      options.scale ?? 'auto',
      subjects,
      title,
      words,
    );
  });
  const captionText = options.snapshot ? words.at.replace('{date}', formatDate(options.snapshot, lang)) : words.latest;
  const captionLines = wrapText(captionText, width - 8, measure);
  const caption = { x: 4, y: baselineIn(top0, line), lines: captionLines, lineHeight: line.height };
  top0 += captionLines.length * line.height + 6;

  // Rows: every subject of a panel, in hierarchy order; depth counted from the shallowest shown.
  const minDepth = Math.min(...points.map((p) => info(p).depth));
  const indent = (p: StrengthPoint) => (info(p).depth - minDepth) * 12;
  const nameWidth = (p: StrengthPoint) => indent(p) + widthOf(echelonText(info(p).echelon), markSize, 700) + 6 + measure(info(p).name);
  const widest = Math.max(0, ...points.map(nameWidth));
  const inline = widest + 12 <= width * 0.4;
  const left = inline ? widest + 12 : 8;
  const rowH = inline ? Math.max(22, lh + 8) : lh + 22;
  const barSize = 14;
  const titleH = line.height + 4;
  const gap = 16;
  const frameWidth = Math.max(40, width - left - 8);

  const panels: PanelLayout[] = [];
  let y = top0;
  plans.forEach((plan, panelIndex) => {
    const usable = usablePoints(plan.points, plan.type);
    const firstOf = new Map<string, StrengthPoint>();
    for (const p of plan.points) if (!firstOf.has(p.subject)) firstOf.set(p.subject, p);
    const rows = [...firstOf.values()].sort((a, b) => info(a).order - info(b).order);
    const frame: Rect = { x: left, y: y + titleH, width: frameWidth, height: Math.max(1, rows.length) * rowH };
    // Room after the longest bar for its value label (and its own date when it differs).
    const labelRoom = Math.min(
      frameWidth * 0.45,
      16 + Math.max(0, ...usable.drawn.map((d) => measure(`${valueText(d.point, lang)} · ${formatDate(d.point.date, lang)}`))),
    );
    const scale = valueScale(
      usable.drawn.flatMap((d) => [d.clamped ? 0 : d.low, d.high]),
      { type: plan.type, length: frameWidth - labelRoom, lang, count: Math.max(2, Math.round((frameWidth - labelRoom) / 80)) },
    );
    const bySubject = new Map<string, Drawable<StrengthPoint>[]>();
    for (const d of usable.drawn) {
      const list = bySubject.get(d.point.subject);
      if (list) list.push(d);
      else bySubject.set(d.point.subject, [d]);
    }
    const bars: BarLayout[] = [];
    const rowLabels: RowLabel[] = rows.map((p, i) => {
      const rowTop = i * rowH;
      const center = inline ? rowTop + rowH / 2 : rowTop + lh + 4 + barSize / 2;
      const members = bySubject.get(p.subject) ?? [];
      const bands = groupBars(
        members.map((d) => ({ id: d.point.id, sideIndex: sideIndexOf(d.point) })),
        { center, width: barSize },
      );
      for (const d of members) {
        const band = bands.get(d.point.id) ?? { t0: center, size: 0 };
        const own = options.snapshot ? d.point.date.text !== options.snapshot.text : false;
        bars.push(
          planBar(d, {
            panel: panelIndex,
            slot: p.subject,
            sideIndex: sideIndexOf(d.point),
            band,
            scale,
            frame,
            orientation: 'horizontal',
            lang,
            fontSize: fs,
            measure: barMeasure,
            line,
            disputedWord: options.words?.disputed ?? 'disputed',
            dateNote: own ? `(${formatDate(d.point.date, lang)})` : undefined,
          }),
        );
      }
      const who = info(p);
      const mark = echelonText(who.echelon);
      const x = (inline ? 4 : left) + indent(p);
      const markWidth = mark ? widthOf(mark, markSize, 700) + 6 : 0;
      const room = (inline ? left - 8 : width - 8) - (x + markWidth);
      const baseline = inline ? frame.y + center + fs * 0.35 : frame.y + rowTop + fs;
      return {
        subject: p.subject,
        x,
        y: baseline,
        mark,
        nameX: x + markWidth,
        text: shortenText(who.name, room, measure),
        full: who.name,
        depth: who.depth - minDepth,
      };
    });
    placeBarLabels(
      bars,
      { x: frame.x - 8, y: frame.y - 2, width: width - frame.x + 8, height: frame.height + 4 },
      { orientation: 'horizontal', measure: barMeasure, line },
    );
    const decor = panelDecor({ frame, scale, orientation: 'horizontal', fontSize: fs, measure, titleHeight: titleH, line });
    panels.push({
      measure: plan.measure,
      title: plan.title,
      frame,
      scale,
      bars,
      spans: [],
      rows: rowLabels,
      invalid: usable.invalid,
      zeroOnLog: usable.zeroOnLog,
      clamped: usable.drawn.filter((d) => d.clamped).map((d) => d.point.id),
      ...decor,
      // The title starts at the chart's left edge: the names column is part of the panel.
      titleAt: { x: 4, y: decor.titleAt.y },
    });
    y = frame.y + frame.height + lh + 8 + gap;
  });
  return { ...base, height: y, panels, bars: panels.flatMap((p) => p.bars), caption };
}
