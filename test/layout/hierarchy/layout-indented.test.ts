import { expect } from '@open-wc/testing';
import { layoutIndented, visibleForest } from '../../../src/layout/hierarchy/index.js';
import { everything, positions, t } from './trees.js';

describe('layoutIndented', () => {
  it('layoutIndented(forest) gives one row per visible node in pre-order, indented per level', () => {
    const forest = visibleForest([t('a', t('a1', t('a11')), t('a2')), t('b')], everything);
    const nodes = layoutIndented(forest, { box: { x0: -10, y0: -12, x1: 200, y1: 12 }, siblingGap: 4, levelGap: 24 });
    expect(nodes.map((n) => n.id)).to.deep.equal(['a', 'a1', 'a11', 'a2', 'b']);
    expect(positions(nodes)).to.deep.equal({ a: [0, 0], a1: [24, 28], a11: [48, 56], a2: [24, 84], b: [0, 112] });
  });

  it('layoutIndented of an empty forest is empty', () => {
    expect(layoutIndented(visibleForest([], everything), { box: { x0: 0, y0: 0, x1: 1, y1: 1 }, siblingGap: 0, levelGap: 0 })).to.deep.equal([]);
  });
});
