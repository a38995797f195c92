import { expect } from '@open-wc/testing';
import { tickFormat } from '../../../src/layout/strength/index.js';

describe('tickFormat', () => {
  it('tickFormat(max >= 10,000) is compact: "25k", "1.5M"', () => {
    const f = tickFormat(60000);
    expect([0, 500, 25000, 1_500_000].map(f)).to.deep.equal(['0', '500', '25k', '1.5M']);
  });
  it('tickFormat(max < 10,000) groups digits: "2,500"', () => {
    const f = tickFormat(6000);
    expect([0, 2500, 6000].map(f)).to.deep.equal(['0', '2,500', '6,000']);
  });
  it('tickFormat(NaN) does not throw', () => {
    expect(tickFormat(Number.NaN)(5)).to.equal('5');
  });
});
