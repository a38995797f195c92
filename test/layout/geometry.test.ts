import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BoxGrid, rectsOverlap } from '../../src/layout/geometry.js';
import type { Rect } from '../../src/layout/geometry.js';

const box = fc.record({
  x: fc.double({ min: -200, max: 1200, noNaN: true }),
  y: fc.double({ min: -200, max: 900, noNaN: true }),
  width: fc.double({ min: 0, max: 300, noNaN: true }),
  height: fc.double({ min: 0, max: 300, noNaN: true }),
});
const contains = (b: Rect, x: number, y: number) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

describe('BoxGrid', () => {
  it('overlaps(box) says what comparing with every box added says, whatever the cell shape', () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 60 }),
        fc.array(box, { minLength: 1, maxLength: 20 }),
        fc.constantFrom([8, 48], [64, 64], [3, 500]),
        (added, probes, [w, h]) => {
          const grid = new BoxGrid(w as number, h as number);
          for (const b of added) grid.add(b);
          for (const p of probes) expect(grid.overlaps(p)).to.equal(added.some((b) => rectsOverlap(p, b)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('near(x, y) lists every box holding the point, in the order added', () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 60 }),
        fc.double({ min: -100, max: 1100, noNaN: true }),
        fc.double({ min: -100, max: 800, noNaN: true }),
        (added, x, y) => {
          const grid = new BoxGrid(8, 48);
          const indices = added.map((b) => grid.add(b));
          expect(indices).to.deep.equal(added.map((_, i) => i));
          const near = grid.near(x, y);
          const holding = added.flatMap((b, i) => (contains(b, x, y) ? [i] : []));
          // Points on a cell's far edge belong to the next cell, as do boxes ending there: compare away from edges.
          if (Number.isInteger(x / 8) || Number.isInteger(y / 48)) return;
          expect(holding.every((i) => near.includes(i))).to.equal(true);
          expect([...near]).to.deep.equal([...near].sort((a, b) => a - b));
        },
      ),
      { numRuns: 300 },
    );
  });
});
