import { expect } from '@open-wc/testing';
import { nearestStop } from '../../../src/layout/timeline/nearest-stop.js';

describe('nearestStop', () => {
  it('nearestStop(positions, x) snaps to the closest position', () => {
    const xs = [10, 50, 60];
    expect([0, 29, 31, 54, 56, 500].map((x) => nearestStop(xs, x))).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('nearestStop(positions, x) takes the earlier on a tie and works right to left', () => {
    expect(nearestStop([10, 20], 15)).to.equal(0);
    expect(nearestStop([90, 50, 10], 45)).to.equal(1);
  });

  it('nearestStop([], x) is -1', () => {
    expect(nearestStop([], 3)).to.equal(-1);
  });
});
