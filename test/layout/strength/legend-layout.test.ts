import { expect } from '@open-wc/testing';
import { legendLayout } from '../../../src/layout/strength/index.js';

describe('legendLayout', () => {
  it('legendLayout(items, width) flows left to right and wraps', () => {
    const items = [{ key: 'a', label: 'aaaa' }, { key: 'b', label: 'bbbb' }, { key: 'c', label: 'cccc' }];
    const out = legendLayout(items, { width: 100, labelSize: (s) => s.length * 10 });
    expect(out.items.map((i) => [i.key, i.x, i.y, i.width])).to.deep.equal([
      ['a', 0, 0, 60],
      ['b', 0, 20, 60],
      ['c', 0, 40, 60],
    ]);
    expect(out.height).to.equal(60);
  });
  it('legendLayout([]) has no height', () => {
    expect(legendLayout([], { width: 100, labelSize: () => 1 })).to.deep.equal({ items: [], height: 0 });
  });
});
