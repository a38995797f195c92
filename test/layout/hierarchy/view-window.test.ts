import { expect } from '@open-wc/testing';
import { viewWindow } from '../../../src/layout/hierarchy/index.js';

describe('viewWindow', () => {
  it('viewWindow(identity, viewport) is the viewport itself', () => {
    expect(viewWindow({ x: 0, y: 0, k: 1 }, { width: 800, height: 600 })).to.deep.equal({ x0: 0, y0: 0, x1: 800, y1: 600 });
  });

  it('viewWindow undoes pan and zoom and grows by the margin in screen pixels', () => {
    expect(viewWindow({ x: 100, y: -50, k: 2 }, { width: 800, height: 600 }, 20)).to.deep.equal({ x0: -60, y0: 15, x1: 360, y1: 335 });
  });
});
