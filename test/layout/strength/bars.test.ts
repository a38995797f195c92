import type { StrengthPoint } from '../../../src/data/strength-series.js';
import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import {
  barGeometry,
  barLabel,
  barLabelBoxes,
  barMarks,
  groupBars,
  LabelPlacement,
  marksOnce,
  orientRect,
  planBars,
} from '../../../src/layout/strength/bars.js';
import { timeAxis, timeSlots } from '../../../src/layout/strength/time-axis.js';
import { usablePoints, valueScale } from '../../../src/layout/strength/value-scale.js';
import { textWidth } from '../../../src/layout/text.js';
import { lineBox } from '../../../src/layout/strength/text.js';
import { load } from '../../fixtures/load.js';
import { r2 } from './helpers.js';

const frame = { x: 10, y: 20, width: 300, height: 200 };

describe('orientRect', () => {
  it('orientRect(vertical) grows up from the frame bottom', () => {
    expect(orientRect('vertical', frame, 5, 10, 0, 50)).to.deep.equal({ x: 15, y: 170, width: 10, height: 50 });
  });
  it('orientRect(horizontal) grows right from the frame left', () => {
    expect(orientRect('horizontal', frame, 5, 10, 20, 50)).to.deep.equal({ x: 30, y: 25, width: 30, height: 10 });
  });
  it('orientRect with v0 > v1 never yields a negative size', () => {
    expect(orientRect('vertical', frame, 0, 1, 50, 20).height).to.equal(30);
  });
});

const plot = { x: 0, y: 0, width: 400, height: 200 };

describe('barGeometry', () => {
  it('barGeometry(exact) is one solid bar, with its tip at the value', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 80, high: 80, orientation: 'vertical', frame: plot });
    expect(shape).to.deep.equal({ solid: { x: 10, y: 120, width: 20, height: 80 }, tip: { x: 20, y: 120 } });
  });
  it('barGeometry(range, vertical) is solid to min, extended to max, capped at max', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 100, high: 120, orientation: 'vertical', frame: plot });
    expect(shape.solid).to.deep.equal({ x: 10, y: 100, width: 20, height: 100 });
    expect(shape.extension).to.deep.equal({ x: 10, y: 80, width: 20, height: 20 });
    expect(shape.cap).to.deep.equal({ x1: 10, y1: 80, x2: 30, y2: 80 });
  });
  it('barGeometry(range, horizontal) extends rightwards with the cap at the right end', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 100, high: 120, orientation: 'horizontal', frame: plot });
    expect(shape.solid).to.deep.equal({ x: 0, y: 10, width: 100, height: 20 });
    expect(shape.extension).to.deep.equal({ x: 100, y: 10, width: 20, height: 20 });
    expect(shape.cap).to.deep.equal({ x1: 120, y1: 10, x2: 120, y2: 30 });
    expect(shape.tip).to.deep.equal({ x: 120, y: 20 });
  });
});

describe('groupBars', () => {
  it('groupBars(members) orders by side, then input order, and splits the slot with gaps', () => {
    const bands = groupBars(
      [
        { id: 'kmt', sideIndex: 1 },
        { id: 'a', sideIndex: 0 },
        { id: 'b', sideIndex: 0 },
      ],
      { center: 100, width: 62 },
    );
    expect([...bands.keys()]).to.deep.equal(['a', 'b', 'kmt']);
    expect(r2([...bands.values()])).to.deep.equal([
      { t0: 69, size: 20 },
      { t0: 90, size: 20 },
      { t0: 111, size: 20 },
    ]);
  });
  it('groupBars drops the gaps when the slot is too narrow for them', () => {
    const bands = groupBars(
      [
        { id: 'a', sideIndex: 0 },
        { id: 'b', sideIndex: 0 },
      ],
      { center: 1, width: 2 },
    );
    expect([...bands.values()]).to.deep.equal([
      { t0: 0, size: 1 },
      { t0: 1, size: 1 },
    ]);
  });
  it('groupBars([]) is empty', () => {
    expect(groupBars([], { center: 0, width: 10 }).size).to.equal(0);
  });
});

