import { expect } from '@open-wc/testing';
import { formatTickDate } from '../../../src/layout/strength/index.js';

describe('formatTickDate', () => {
  it('formatTickDate(time) picks year, month or day from where the tick falls', () => {
    expect(formatTickDate(Date.UTC(1946, 0, 1))).to.equal('1946');
    expect(formatTickDate(Date.UTC(1946, 6, 1))).to.equal('Jul 1946');
    expect(formatTickDate(Date.UTC(1946, 6, 8))).to.equal('8 Jul 1946');
  });
});
