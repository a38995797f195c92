import { expect } from '@open-wc/testing';
import { formatNumber } from '../../../src/layout/strength/index.js';

describe('formatNumber', () => {
  it('formatNumber(n) groups digits', () => {
    expect(formatNumber(14000)).to.equal('14,000');
    expect(formatNumber(7)).to.equal('7');
    expect(formatNumber(2.345)).to.equal('2.35');
  });
  it('formatNumber(n, lang) uses the language, and survives a bad tag', () => {
    expect(formatNumber(14000, 'de')).to.equal('14.000');
    expect(formatNumber(14000, '!!')).to.equal('14,000');
  });
});