describe('barMarks', () => {
  it('barMarks(flags) lists the symbols of the flags set', () => {
    expect(barMarks({ approximate: true, disputed: true, citationNeeded: true })).to.equal('~ ≠ [?]');
    expect(barMarks({ approximate: false, disputed: false, citationNeeded: true })).to.equal('[?]');
    expect(barMarks({ approximate: false, disputed: false, citationNeeded: false })).to.equal('');
  });
});

const flags = { approximate: false, disputed: false, citationNeeded: false };

describe('barLabel', () => {
  it('barLabel(range, qualifier, disputed) writes figure, qualifier and the word "disputed"', () => {
    expect(
      barLabel({ kind: 'range', min: 25000, max: 30000, value: 27500, qualifier: 'enlisted', ...flags, disputed: true }),
    ).to.deep.equal({
      marks: '≠',
      value: '25,000–30,000',
      detail: 'enlisted · disputed',
    });
  });
  it('barLabel(approximate) moves "~" into the marks and leaves plain "strength" out', () => {
    expect(
      barLabel({ kind: 'approximate', min: 14000, max: 14000, value: 14000, qualifier: 'strength', ...flags, approximate: true }),
    ).to.deep.equal({
      marks: '~',
      value: '14,000',
      detail: '',
    });
  });
  it('barLabel(…, lang, word) translates', () => {
    expect(
      barLabel({ kind: 'exact', min: 6000, max: 6000, value: 6000, qualifier: 'surrendered', ...flags, disputed: true }, 'de', 'umstritten')
        .detail,
    ).to.equal('surrendered · umstritten');
  });
});

const text = { marks: '≠', value: '25,000', detail: 'enlisted' };
const measure = (s: string) => s.length * 6;

describe('barLabelBoxes', () => {
  it('barLabelBoxes(vertical) stacks the label above the marks above the tip', () => {
    const out = barLabelBoxes(text, { x: 100, y: 200 }, 'vertical', 12, measure);
    expect(out.marks).to.deep.equal({ x: 100, y: 197, anchor: 'middle', lines: ['≠'], box: { x: 97, y: 185, width: 6, height: 14 } });
    expect(out.label?.lines).to.deep.equal(['25,000', 'enlisted']);
    expect(out.label?.box).to.deep.equal({ x: 76, y: 157, width: 48, height: 28 });
    expect(out.label!.box.y + out.label!.box.height).to.be.at.most(out.marks!.box.y);
  });
  it('barLabelBoxes(vertical, a tall font) spaces lines by the font’s reach, so no line’s glyph box meets the next', () => {
    // Noto Sans at 12 px: 13 px up, 4 down (the box of an SVG text), 3 px more than 12 + 2.
    const line = lineBox(12, () => ({ ascent: 13, descent: 4 }));
    const out = barLabelBoxes(text, { x: 100, y: 200 }, 'vertical', 12, measure, line);
    expect(out.label?.lineHeight).to.equal(17);
    const glyphs = (y: number) => [y - 13, y + 4];
    const [, marksBottom] = glyphs(out.marks!.y);
    expect(marksBottom).to.be.at.most(199);
    const lines = out.label!.lines.map((_, i) => glyphs(out.label!.y + i * 17));
    expect(lines[1]![1]).to.be.at.most(glyphs(out.marks!.y)[0]!);
    expect(lines[0]![1]).to.be.at.most(lines[1]![0]!);
    // The placement box holds every line's glyphs.
    expect(out.label!.box.y).to.be.at.most(lines[0]![0]!);
    expect(out.label!.box.y + out.label!.box.height).to.be.at.least(lines[1]![1]!);
  });
  it('barLabelBoxes(horizontal) writes marks then the label in one line after the tip', () => {
    const out = barLabelBoxes(text, { x: 100, y: 50 }, 'horizontal', 12, measure);
    expect(out.marks?.x).to.equal(104);
    expect(out.label?.lines).to.deep.equal(['25,000 enlisted']);
    expect(out.label?.x).to.equal(114);
  });
  it('barLabelBoxes measures the marks bold (as they are drawn) and the label regular', () => {
    const weighted = (s: string, weight = 400) => s.length * (weight >= 700 ? 8 : 6);
    const out = barLabelBoxes({ ...text, marks: '~ ≠' }, { x: 100, y: 200 }, 'vertical', 12, weighted);
    expect(out.marks?.box.width).to.equal(24);
    expect(out.label?.box.width).to.equal(48);
  });
  it('marksOnce measures each bold text once and regular text every time', () => {
    const calls: string[] = [];
    const once = marksOnce((s, weight) => (calls.push(`${s}@${weight ?? 400}`), s.length));
    once('~', 700);
    once('~', 700);
    once('≠ [?]', 700);
    once('12', 400);
    once('12', 400);
    expect(calls).to.deep.equal(['~@700', '≠ [?]@700', '12@400', '12@400']);
  });
  it('barLabelBoxes(no marks) has only a label', () => {
    expect(barLabelBoxes({ marks: '', value: '5', detail: '' }, { x: 0, y: 100 }, 'vertical', 12, measure).marks).to.equal(undefined);
  });
});

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const box = (x: number, y: number, width = 20, height = 10) => ({ x, y, width, height });

