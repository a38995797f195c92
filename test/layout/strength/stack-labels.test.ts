import { expect } from '@open-wc/testing';
import { stackLabels } from '../../../src/layout/strength/index.js';

describe('stackLabels', () => {
  it('stackLabels(labels, 2) moves an overlapping label to the second row and drops a third', () => {
    const labels = [{ pos: 0, size: 40 }, { pos: 10, size: 40 }, { pos: 20, size: 40 }, { pos: 100, size: 40 }];
    expect(stackLabels(labels, 2)).to.deep.equal([0, 1, -1, 0]);
  });
  it('stackLabels(labels, 0) drops every label', () => {
    expect(stackLabels([{ pos: 0, size: 1 }], 0)).to.deep.equal([-1]);
  });
});
