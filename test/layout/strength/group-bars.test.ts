import { expect } from '@open-wc/testing';
import { groupBars } from '../../../src/layout/strength/index.js';
import { r2 } from './helpers.js';

describe('groupBars', () => {
  it('groupBars(members) orders by side, then input order, and splits the slot with gaps', () => {
    const bands = groupBars(
      [{ id: 'kmt', sideIndex: 1 }, { id: 'a', sideIndex: 0 }, { id: 'b', sideIndex: 0 }],
      { center: 100, width: 62 },
    );
    expect([...bands.keys()]).to.deep.equal(['a', 'b', 'kmt']);
    expect(r2([...bands.values()])).to.deep.equal([
      { t0: 69, size: 20 },
      { t0: 90, size: 20 },
      { t0: 111, size: 20 },
    ]);
  });
  it('groupBars drops the gaps when the slot is too narrow for them', () => {
    const bands = groupBars([{ id: 'a', sideIndex: 0 }, { id: 'b', sideIndex: 0 }], { center: 1, width: 2 });
    expect([...bands.values()]).to.deep.equal([{ t0: 0, size: 1 }, { t0: 1, size: 1 }]);
  });
  it('groupBars([]) is empty', () => {
    expect(groupBars([], { center: 0, width: 10 }).size).to.equal(0);
  });
});
