import { expect } from '@open-wc/testing';
import { round } from '../../src/insignia/index.js';

describe('round', () => {
  it('round(x) keeps 2 decimals and never returns -0', () => {
    expect(round(1.23456)).to.equal(1.23);
    expect(round(2.005)).to.be.oneOf([2, 2.01]);
    expect(Object.is(round(-0.001), 0)).to.equal(true);
  });
});
