import { expect } from '@open-wc/testing';
import { layoutBounds } from '../../../src/layout/hierarchy/index.js';

describe('layoutBounds', () => {
  it('layoutBounds(points, box) encloses every node box', () => {
    const box = { x0: -10, y0: -5, x1: 10, y1: 15 };
    expect(layoutBounds([{ x: 0, y: 0 }, { x: 100, y: -50 }], box)).to.deep.equal({ x0: -10, y0: -55, x1: 110, y1: 15 });
  });

  it('layoutBounds([]) is all zero', () => {
    expect(layoutBounds([], { x0: -1, y0: -1, x1: 1, y1: 1 })).to.deep.equal({ x0: 0, y0: 0, x1: 0, y1: 0 });
  });
});
