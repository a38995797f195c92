import { expect } from '@open-wc/testing';
import { format } from 'd3-format';
import { compactSI, panelDecor, tickFormat, usablePoints, valueScale } from '../../../src/layout/strength/value-scale.js';
import { r2 } from './helpers.js';

const p = (id: string, min: number, max = min) => ({ id, min, max, value: (min + max) / 2 });

describe('usablePoints', () => {
  it('usablePoints(points) keeps valid figures and rejects non-finite, negative and inverted ones', () => {
    const out = usablePoints([p('a', 5), p('b', Number.NaN), p('c', -1), p('d', 10, 5), p('e', 1, Infinity), p('f', 0)]);
    expect(out.drawn.map((x) => x.point.id)).to.deep.equal(['a', 'f']);
    expect(out.invalid).to.deep.equal(['b', 'c', 'd', 'e']);
    expect(out.zeroOnLog).to.deep.equal([]);
  });
  it('usablePoints(points, log) omits zeros and clamps ranges starting at zero', () => {
    const out = usablePoints([p('zero', 0), p('from-zero', 0, 300), p('ok', 5, 9)], 'log');
    expect(out.zeroOnLog).to.deep.equal(['zero']);
    expect(out.drawn.map((x) => [x.point.id, x.low, x.high, x.clamped])).to.deep.equal([
      ['from-zero', 0, 300, true],
      ['ok', 5, 9, false],
    ]);
  });
});

describe('tickFormat', () => {
  it('tickFormat(max >= 10,000) is compact: "25k", "1.5M"', () => {
    const f = tickFormat(60000);
    expect([0, 500, 25000, 1_500_000].map(f)).to.deep.equal(['0', '500', '25k', '1.5M']);
  });
  it('tickFormat(max < 10,000) groups digits: "2,500"', () => {
    const f = tickFormat(6000);
    expect([0, 2500, 6000].map(f)).to.deep.equal(['0', '2,500', '6,000']);
  });
  it('tickFormat(NaN) does not throw', () => {
    expect(tickFormat(Number.NaN)(5)).to.equal('5');
  });
});

describe('compactSI', () => {
  it("compactSI(value) writes what d3-format's format('~s') does, for |value| >= 1", () => {
    const d3 = format('~s');
    // Every prefix, the carries (999,999.5 -> "1M"), trailing zeros, six-digit rounding, negatives.
    const values = [1, 9, 10, 999, 1000, 1001, 1500, 25_000, 99_999, 100_000, 123_456, 999_999, 999_999.5, 1_000_000, 1_500_000];
    for (let exponent = 0; exponent <= 28; exponent += 1) values.push(10 ** exponent, 1.234567 * 10 ** exponent, 9.999996 * 10 ** exponent);
    let seed = 1;
    for (let i = 0; i < 2000; i += 1) {
      seed = (seed * 16807) % 2147483647;
      values.push((seed / 2147483647) * 10 ** ((i % 12) + 1), Math.round((seed / 2147483647) * 10 ** ((i % 9) + 1)));
    }
    const checked = values.filter((v) => Math.abs(v) >= 1).flatMap((v) => [v, -v]);
    expect(checked.length).to.be.above(4000);
    for (const value of checked) expect(compactSI(value), String(value)).to.equal(d3(value));
  });
});

describe('valueScale', () => {
  it('valueScale(linear) starts at 0, ends on a nice number, and maps to pixels from the baseline', () => {
    const s = valueScale([14000, 50000, 25000, 30000], { length: 200 });
    expect(s.domain).to.deep.equal([0, 50000]);
    expect(r2([s.map(0), s.map(25000), s.map(50000)])).to.deep.equal([0, 100, 200]);
    expect(s.ticks.map((t) => t.label)).to.deep.equal(['0', '10k', '20k', '30k', '40k', '50k']);
    expect(s.ticks.map((t) => t.pos)).to.deep.equal([0, 40, 80, 120, 160, 200]);
  });
  it('valueScale(linear, small counts) labels with grouped digits', () => {
    const s = valueScale([42, 14], { length: 100, count: 3 });
    expect(s.domain).to.deep.equal([0, 50]);
    expect(s.ticks.map((t) => t.label)).to.deep.equal(['0', '20', '40']);
  });
  it('valueScale(log) spans powers of ten from the smallest positive value', () => {
    const s = valueScale([0, 200, 70000], { type: 'log', length: 300 });
    expect(s.domain).to.deep.equal([100, 100000]);
    expect(s.ticks.map((t) => t.label)).to.deep.equal(['100', '1k', '10k', '100k']);
    expect(r2([s.map(100), s.map(1000), s.map(0), s.map(-5)])).to.deep.equal([0, 100, 0, 0]);
  });
  it('valueScale(log, one value) widens the domain by a decade each way and adds 2-5 ticks', () => {
    const s = valueScale([100], { type: 'log', length: 100 });
    expect(s.domain).to.deep.equal([10, 1000]);
    expect(s.ticks.map((t) => t.value)).to.deep.equal([10, 100, 1000]);
    const t = valueScale([12, 42], { type: 'log', length: 100 });
    expect(t.ticks.map((x) => x.value)).to.deep.equal([10, 20, 50, 100]);
  });
  it('valueScale ignores NaN, Infinity and negatives, and clamps outside the domain', () => {
    const s = valueScale([Number.NaN, Infinity, -5, 10], { length: 100 });
    expect(s.domain).to.deep.equal([0, 10]);
    expect(r2([s.map(Number.NaN), s.map(1e9), s.map(-1)])).to.deep.equal([0, 100, 0]);
  });
  it('valueScale([]) is a usable empty axis', () => {
    const s = valueScale([], { length: 100 });
    expect(s.domain).to.deep.equal([0, 1]);
    expect(valueScale([], { type: 'log', length: 100 }).domain).to.deep.equal([0.1, 10]);
  });
});

const decorFrame = { x: 50, y: 20, width: 400, height: 100 };
const measureText = (s: string) => s.length * 6;

describe('panelDecor', () => {
  it('panelDecor(vertical) draws grid lines at tick values with labels left of the plot', () => {
    const scale = valueScale([50000], { length: 100, count: 5 });
    const decor = panelDecor({ frame: decorFrame, scale, orientation: 'vertical', fontSize: 12, measure: measureText, titleHeight: 18 });
    expect(decor.baseline).to.deep.equal({ x1: 50, y1: 120, x2: 450, y2: 120 });
    expect(decor.grid.map((g) => g.line.y1)).to.deep.equal([120, 100, 80, 60, 40, 20]);
    expect(decor.grid[1]?.label).to.deep.equal({ x: 44, y: 104.2, anchor: 'end', text: '10k' });
  });
  it('panelDecor(horizontal, narrow) thins value labels so none overlap', () => {
    const scale = valueScale([50000], { length: 60, count: 5 });
    const decor = panelDecor({
      frame: { ...decorFrame, width: 60 },
      scale,
      orientation: 'horizontal',
      fontSize: 12,
      measure: measureText,
      titleHeight: 18,
    });
    const labelled = decor.grid.filter((g) => g.label);
    expect(labelled.length).to.be.lessThan(decor.grid.length);
    expect(decor.baseline).to.deep.equal({ x1: 50, y1: 20, x2: 50, y2: 120 });
  });
});
