import { expect } from '@open-wc/testing';
import { starShapes } from '../../src/insignia/index.js';

describe('starShapes', () => {
  it('starShapes(…) turns distances from the lower edge into drawing coordinates (collar end up)', () => {
    const stars = starShapes({ field: 'galloon', stripes: { count: 1 }, stars: { count: 3, size: 'small' } });
    expect(stars.map(({ cx, cy, r }) => ({ cx, cy, r }))).to.deep.equal([
      { cx: 17.5, cy: 120, r: 6.5 },
      { cx: 42.5, cy: 120, r: 6.5 },
      { cx: 30, cy: 95, r: 6.5 },
    ]);
    expect(stars[2]?.points.split(' ')[0]).to.equal('30,88.5');
  });

  it("starShapes(…) draws generals' stars 22 mm across", () => {
    const [star] = starShapes({ field: 'zigzag', stars: { count: 1, size: 'large', arrangement: 'column' } });
    expect(star).to.include({ cx: 30, cy: 115, r: 11 });
  });

  it('starShapes(no stars) is empty', () => {
    expect(starShapes({ field: 'plain' })).to.deep.equal([]);
  });
});
