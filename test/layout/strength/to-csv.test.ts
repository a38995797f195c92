import { expect } from '@open-wc/testing';
import { toCSV } from '../../../src/layout/strength/index.js';

describe('toCSV', () => {
  it('toCSV(rows) joins cells with commas and records with CRLF', () => {
    expect(toCSV([['a', 'b'], [1, 'x,y']])).to.equal('a,b\r\n1,"x,y"\r\n');
  });
  it('toCSV([]) is empty', () => {
    expect(toCSV([])).to.equal('');
  });
});