/**
 * `points` in band slots across a vertical panel 100 px wide and `height` tall, one side, 12 px text:
 * a value scale up to `max` over `length` px, text measured by `measure` (default: the 12 px estimate).
 */
function crowdedPanel(
  points: StrengthPoint[],
  {
    max,
    length,
    height,
    measure = (s: string) => textWidth(s, 12),
  }: { max: number; length: number; height: number; measure?: (s: string, weight?: number) => number },
) {
  const { slots, slotOf } = timeSlots(points);
  return planBars({
    panel: 0,
    drawn: usablePoints(points).drawn,
    scale: valueScale([max], { length }),
    frame: { x: 0, y: 0, width: 100, height },
    orientation: 'vertical',
    axis: timeAxis(slots, { length: 100, kind: 'band' }),
    slotOf,
    sideIndexOf: () => 0,
    lang: '',
    fontSize: 12,
    measure,
    disputedWord: 'disputed',
  });
}

describe('LabelPlacement', () => {
  it('place(box) keeps a box that clears those kept before it, and only then', () => {
    const placement = new LabelPlacement(bounds);
    expect([box(0, 0), box(10, 5), box(50, 0)].map((b) => placement.place(b))).to.deep.equal([true, false, true]);
  });
  it('keep(box) keeps a box whatever it meets, and later boxes must clear it', () => {
    const placement = new LabelPlacement(bounds);
    expect(placement.place(box(0, 0))).to.equal(true);
    placement.keep(box(10, 5));
    placement.keep(box(-30, 0));
    expect(placement.place(box(20, 12))).to.equal(false);
    expect(placement.blocked(box(-25, 2, 0, 2))).to.equal(true);
  });
  it('place(box) drops boxes outside the bounds', () => {
    const placement = new LabelPlacement(bounds);
    expect(placement.place(box(190, 0))).to.equal(false);
    expect(placement.place(box(-30, 0))).to.equal(false);
    expect(placement.place(box(180, 90))).to.equal(true);
  });
  it('blocked(box) finds overlaps across grid cells (boxes spanning several cells), and touching edges do not count', () => {
    const placement = new LabelPlacement({ x: 0, y: 0, width: 300, height: 300 });
    placement.keep(box(60, 60, 10, 10));
    expect(placement.blocked(box(66, 66, 10, 10))).to.equal(true);
    expect(placement.blocked(box(70, 60, 10, 10))).to.equal(false);
    expect(placement.blocked(box(0, 0, 300, 300))).to.equal(true);
  });
});

