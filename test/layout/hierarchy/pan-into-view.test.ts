import { expect } from '@open-wc/testing';
import { panIntoView } from '../../../src/layout/hierarchy/index.js';

const viewport = { width: 400, height: 300 };

describe('panIntoView', () => {
  it('panIntoView leaves a visible box alone', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 50, y0: 50, x1: 100, y1: 100 }, viewport, 10)).to.deep.equal({ x: 0, y: 0, k: 1 });
  });

  it('panIntoView pans the least needed to bring an off-screen box in with the margin', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 500, y0: -80, x1: 550, y1: -40 }, viewport, 10)).to.deep.equal({ x: -160, y: 90, k: 1 });
  });

  it('panIntoView works in zoomed space and keeps the scale', () => {
    expect(panIntoView({ x: 0, y: 0, k: 2 }, { x0: 250, y0: 0, x1: 260, y1: 10 }, viewport, 0)).to.deep.equal({ x: -120, y: 0, k: 2 });
  });

  it('panIntoView aligns a box larger than the viewport on its top-left corner', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 100, y0: 100, x1: 1100, y1: 200 }, viewport, 10)).to.deep.equal({ x: -90, y: 0, k: 1 });
  });
});
