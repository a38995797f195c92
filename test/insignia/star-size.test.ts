import { expect } from '@open-wc/testing';
import { starDiameter } from '../../src/insignia/index.js';

describe('starDiameter', () => {
  it("starDiameter(size, field) is 13 mm small, 20 mm large, 22 mm large on a generals' zigzag", () => {
    expect(starDiameter('small', 'galloon')).to.equal(13);
    expect(starDiameter('small', 'zigzag')).to.equal(13);
    expect(starDiameter('large', 'galloon')).to.equal(20);
    expect(starDiameter('large', 'plain')).to.equal(20);
    expect(starDiameter('large', 'zigzag')).to.equal(22);
  });
});
