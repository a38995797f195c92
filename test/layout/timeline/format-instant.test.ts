import { expect } from '@open-wc/testing';
import { formatInstant } from '../../../src/layout/timeline/format-instant.js';

const at = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day);

describe('formatInstant', () => {
  it('formatInstant(t, precision) writes English at each precision with "Sept"', () => {
    expect(formatInstant(at(1945, 9, 15), 'day')).to.equal('15 Sept 1945');
    expect(formatInstant(at(1945, 9, 1), 'month')).to.equal('Sept 1945');
    expect(formatInstant(at(1945, 1, 31), 'year')).to.equal('1945');
    expect(formatInstant(at(1949, 12, 22), 'day', 'en-US')).to.equal('22 Dec 1949');
  });

  it('formatInstant(t, "year") writes years before 1 CE as BCE', () => {
    const t = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-43);
    expect(formatInstant(t, 'year')).to.equal('44 BCE');
  });

  it('formatInstant(t, precision, lang) uses Intl for other languages', () => {
    const t = at(1945, 9, 15);
    expect(formatInstant(t, 'month', 'de')).to.equal(new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(t));
    expect(formatInstant(t, 'year', 'ug')).to.contain('1945');
  });

  it('formatInstant falls back to English-GB Intl for an invalid language tag', () => {
    expect(formatInstant(at(1945, 9, 15), 'year', 'not a tag!')).to.equal('1945');
  });
});
