import { expect } from '@open-wc/testing';
import { formatInstant, precisionOf } from '../../../src/layout/strength/index.js';

describe('formatInstant', () => {
  it('precisionOf(part) counts the fields of one EDTF end', () => {
    expect(precisionOf('1945')).to.equal('year');
    expect(precisionOf('1945-09~')).to.equal('month');
    expect(precisionOf('1945-09-15')).to.equal('day');
  });
  it('formatInstant(time, precision) writes English with fixed abbreviations', () => {
    const t = Date.UTC(1945, 8, 15);
    expect([formatInstant(t, 'year'), formatInstant(t, 'month'), formatInstant(t, 'day')]).to.deep.equal(['1945', 'Sep 1945', '15 Sep 1945']);
  });
  it('formatInstant(year 0 or before) counts BCE years', () => {
    const t = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-99);
    expect(formatInstant(t, 'year')).to.equal('100 BCE');
  });
  it('formatInstant(time, precision, bad lang) falls back instead of throwing', () => {
    expect(formatInstant(Date.UTC(1945, 0, 1), 'year', 'not a tag!')).to.match(/1945/);
  });
});
