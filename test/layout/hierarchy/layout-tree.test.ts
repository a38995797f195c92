import { expect } from '@open-wc/testing';
import { layoutTree, visibleForest } from '../../../src/layout/hierarchy/index.js';
import { everything, positions, t } from './trees.js';

const options = { box: { x0: -50, y0: -20, x1: 50, y1: 40 }, siblingGap: 20, levelGap: 40 };

describe('layoutTree', () => {
  it('layoutTree(forest, options, "vertical") puts a single root on top at the origin, children one level down', () => {
    const forest = visibleForest([t('a', t('b'), t('c'))], everything);
    // breadth = 100 + 20, level step = 60 + 40
    expect(positions(layoutTree(forest, options, 'vertical'))).to.deep.equal({ a: [0, 0], b: [-60, 100], c: [60, 100] });
  });

  it('layoutTree(…, "horizontal") swaps the axes: depth to the right', () => {
    const forest = visibleForest([t('a', t('b'), t('c'))], everything);
    // breadth = 60 + 20, level step = 100 + 40
    expect(positions(layoutTree(forest, options, 'horizontal'))).to.deep.equal({ a: [0, 0], b: [140, -40], c: [140, 40] });
  });

  it('layoutTree lays a forest out side by side with the roots at depth 0 and omits the super-root', () => {
    const nodes = layoutTree(visibleForest([t('a'), t('b')], everything), options, 'vertical');
    expect(positions(nodes)).to.deep.equal({ a: [-60, 0], b: [60, 0] });
  });

  it('layoutTree separates cousins more than siblings', () => {
    const nodes = positions(layoutTree(visibleForest([t('r', t('a', t('a1'), t('a2')), t('b', t('b1')))], everything), options, 'vertical'));
    const siblingGap = (nodes.a2?.[0] ?? 0) - (nodes.a1?.[0] ?? 0);
    const cousinGap = (nodes.b1?.[0] ?? 0) - (nodes.a2?.[0] ?? 0);
    expect(siblingGap).to.equal(120);
    expect(cousinGap).to.equal(150);
  });

  it('layoutTree skips collapsed subtrees', () => {
    const nodes = layoutTree(visibleForest([t('a', t('b', t('hidden')))], (id) => id === 'a'), options, 'vertical');
    expect(nodes.map((n) => n.id)).to.deep.equal(['a', 'b']);
  });
});
