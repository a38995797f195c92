import { expect } from '@open-wc/testing';
import { crossStripeRects } from '../../src/insignia/index.js';

describe('crossStripeRects', () => {
  it('crossStripeRects(undefined) is empty', () => {
    expect(crossStripeRects(undefined)).to.deep.equal([]);
  });

  it('crossStripeRects(3 narrow) stacks 10 mm stripes 2 mm apart from below the button', () => {
    expect(crossStripeRects({ count: 3, width: 'narrow' })).to.deep.equal([
      { x: 0, y: 28, width: 60, height: 10 },
      { x: 0, y: 40, width: 60, height: 10 },
      { x: 0, y: 52, width: 60, height: 10 },
    ]);
  });

  it('crossStripeRects(1 wide) is one 30 mm stripe', () => {
    expect(crossStripeRects({ count: 1, width: 'wide' })).to.deep.equal([{ x: 0, y: 28, width: 60, height: 30 }]);
  });

  it('crossStripeRects(lengthwise) adds the stem of the starshina "T" joined to the last bar', () => {
    expect(crossStripeRects({ count: 1, width: 'narrow', lengthwise: true })).to.deep.equal([
      { x: 0, y: 28, width: 60, height: 10 },
      { x: 15, y: 38, width: 30, height: 112 },
    ]);
  });

  it('crossStripeRects(lengthwise, no bars) is a lone lengthwise stripe', () => {
    expect(crossStripeRects({ count: 0, width: 'wide', lengthwise: true })).to.deep.equal([{ x: 15, y: 28, width: 30, height: 122 }]);
  });
});
