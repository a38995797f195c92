import { expect } from '@open-wc/testing';
import { barGeometry } from '../../../src/layout/strength/index.js';

const frame = { x: 0, y: 0, width: 400, height: 200 };

describe('barGeometry', () => {
  it('barGeometry(exact) is one solid bar, with its tip at the value', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 80, high: 80, orientation: 'vertical', frame });
    expect(shape).to.deep.equal({ solid: { x: 10, y: 120, width: 20, height: 80 }, tip: { x: 20, y: 120 } });
  });
  it('barGeometry(range, vertical) is solid to min, extended to max, capped at max', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 100, high: 120, orientation: 'vertical', frame });
    expect(shape.solid).to.deep.equal({ x: 10, y: 100, width: 20, height: 100 });
    expect(shape.extension).to.deep.equal({ x: 10, y: 80, width: 20, height: 20 });
    expect(shape.cap).to.deep.equal({ x1: 10, y1: 80, x2: 30, y2: 80 });
  });
  it('barGeometry(range, horizontal) extends rightwards with the cap at the right end', () => {
    const shape = barGeometry({ t0: 10, size: 20, low: 100, high: 120, orientation: 'horizontal', frame });
    expect(shape.solid).to.deep.equal({ x: 0, y: 10, width: 100, height: 20 });
    expect(shape.extension).to.deep.equal({ x: 100, y: 10, width: 20, height: 20 });
    expect(shape.cap).to.deep.equal({ x1: 120, y1: 10, x2: 120, y2: 30 });
    expect(shape.tip).to.deep.equal({ x: 120, y: 20 });
  });
});