describe('planBars', () => {
  const dataset = load();
  const points = strengthSeries(dataset, { measure: 'personnel', side: 'all' });
  const { slots, slotOf } = timeSlots(points);
  const axis = timeAxis(slots, { length: 700, kind: 'band' });
  const scale = valueScale(
    points.flatMap((p) => [p.min, p.max]),
    { length: 150 },
  );
  const frame = { x: 40, y: 30, width: 700, height: 200 };
  const sideOrder = ['etr', 'kmt', 'tashkurgan-rebels'];
  const bars = planBars({
    panel: 0,
    drawn: usablePoints(points).drawn,
    scale,
    frame,
    orientation: 'vertical',
    axis,
    slotOf,
    sideIndexOf: (p) => sideOrder.indexOf(p.side ?? ''),
    lang: '',
    fontSize: 12,
    measure: (s) => textWidth(s, 12),
    disputedWord: 'disputed',
  });

  it('planBars(points) draws every point once, in slot order', () => {
    expect(bars.map((b) => b.id).sort()).to.deep.equal(points.map((p) => p.id).sort());
    const slotIndex = new Map(slots.map((s, i) => [s.key, i]));
    const order = bars.map((b) => slotIndex.get(b.slot) ?? -1);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('planBars puts a range bar’s ends at the scale positions of min and max', () => {
    const bar = bars.find((b) => b.id === 'ina-enlisted')!;
    const bottom = frame.y + frame.height;
    expect(r2(bar.shape.solid.y)).to.equal(r2(bottom - scale.map(25000)));
    expect(r2(bar.shape.extension!.y)).to.equal(r2(bottom - scale.map(30000)));
    expect(r2(bar.shape.solid.y + bar.shape.solid.height)).to.equal(bottom);
  });

  it('planBars keeps disputed figures side by side in one slot, flagged', () => {
    const a = bars.find((b) => b.id === 'ina-infantry-infobox')!;
    const b = bars.find((x) => x.id === 'ina-enlisted')!;
    expect(a.slot).to.equal(b.slot);
    expect(a.disputed && b.disputed).to.equal(true);
    expect(r2(a.shape.solid.x + a.shape.solid.width + 1)).to.equal(r2(b.shape.solid.x));
    expect(b.text.detail).to.equal('enlisted · disputed');
  });

  it('planBars always keeps marks and never lets two shown labels overlap', () => {
    const kmt = bars.find((b) => b.id === 'kmt-divisions-1945-09')!;
    expect(kmt.marks?.lines).to.deep.equal(['~ [?]']);
    const boxes = bars.flatMap((b) => (b.label ? [b.label.box] : []));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });
});

describe('planBars (crowded)', () => {
  it('planBars shrinks marks that collide into compact dots, keeping every bar flagged', () => {
    const dataset = load();
    const base = strengthSeries(dataset, { measure: 'personnel', side: 'kmt' }).find((p) => p.id === 'kmt-divisions-1945-09')!;
    const points = Array.from({ length: 40 }, (_, i) => ({ ...base, id: `k${i}`, disputedWith: [] }));
    const bars = crowdedPanel(points, { max: 25000, length: 100, height: 150 });
    expect(bars.every((b) => b.marks?.lines[0] === '~ [?]')).to.equal(true);
    expect(bars.filter((b) => b.compactMarks).length).to.be.greaterThan(30);
    expect(bars.filter((b) => !b.compactMarks).length).to.be.greaterThan(0);
  });

  it('planBars measures a label only when the column it starts from is clear, and gives bars only the labels shown', () => {
    const dataset = load();
    const base = strengthSeries(dataset, { measure: 'personnel', side: 'etr' }).find((p) => p.kind === 'exact')!;
    // Forty figures of one height side by side, 2.5 px apart: a label shown covers the columns of the next seven.
    const points = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      id: `e${i}`,
      date: { ...base.date, text: `d${i}`, start: i, end: i },
      disputedWith: [],
    }));
    const measured: string[] = [];
    const bars = crowdedPanel(points, {
      max: base.max,
      length: 150,
      height: 200,
      measure: (s, weight) => (weight === undefined && measured.push(s), textWidth(s, 12)),
    });
    const shown = bars.filter((b) => b.label);
    expect(shown.length).to.be.greaterThan(0);
    expect(measured.length, 'labels measured').to.be.lessThan(bars.length * 0.75);
    for (const bar of shown) {
      expect(measured).to.include(bar.label!.lines[0]);
      expect(bar.label!.box.width).to.equal(Math.max(...bar.label!.lines.map((l) => textWidth(l, 12))));
    }
    expect(bars.filter((b) => 'label' in b).length, 'no bar keeps a label it does not show').to.equal(shown.length);
  });
});
