import { expect } from '@open-wc/testing';
import { countDescendants } from '../../../src/layout/hierarchy/index.js';
import { t } from './trees.js';

describe('countDescendants', () => {
  it('countDescendants(node) counts every node below, at any depth', () => {
    const tree = t('a', t('b', t('c'), t('d')), t('e'));
    expect(countDescendants(tree)).to.equal(4);
    expect(countDescendants(tree.children[0] as never)).to.equal(2);
  });

  it('countDescendants(leaf) is 0', () => {
    expect(countDescendants(t('x'))).to.equal(0);
  });
});
