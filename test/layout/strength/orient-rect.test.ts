import { expect } from '@open-wc/testing';
import { orientRect } from '../../../src/layout/strength/index.js';

const frame = { x: 10, y: 20, width: 300, height: 200 };

describe('orientRect', () => {
  it('orientRect(vertical) grows up from the frame bottom', () => {
    expect(orientRect('vertical', frame, 5, 10, 0, 50)).to.deep.equal({ x: 15, y: 170, width: 10, height: 50 });
  });
  it('orientRect(horizontal) grows right from the frame left', () => {
    expect(orientRect('horizontal', frame, 5, 10, 20, 50)).to.deep.equal({ x: 30, y: 25, width: 30, height: 10 });
  });
  it('orientRect with v0 > v1 never yields a negative size', () => {
    expect(orientRect('vertical', frame, 0, 1, 50, 20).height).to.equal(30);
  });
});
