import { expect } from '@open-wc/testing';
import { FOREST_ROOT_ID, visibleForest } from '../../../src/layout/hierarchy/index.js';
import type { ForestNode } from '../../../src/layout/hierarchy/index.js';
import { everything, t } from './trees.js';

const shape = (n: ForestNode): unknown => [n.id, n.expanded, n.childCount, n.children.map(shape)];

describe('visibleForest', () => {
  const roots = [t('a', t('a1', t('a11')), t('a2')), t('b')];

  it('visibleForest(roots, all) wraps the roots in an undrawn super-root', () => {
    const forest = visibleForest(roots, everything);
    expect(forest.id).to.equal(FOREST_ROOT_ID);
    expect(forest.item).to.equal(undefined);
    expect(forest.depth).to.equal(-1);
    expect(shape(forest)).to.deep.equal([
      FOREST_ROOT_ID,
      true,
      2,
      [
        ['a', true, 2, [['a1', true, 1, [['a11', false, 0, []]]], ['a2', false, 0, []]]],
        ['b', false, 0, []],
      ],
    ]);
  });

  it('visibleForest drops the children of collapsed nodes but keeps their count', () => {
    const forest = visibleForest(roots, (id) => id !== 'a1');
    const a1 = forest.children[0]?.children[0];
    expect(a1?.expanded).to.equal(false);
    expect(a1?.children).to.deep.equal([]);
    expect(a1?.childCount).to.equal(1);
  });

  it('visibleForest passes depth (0 for roots) and records parents', () => {
    const seen: [string, number][] = [];
    const forest = visibleForest(roots, (id, depth) => {
      seen.push([id, depth]);
      return true;
    });
    expect(seen).to.deep.equal([
      ['a', 0],
      ['a1', 1],
    ]);
    expect(forest.children[0]?.children[0]?.parentId).to.equal('a');
    expect(forest.children[0]?.parentId).to.equal(null);
  });

  it('visibleForest([]) is an empty super-root', () => {
    expect(visibleForest([], everything).children).to.deep.equal([]);
  });
});
