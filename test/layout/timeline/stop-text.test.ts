import { expect } from '@open-wc/testing';
import { stopText } from '../../../src/layout/timeline/stop-text.js';
import { d, ev } from './helpers.js';

describe('stopText', () => {
  it('stopText(stop) writes the date once for events written with the same date', () => {
    const stop = { entries: [{ event: ev('a', '1945-09', 'Battle A'), date: d('1945-09') }, { event: ev('b', '1945-09', 'Battle B'), date: d('1945-09') }] };
    expect(stopText(stop)).to.equal('Sep 1945: Battle A; Battle B');
  });

  it('stopText(stop) keeps each event\'s own date when they differ', () => {
    const stop = { entries: [{ event: ev('a', '1946/1947', 'Troops sent'), date: d('1946/1947') }, { event: ev('b', '1947', 'Defection'), date: d('1947') }] };
    expect(stopText(stop)).to.equal('1946–1947: Troops sent; 1947: Defection');
  });

  it('stopText(stop) keeps markup in titles as plain text', () => {
    const stop = { entries: [{ event: ev('x', '1945-01-31', '<img src=x onerror=alert(1)>'), date: d('1945-01-31') }] };
    expect(stopText(stop)).to.equal('31 Jan 1945: <img src=x onerror=alert(1)>');
  });
});
