import { expect } from '@open-wc/testing';
import { typeAheadMatch } from '../../../src/layout/hierarchy/index.js';

const labels = ['Ghulja Regiment', 'Kensai Regiment', 'Ghulja Reserve Regiment', 'Kazakh Cavalry Regiment', 'Süidün Infantry'];

describe('typeAheadMatch', () => {
  it('typeAheadMatch(labels, from, "k") finds the next label starting with k after the current one', () => {
    expect(typeAheadMatch(labels, 0, 'k')).to.equal(1);
    expect(typeAheadMatch(labels, 1, 'k')).to.equal(3);
  });

  it('typeAheadMatch wraps around', () => {
    expect(typeAheadMatch(labels, 3, 'k')).to.equal(1);
  });

  it('typeAheadMatch with a repeated letter cycles through the matches', () => {
    expect(typeAheadMatch(labels, 0, 'gg')).to.equal(2);
  });

  it('typeAheadMatch with a longer query keeps the current label while it matches', () => {
    expect(typeAheadMatch(labels, 0, 'ghulja')).to.equal(0);
    expect(typeAheadMatch(labels, 0, 'ghulja res')).to.equal(2);
  });

  it('typeAheadMatch ignores case and diacritics', () => {
    expect(typeAheadMatch(labels, 0, 'SUI')).to.equal(4);
  });

  it('typeAheadMatch returns -1 when nothing matches or the query is empty', () => {
    expect(typeAheadMatch(labels, 0, 'zz')).to.equal(-1);
    expect(typeAheadMatch(labels, 0, '')).to.equal(-1);
    expect(typeAheadMatch([], 0, 'a')).to.equal(-1);
  });
});
