import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import type { Dataset, Measure } from '../../../src/data/types.js';
import { strengthLayout } from '../../../src/layout/strength/strength-layout.js';
import type { StrengthLayout } from '../../../src/layout/strength/strength-layout.js';
import type { RuleEvent } from '../../../src/layout/strength/time-axis.js';
import { valueScale } from '../../../src/layout/strength/value-scale.js';
import { selectPoints } from '../../../src/layout/strength/select.js';
import { load } from '../../fixtures/load.js';
import { illustrativeArmy } from '../../elements/strength-chart/fixtures.js';
import { r2 } from './helpers.js';

function eventsOf(dataset: Dataset): RuleEvent[] {
  return (dataset.source.events ?? []).flatMap((e) => {
    const date = dataset.dates.get(e.date);
    return date ? [{ id: e.id, title: e.title, type: e.type, date }] : [];
  });
}

function labelsOverlap(layout: StrengthLayout): boolean {
  const boxes = layout.bars.flatMap((b) => (b.label ? [b.label.box] : []));
  return boxes.some((p, i) =>
    boxes.slice(i + 1).some((q) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height),
  );
}

describe('strengthLayout', () => {
  const dataset = load();
  const sideOrder = [...dataset.sidesById.keys()];
  const sideLabel = (id: string) => dataset.sidesById.get(id)?.name ?? id;
  const events = eventsOf(dataset);

  describe('personnel of the National Army (vertical, linear)', () => {
    const points = strengthSeries(dataset, { measure: 'personnel', side: 'etr' });
    const layout = strengthLayout(points, { width: 800, sideOrder, sideLabel, events });
    const [panel] = layout.panels;

    it('strengthLayout draws one panel with every figure', () => {
      expect(layout.panels.length).to.equal(1);
      expect(layout.bars.map((b) => b.id)).to.deep.equal(['ina-infantry-infobox', 'ina-enlisted', 'ina-reduced-1946', 'ina-troops-1949']);
      expect(panel!.scale.domain).to.deep.equal([0, 50000]);
    });

    it('strengthLayout puts bar ends at the pixels of the scale values', () => {
      const bottom = panel!.frame.y + panel!.frame.height;
      const ends = layout.bars.map((b) => r2([b.shape.solid.y, b.shape.extension?.y ?? null]));
      expect(ends).to.deep.equal(
        [
          [50000, null],
          [25000, 30000],
          [11000, 12000],
          [14000, null],
        ].map(([lo, hi]) => r2([bottom - panel!.scale.map(lo as number), hi === null ? null : bottom - panel!.scale.map(hi as number)])),
      );
    });

    it('strengthLayout keeps a time scale when the dates leave room for their bars, with year ticks', () => {
      expect(layout.axis?.kind).to.equal('time');
      expect(layout.axis?.labels.map((t) => t.label)).to.include.members(['1946', '1947', '1948', '1949']);
    });

    it('strengthLayout(band) labels each slot with its date at its precision', () => {
      const band = strengthLayout(points, { width: 800, timeScale: 'band' });
      expect(band.axis?.ticks.map((t) => t.label)).to.deep.equal(['8 Apr 1945–6 Jun 1946', '6 Jun 1946', '18 Aug 1949']);
    });

    it('strengthLayout(time) draws the span of interval-dated slots under the baseline', () => {
      const spans = panel!.spans.map((s) => s.key);
      expect(spans).to.deep.equal(['1945-04-08/1946-06-06']);
      const span = panel!.spans[0]!;
      expect(r2(span.line.x1)).to.equal(
        r2(panel!.frame.x + layout.axis!.positionOf({ start: Date.UTC(1945, 3, 8), end: Date.UTC(1945, 3, 8) })),
      );
    });

    it('strengthLayout places the 6 June 1946 agreement rule on its bar’s slot', () => {
      const rule = layout.rules.find((r) => r.id === 'peace-agreement')!;
      const bar = layout.bars.find((b) => b.id === 'ina-reduced-1946')!;
      expect(r2(rule.line.x1)).to.equal(r2(bar.shape.solid.x + bar.shape.solid.width / 2));
      expect(rule.line.y2).to.equal(panel!.frame.y + panel!.frame.height);
    });

    it('strengthLayout orders rules by date and never overlaps their shown labels', () => {
      const xs = layout.rules.map((r) => r.line.x1);
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
      const shown = layout.rules.filter((r) => r.text);
      for (const row of [0, 1]) {
        const inRow = shown.filter((r) => r.row === row);
        for (let i = 1; i < inRow.length; i += 1) expect(inRow[i]!.labelPos).to.be.greaterThan(inRow[i - 1]!.labelPos);
      }
    });

    it('strengthLayout(textExtent of a tall font) stacks rule labels and bar lines by its reach, clear of the titles', () => {
      // Noto Sans: 12 px up and 3 down at 11 px, 13 and 4 at 12 px (fontSize + 2 leaves them overlapping).
      const extent = (size: number) => ({ ascent: Math.round(size * 1.069), descent: Math.round(size * 0.293) });
      const tall = strengthLayout(points, { width: 320, sideOrder, sideLabel, events, textExtent: extent });
      const { ascent, descent } = extent(11);
      const glyphs = tall.rules.filter((r) => r.text).map((r) => ({ row: r.row, top: r.text!.y - ascent, bottom: r.text!.y + descent }));
      expect(new Set(glyphs.map((g) => g.row)).size).to.equal(2);
      const [row0, row1] = [0, 1].map((row) => glyphs.filter((g) => g.row === row));
      expect(Math.max(...row0!.map((g) => g.bottom))).to.be.at.most(Math.min(...row1!.map((g) => g.top)));
      const first = tall.panels[0]!;
      expect(Math.max(...row1!.map((g) => g.bottom))).to.be.at.most(first.titleAt.y - extent(12).ascent);
      expect(first.titleAt.y + extent(12).descent).to.be.at.most(first.frame.y - 2);
      for (const b of tall.bars.filter((bar) => bar.label && bar.label.lines.length > 1)) expect(b.label!.lineHeight).to.equal(17);
      for (const b of tall.bars.filter((bar) => bar.label)) expect(b.label!.box.y).to.be.at.least(first.frame.y - 2);
    });

    it('strengthLayout keeps labels apart and everything inside the chart', () => {
      expect(labelsOverlap(layout)).to.equal(false);
      for (const b of layout.bars) {
        expect(b.shape.solid.x).to.be.at.least(0);
        expect(b.shape.solid.x + b.shape.solid.width).to.be.at.most(layout.width);
      }
      expect(layout.height).to.be.greaterThan(panel!.frame.y + panel!.frame.height);
    });

    it('strengthLayout shows legend entries for ranges, approximate and disputed figures, not sides', () => {
      expect(layout.legend.items.map((i) => i.key)).to.deep.equal(['exact', 'range', 'approximate', 'disputed']);
    });
  });

  describe('several sides and several measures', () => {
    it('strengthLayout(side all) groups bars by side with each side’s index', () => {
      const points = strengthSeries(dataset, { measure: 'personnel', side: 'all' });
      const layout = strengthLayout(points, { width: 900, sideOrder, sideLabel });
      expect(layout.sides.map((s) => [s.id, s.index])).to.deep.equal([
        ['etr', 0],
        ['kmt', 1],
        ['tashkurgan-rebels', 4],
      ]);
      expect(layout.legend.items.slice(0, 3).map((i) => i.label)).to.deep.equal([
        'Second East Turkestan Republic',
        'Kuomintang',
        'Tashkurgan rebels (Sariqol, Taghdumbash Pamir)',
      ]);
      const sep = layout.bars.filter((b) => b.slot === '1945-09');
      expect(sep.map((b) => b.id)).to.deep.equal(['kmt-divisions-1945-09', 'kmt-surrendered-1945-09']);
    });

    it('strengthLayout(several measures) draws small multiples sharing one time axis', () => {
      const measures: Measure[] = ['aircraft', 'artillery', 'trucks', 'horses'];
      const points = strengthSeries(dataset, { measure: measures });
      const layout = strengthLayout(points, { width: 800, measures, sideOrder });
      expect(layout.panels.map((p) => p.measure)).to.deep.equal(measures);
      const xs = layout.panels.map((p) => p.frame.x);
      expect(new Set(xs).size).to.equal(1);
      const ys = layout.panels.map((p) => p.frame.y);
      for (let i = 1; i < ys.length; i += 1) expect(ys[i]!).to.be.greaterThan(ys[i - 1]! + layout.panels[i - 1]!.frame.height);
      expect(layout.panels.map((p) => p.scale.domain[1])).to.deep.equal([50, 12, 120, 6000]);
      const truck = layout.bars.find((b) => b.id === 'ina-trucks-1949')!;
      const horse = layout.bars.find((b) => b.id === 'ina-horses-1949')!;
      expect(r2(truck.shape.solid.x)).to.equal(r2(horse.shape.solid.x));
    });

    it('strengthLayout(horizontal) lays time down the side and panels in columns', () => {
      const points = strengthSeries(dataset, { measure: ['personnel', 'aircraft'], side: 'etr' });
      const layout = strengthLayout(points, { width: 800, orientation: 'horizontal', events, measures: ['personnel', 'aircraft'] });
      const [a, b] = layout.panels;
      expect(a!.frame.y).to.equal(b!.frame.y);
      expect(b!.frame.x).to.be.greaterThan(a!.frame.x + a!.frame.width);
      const bar = layout.bars.find((x) => x.id === 'ina-enlisted')!;
      expect(r2(bar.shape.extension!.x + bar.shape.extension!.width)).to.equal(r2(a!.frame.x + a!.scale.map(30000)));
      expect(layout.rules.every((r) => r.line.y1 === r.line.y2)).to.equal(true);
      expect(labelsOverlap(layout)).to.equal(false);
    });
  });

  describe('bad and awkward input', () => {
    const points = strengthSeries(dataset, { measure: 'personnel', side: 'all' });

    it('strengthLayout(log) omits nothing here and starts at a power of ten', () => {
      const layout = strengthLayout(points, { width: 800, scale: 'log', sideOrder });
      expect(layout.panels[0]!.scale.domain).to.deep.equal([100, 100000]);
      expect(layout.panels[0]!.zeroOnLog).to.deep.equal([]);
    });

    it('strengthLayout never lets non-finite or negative figures reach a scale', () => {
      const bad = [
        { ...points[0]!, id: 'nan', min: Number.NaN, max: Number.NaN, value: Number.NaN, disputedWith: [] },
        { ...points[0]!, id: 'neg', min: -100, max: -100, value: -100, disputedWith: [] },
        { ...points[0]!, id: 'zero', min: 0, max: 0, value: 0, disputedWith: [] },
      ];
      const linear = strengthLayout(bad, { width: 600 });
      expect(linear.panels[0]!.invalid).to.deep.equal(['nan', 'neg']);
      expect(linear.bars.map((b) => b.id)).to.deep.equal(['zero']);
      expect(linear.panels[0]!.scale.domain).to.deep.equal([0, 1]);
      const log = strengthLayout(bad, { width: 600, scale: 'log' });
      expect(log.panels[0]!.zeroOnLog).to.deep.equal(['zero']);
      expect(log.bars).to.deep.equal([]);
      const json = JSON.stringify(log.panels.map((p) => p.grid));
      expect(json).not.to.contain('null');
    });

    it('strengthLayout([]) and a tiny width still produce a finite layout', () => {
      const empty = strengthLayout([], { width: 10 });
      expect(empty.width).to.equal(160);
      expect(Number.isFinite(empty.height)).to.equal(true);
    });
  });
});

