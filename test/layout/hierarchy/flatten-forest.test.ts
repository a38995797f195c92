import { expect } from '@open-wc/testing';
import { flattenForest, visibleForest } from '../../../src/layout/hierarchy/index.js';
import { everything, t } from './trees.js';

describe('flattenForest', () => {
  it('flattenForest(forest) lists visible items in outline order with ARIA level, set size and position', () => {
    const forest = visibleForest([t('a', t('a1', t('a11')), t('a2')), t('b')], (id) => id !== 'a1');
    expect(flattenForest(forest)).to.deep.equal([
      { id: 'a', parentId: null, level: 1, setSize: 2, posInSet: 1, expandable: true, expanded: true },
      { id: 'a1', parentId: 'a', level: 2, setSize: 2, posInSet: 1, expandable: true, expanded: false },
      { id: 'a2', parentId: 'a', level: 2, setSize: 2, posInSet: 2, expandable: false, expanded: false },
      { id: 'b', parentId: null, level: 1, setSize: 2, posInSet: 2, expandable: false, expanded: false },
    ]);
  });

  it('flattenForest of an empty forest is empty', () => {
    expect(flattenForest(visibleForest([], everything))).to.deep.equal([]);
  });
});
