import { expect } from '@open-wc/testing';
import { stopAt } from '../../../src/layout/timeline/stop-at.js';

const stops = [10, 20, 30].map((instant) => ({ instant }));

describe('stopAt', () => {
  it('stopAt(stops, t) finds the last stop at or before t', () => {
    expect([5, 10, 15, 20, 29, 30, 99].map((t) => stopAt(stops, t))).to.deep.equal([-1, 0, 0, 1, 1, 2, 2]);
  });

  it('stopAt([], t) is -1', () => {
    expect(stopAt([], 10)).to.equal(-1);
  });
});
