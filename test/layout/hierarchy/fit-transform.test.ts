import { expect } from '@open-wc/testing';
import { fitTransform } from '../../../src/layout/hierarchy/index.js';

describe('fitTransform', () => {
  it('fitTransform(bounds, viewport) scales down to fit and centres', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 2000, y1: 500 }, { width: 1000, height: 600 }, { padding: 0 })).to.deep.equal({ x: 0, y: 175, k: 0.5 });
  });

  it('fitTransform never zooms in beyond maxScale', () => {
    expect(fitTransform({ x0: -10, y0: -10, x1: 10, y1: 10 }, { width: 400, height: 400 }, { padding: 0, maxScale: 1 })).to.deep.equal({ x: 200, y: 200, k: 1 });
  });

  it('fitTransform never zooms out beyond minScale', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 1e6, y1: 10 }, { width: 100, height: 100 }, { padding: 0, minScale: 0.05 }).k).to.equal(0.05);
  });

  it('fitTransform(…, { align: "top-left" }) fits the width only and starts at the top', () => {
    expect(fitTransform({ x0: -20, y0: -10, x1: 380, y1: 5000 }, { width: 432, height: 300 }, { padding: 16, align: 'top-left' })).to.deep.equal({ x: 36, y: 26, k: 1 });
  });

  it('fitTransform of an empty bounds box uses maxScale', () => {
    expect(fitTransform({ x0: 5, y0: 5, x1: 5, y1: 5 }, { width: 100, height: 100 }, { maxScale: 1.5 })).to.deep.equal({ x: 42.5, y: 42.5, k: 1.5 });
  });
});
