import { expect } from '@open-wc/testing';
import { linkPath } from '../../../src/layout/hierarchy/link-path.js';

const box = { x0: -50, y0: -20, x1: 50, y1: 40 };

describe('linkPath', () => {
  it('linkPath("tidy") curves from the parent box bottom to the child box top', () => {
    expect(linkPath('tidy', { x: 0, y: 0 }, { x: 100, y: 100 }, box)).to.equal('M0,40C0,60,100,60,100,80');
  });

  it('linkPath("horizontal") curves from the right edge to the left edge', () => {
    expect(linkPath('horizontal', { x: 0, y: 0 }, { x: 200, y: 50 }, box)).to.equal('M50,0C100,0,100,50,150,50');
  });

  it('linkPath("radial") from a centred root is a straight radius', () => {
    const d = linkPath('radial', { x: 0, y: 0 }, { x: 100, y: 0 }, box);
    const numbers = (d.match(/-?[\d.e-]+/g) ?? []).map((n) => Math.round(Number(n) * 100) / 100 + 0);
    expect(numbers).to.deep.equal([0, 0, 50, 0, 50, 0, 100, 0]);
  });

  it('linkPath("indented") is an elbow down then across to the child', () => {
    expect(linkPath('indented', { x: 0, y: 0 }, { x: 24, y: 56 }, box)).to.equal('M0,0V56H24');
  });
});
