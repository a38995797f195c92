import { expect } from '@open-wc/testing';
import { starPoints } from '../../src/insignia/index.js';

describe('starPoints', () => {
  it('starPoints(cx, cy, r) gives 10 vertices, the first pointing to the collar end', () => {
    const points = starPoints(30, 100, 10).split(' ');
    expect(points).to.have.length(10);
    expect(points[0]).to.equal('30,90');
    expect(points[1]).to.equal('32.25,96.91');
    expect(points[2]).to.equal('39.51,96.91');
  });

  it('starPoints(…) is symmetric about the vertical axis', () => {
    const xs = starPoints(0, 0, 10)
      .split(' ')
      .map((p) => Number(p.split(',')[0]));
    expect(xs[1]).to.equal(-(xs[9] ?? 0));
    expect(xs[2]).to.equal(-(xs[8] ?? 0));
  });
});
