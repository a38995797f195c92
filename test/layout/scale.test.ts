import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { utcTicks } from 'd3-time';
import { clampedScale, niceLinear, niceLog } from '../../src/layout/scale.js';

const count = fc.integer({ min: 1, max: 30 });
const positive = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });

describe('layout scales (d3-scale arithmetic without d3-scale)', () => {
  it('clampedScale maps like a clamped d3 linear scale, the ends and outside values included', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.array(finite, { maxLength: 8 }), (d0, d1, r0, r1, xs) => {
        const ours = clampedScale([d0, d1], [r0, r1]);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(true);
        for (const x of [d0, d1, (d0 + d1) / 2, d0 - 1, d1 + 1, ...xs]) expect(ours(x)).to.equal(d3(x));
      }),
      { numRuns: 300 },
    );
  });

  it('clampedScale with Math.log maps like a clamped d3 log scale', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.array(positive, { maxLength: 8 }),
        (d0, d1, length, xs) => {
          const ours = clampedScale([d0, d1], [0, length], Math.log);
          const d3 = scaleLog().domain([d0, d1]).range([0, length]).clamp(true);
          for (const x of [d0, d1, ...xs]) expect(ours(x)).to.equal(d3(x));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('clampedScale of instants maps like a clamped d3 UTC scale, and utcTicks are its ticks', () => {
    const day = 86_400_000;
    const instant = fc.integer({ min: -200 * 365 * day, max: 200 * 365 * day });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 100, max: 2000 }), count, (a, b, length, n) => {
        const [d0, d1] = a <= b ? [a, b] : [b, a];
        const d3 = scaleUtc().domain([d0, d1]).range([10, length]).clamp(true);
        const ours = clampedScale([d0, d1], [10, length]);
        for (const x of [d0, d1, (d0 + d1) / 2, d0 - day]) expect(ours(x)).to.equal(d3(x));
        expect(utcTicks(new Date(d0), new Date(d1), n).map(Number)).to.deep.equal(d3.ticks(n).map(Number));
      }),
      { numRuns: 200 },
    );
  });

  it('niceLinear rounds a domain out as d3 scaleLinear().nice(count) does', () => {
    fc.assert(
      fc.property(finite, finite, count, (a, b, n) => {
        expect(niceLinear([a, b], n)).to.deep.equal(scaleLinear().domain([a, b]).nice(n).domain());
      }),
      { numRuns: 500 },
    );
    expect(niceLinear([0, 47_312], 10)).to.deep.equal([0, 50_000]);
    expect(niceLinear([0, 0], 10)).to.deep.equal([0, 0]);
  });

  it('niceLog rounds a positive domain out to powers of ten as d3 scaleLog().nice() does', () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        expect(niceLog([a, b])).to.deep.equal(scaleLog().domain([a, b]).nice().domain());
      }),
      { numRuns: 500 },
    );
    expect(niceLog([0.003, 47_312])).to.deep.equal([0.001, 100_000]);
  });
});