describe('strengthLayout names the units of a time chart', () => {
  const army = load(illustrativeArmy());
  const pick = (subject: string) => selectPoints(army, { measure: 'personnel', subject, side: '', from: '', to: '', group: 'time' });
  it('each bar carries its unit’s name where the names fit, else a key the subject legend explains', () => {
    for (const [subject, width] of [
      ['army corps-1', 1100],
      ['army corps-1 corps-2 division-1 division-2 regiment-1 regiment-2', 700],
    ] as const) {
      const s = pick(subject);
      const layout = strengthLayout(s.points, { width, subjects: s.subjects, group: 'time' });
      const legend = new Map((layout.subjectLegend?.items ?? []).map((i) => [i.symbol, i.label]));
      for (const bar of layout.bars) {
        const named = bar.label?.lines[0] === bar.point.subjectName;
        const keyed =
          bar.key !== undefined &&
          bar.marks?.lines[0]?.startsWith(bar.key) === true &&
          legend.get(bar.key)?.endsWith(bar.point.subjectName) === true;
        expect(named || keyed, `${subject}: ${bar.id}`).to.equal(true);
      }
    }
  });
  it('one unit per side needs no names: the sides’ colours and patterns say it', () => {
    const s = selectPoints(load(), { measure: 'personnel', subject: '', side: 'all', from: '', to: '', group: 'time' });
    const byUnit = strengthLayout(
      s.points.filter((p) => p.subject === 'ina' || p.subject === 'kmt'),
      { width: 800, subjects: s.subjects },
    );
    expect(byUnit.subjectLegend).to.equal(undefined);
    expect(byUnit.unnamed).to.equal(undefined);
  });
  it('more units at one date than keys can stand apart: counted as unnamed (the element says so)', () => {
    const s = pick('');
    const layout = strengthLayout(s.points, { width: 1100, subjects: s.subjects, group: 'time' });
    expect(layout.unnamed).to.equal(41);
    expect(layout.bars.some((b) => b.key !== undefined)).to.equal(false);
  });
});

describe('strengthLayout measures text with the width function it is given', () => {
  // The element passes its font's real advances; the shared estimate serves servers and tests. A
  // font twice as wide must make room for itself: fewer labels, wider value axis margin.
  it('wider text keeps fewer labels and moves the plot right', () => {
    const dataset = load();
    const points = strengthSeries(dataset, { side: 'all' });
    const estimate = strengthLayout(points, { width: 700 });
    const wide = strengthLayout(points, { width: 700, textWidth: (text, size) => text.length * size * 1.2 });
    const labels = (l: StrengthLayout) => l.bars.filter((b) => b.label).length;
    expect(labels(wide)).to.be.below(labels(estimate));
    expect(wide.panels[0]!.frame.x).to.be.above(estimate.panels[0]!.frame.x);
  });
});
