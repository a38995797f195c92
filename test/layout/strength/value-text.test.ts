import { expect } from '@open-wc/testing';
import { valueText } from '../../../src/layout/strength/index.js';

describe('valueText', () => {
  it('valueText(exact | range | approximate) writes the figure as the source gives it', () => {
    expect(valueText({ kind: 'exact', min: 14000, max: 14000, value: 14000 })).to.equal('14,000');
    expect(valueText({ kind: 'range', min: 25000, max: 30000, value: 27500 })).to.equal('25,000–30,000');
    expect(valueText({ kind: 'approximate', min: 200, max: 500, value: 350 })).to.equal('~200–500');
    expect(valueText({ kind: 'approximate', min: 6000, max: 6000, value: 6000 })).to.equal('~6,000');
  });
});
