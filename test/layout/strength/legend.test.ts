import { expect } from '@open-wc/testing';
import { legendItems, legendLayout } from '../../../src/layout/strength/legend.js';

describe('legendLayout', () => {
  it('legendLayout(items, width) flows left to right and wraps', () => {
    const items = [
      { key: 'a', label: 'aaaa' },
      { key: 'b', label: 'bbbb' },
      { key: 'c', label: 'cccc' },
    ];
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

const none = { sides: [], range: false, approximate: false, disputed: false, citationNeeded: false };

describe('legendItems', () => {
  it('legendItems(one side, nothing special) is empty', () => {
    expect(legendItems({ ...none, sides: [{ index: 0, label: 'ETR' }] })).to.deep.equal([]);
  });
  it('legendItems(two sides, ranges and marks) lists sides then encodings', () => {
    const items = legendItems({
      sides: [
        { index: 0, label: 'ETR' },
        { index: 1, label: 'Kuomintang' },
      ],
      range: true,
      approximate: true,
      disputed: true,
      citationNeeded: true,
    });
    expect(items.map((i) => i.key)).to.deep.equal(['side-0', 'side-1', 'exact', 'range', 'approximate', 'disputed', 'citation-needed']);
    expect(items[1]!.label).to.equal('Kuomintang');
  });
});
