import { expect } from '@open-wc/testing';
import { stripeRects } from '../../src/insignia/index.js';

describe('stripeRects', () => {
  it('stripeRects(0) is empty', () => {
    expect(stripeRects(0)).to.deep.equal([]);
  });

  it('stripeRects(1) is a 4 mm stripe on the centre line from the shoulder corners down', () => {
    expect(stripeRects(1)).to.deep.equal([{ x: 28, y: 12, width: 4, height: 138 }]);
  });

  it('stripeRects(2) puts the stripes 12 mm either side of the centre line', () => {
    expect(stripeRects(2).map((r) => r.x + r.width / 2)).to.deep.equal([18, 42]);
  });

  it('stripeRects(3) spaces them 14 mm apart', () => {
    expect(stripeRects(3).map((r) => r.x + r.width / 2)).to.deep.equal([16, 30, 44]);
  });
});
