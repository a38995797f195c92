import { expect } from '@open-wc/testing';
import { mustParseDate } from '../../src/data/dates.js';
import { formatDate, formatInstant, precisionOf } from '../../src/data/format-date.js';

const d = mustParseDate;
const at = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day);

describe('formatInstant', () => {
  it('precisionOf(part) counts the fields of one EDTF end', () => {
    expect(precisionOf('1945')).to.equal('year');
    expect(precisionOf('1945-09~')).to.equal('month');
    expect(precisionOf('1945-09-15')).to.equal('day');
  });
  it('formatInstant(time, precision) writes English with fixed abbreviations', () => {
    const t = Date.UTC(1945, 8, 15);
    expect([formatInstant(t, 'year'), formatInstant(t, 'month'), formatInstant(t, 'day')]).to.deep.equal([
      '1945',
      'Sep 1945',
      '15 Sep 1945',
    ]);
  });
  it('formatInstant(year 0 or before) counts BCE years', () => {
    const t = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-99);
    expect(formatInstant(t, 'year')).to.equal('100 BCE');
  });
  it('formatInstant(time, precision, bad lang) falls back instead of throwing', () => {
    expect(formatInstant(Date.UTC(1945, 0, 1), 'year', 'not a tag!')).to.match(/1945/);
  });
});

describe('formatDate', () => {
  it('formatDate(date) shows each precision as written', () => {
    expect(formatDate(d('1945'))).to.equal('1945');
    expect(formatDate(d('1949-08'))).to.equal('Aug 1949');
    expect(formatDate(d('1946-06-06'))).to.equal('6 Jun 1946');
    expect(formatDate(d('1945-09'))).to.equal('Sep 1945');
  });
  it('formatDate(approximate or uncertain) marks it "c." or "?"', () => {
    expect(formatDate(d('1946~'))).to.equal('c. 1946');
    expect(formatDate(d('1946?'))).to.equal('1946?');
  });
  it('formatDate(interval) joins the ends at their own precisions with an en dash', () => {
    expect(formatDate(d('1946/1947'))).to.equal('1946–1947');
    expect(formatDate(d('1945-04-08/1949-12-22'))).to.equal('8 Apr 1945–22 Dec 1949');
    expect(formatDate(d('1945-08-19/1946'))).to.equal('19 Aug 1945–1946');
    expect(formatDate(d('1946/1946'))).to.equal('1946');
  });
  it('formatDate(date, lang) uses Intl month names for other languages', () => {
    expect(formatDate(d('1949-08'), 'de')).to.match(/Aug\.? 1949/);
    expect(formatDate(d('1949-08'), 'en-GB')).to.equal('Aug 1949');
  });
});

describe('formatDate (event dates)', () => {
  it('formatDate(date) keeps the precision the date was written with', () => {
    expect(formatDate(d('1945-01-31'))).to.equal('31 Jan 1945');
    expect(formatDate(d('1945-09'))).to.equal('Sep 1945');
    expect(formatDate(d('1945'))).to.equal('1945');
  });

  it('formatDate(interval) joins both ends with an en dash, each at its own precision', () => {
    expect(formatDate(d('1946/1947'))).to.equal('1946–1947');
    expect(formatDate(d('1946-05/1947'))).to.equal('May 1946–1947');
    expect(formatDate(d('1946/1946'))).to.equal('1946');
  });

  it('formatDate marks approximate and uncertain dates', () => {
    expect(formatDate(d('1946~'))).to.equal('c. 1946');
    expect(formatDate(d('1946?'))).to.equal('1946?');
    expect(formatDate(d('1946-03%'))).to.equal('c. Mar 1946?');
  });
});

describe('formatInstant (years, languages)', () => {
  it('formatInstant(t, precision) writes English at each precision with "Sep"', () => {
    expect(formatInstant(at(1945, 9, 15), 'day')).to.equal('15 Sep 1945');
    expect(formatInstant(at(1945, 9, 1), 'month')).to.equal('Sep 1945');
    expect(formatInstant(at(1945, 1, 31), 'year')).to.equal('1945');
    expect(formatInstant(at(1949, 12, 22), 'day', 'en-US')).to.equal('22 Dec 1949');
  });

  it('formatInstant(t, "year") writes years before 1 CE as BCE', () => {
    const t = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(-43);
    expect(formatInstant(t, 'year')).to.equal('44 BCE');
  });

  it('formatInstant(t, precision, lang) uses Intl for other languages', () => {
    const t = at(1945, 9, 15);
    expect(formatInstant(t, 'month', 'de')).to.equal(
      new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(t),
    );
    expect(formatInstant(t, 'year', 'ug')).to.contain('1945');
  });

  it('formatInstant falls back to English-GB Intl for an invalid language tag', () => {
    expect(formatInstant(at(1945, 9, 15), 'year', 'not a tag!')).to.equal('1945');
  });
});
