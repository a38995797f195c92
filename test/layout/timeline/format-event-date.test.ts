import { expect } from '@open-wc/testing';
import { formatEventDate } from '../../../src/layout/timeline/format-event-date.js';
import { d } from './helpers.js';

describe('formatEventDate', () => {
  it('formatEventDate(date) keeps the precision the date was written with', () => {
    expect(formatEventDate(d('1945-01-31'))).to.equal('31 Jan 1945');
    expect(formatEventDate(d('1945-09'))).to.equal('Sept 1945');
    expect(formatEventDate(d('1945'))).to.equal('1945');
  });

  it('formatEventDate(interval) joins both ends with an en dash, each at its own precision', () => {
    expect(formatEventDate(d('1946/1947'))).to.equal('1946–1947');
    expect(formatEventDate(d('1946-05/1947'))).to.equal('May 1946–1947');
    expect(formatEventDate(d('1946/1946'))).to.equal('1946');
  });

  it('formatEventDate marks approximate and uncertain dates', () => {
    expect(formatEventDate(d('1946~'))).to.equal('c. 1946');
    expect(formatEventDate(d('1946?'))).to.equal('1946?');
    expect(formatEventDate(d('1946-03%'))).to.equal('c. Mar 1946?');
  });
});
