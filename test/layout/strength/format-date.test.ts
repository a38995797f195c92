import { expect } from '@open-wc/testing';
import { formatDate } from '../../../src/layout/strength/index.js';
import { d } from './helpers.js';

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
