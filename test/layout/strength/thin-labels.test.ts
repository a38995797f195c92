import { expect } from '@open-wc/testing';
import { thinLabels } from '../../../src/layout/strength/index.js';

describe('thinLabels', () => {
  it('thinLabels(spaced labels) keeps them all', () => {
    expect(thinLabels([{ pos: 0, size: 20 }, { pos: 40, size: 20 }, { pos: 80, size: 20 }])).to.deep.equal([0, 1, 2]);
  });
  it('thinLabels(crowded labels) keeps every k-th so none overlap', () => {
    const labels = Array.from({ length: 10 }, (_, i) => ({ pos: i * 20, size: 30 }));
    expect(thinLabels(labels)).to.deep.equal([0, 2, 4, 6, 8]);
  });
  it('thinLabels([]) is empty and one label is kept', () => {
    expect(thinLabels([])).to.deep.equal([]);
    expect(thinLabels([{ pos: 5, size: 500 }])).to.deep.equal([0]);
  });
  it('thinLabels(labels too wide for any stride) keeps only the first', () => {
    expect(thinLabels([{ pos: 0, size: 100 }, { pos: 10, size: 100 }])).to.deep.equal([0]);
  });
});
