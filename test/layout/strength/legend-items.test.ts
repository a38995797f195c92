import { expect } from '@open-wc/testing';
import { legendItems } from '../../../src/layout/strength/index.js';

const none = { sides: [], range: false, approximate: false, disputed: false, citationNeeded: false };

describe('legendItems', () => {
  it('legendItems(one side, nothing special) is empty', () => {
    expect(legendItems({ ...none, sides: [{ index: 0, label: 'ETR' }] })).to.deep.equal([]);
  });
  it('legendItems(two sides, ranges and marks) lists sides then encodings', () => {
    const items = legendItems({ sides: [{ index: 0, label: 'ETR' }, { index: 1, label: 'Kuomintang' }], range: true, approximate: true, disputed: true, citationNeeded: true });
    expect(items.map((i) => i.key)).to.deep.equal(['side-0', 'side-1', 'exact', 'range', 'approximate', 'disputed', 'citation-needed']);
    expect(items[1]!.label).to.equal('Kuomintang');
  });
});
