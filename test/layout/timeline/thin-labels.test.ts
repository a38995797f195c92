import { expect } from '@open-wc/testing';
import { thinLabels } from '../../../src/layout/timeline/thin-labels.js';

describe('thinLabels', () => {
  it('thinLabels(labels) keeps every label that has room', () => {
    expect(thinLabels([{ x: 0, width: 30 }, { x: 40, width: 30 }, { x: 80, width: 30 }], 6)).to.deep.equal([0, 1, 2]);
  });

  it('thinLabels(labels, gap) drops labels that would overlap the last one kept', () => {
    const labels = [0, 20, 40, 60, 80].map((x) => ({ x, width: 30 }));
    expect(thinLabels(labels, 6)).to.deep.equal([0, 2, 4]);
  });

  it('thinLabels works on labels sorted right to left', () => {
    const labels = [80, 60, 40, 20, 0].map((x) => ({ x, width: 30 }));
    expect(thinLabels(labels, 6)).to.deep.equal([0, 2, 4]);
  });

  it('thinLabels([]) is empty', () => {
    expect(thinLabels([])).to.deep.equal([]);
  });
});
