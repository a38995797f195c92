import { expect } from '@open-wc/testing';
import { barLabel } from '../../../src/layout/strength/index.js';

const flags = { approximate: false, disputed: false, citationNeeded: false };

describe('barLabel', () => {
  it('barLabel(range, qualifier, disputed) writes figure, qualifier and the word "disputed"', () => {
    expect(barLabel({ kind: 'range', min: 25000, max: 30000, value: 27500, qualifier: 'enlisted', ...flags, disputed: true })).to.deep.equal({
      marks: '≠',
      value: '25,000–30,000',
      detail: 'enlisted · disputed',
    });
  });
  it('barLabel(approximate) moves "~" into the marks and leaves plain "strength" out', () => {
    expect(barLabel({ kind: 'approximate', min: 14000, max: 14000, value: 14000, qualifier: 'strength', ...flags, approximate: true })).to.deep.equal({
      marks: '~',
      value: '14,000',
      detail: '',
    });
  });
  it('barLabel(…, lang, word) translates', () => {
    expect(barLabel({ kind: 'exact', min: 6000, max: 6000, value: 6000, qualifier: 'surrendered', ...flags, disputed: true }, 'de', 'umstritten').detail).to.equal('surrendered · umstritten');
  });
});
