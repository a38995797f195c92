import { expect } from '@open-wc/testing';
import { t } from './trees.js';
import { flattenForest, visibleForest } from '../../../src/layout/hierarchy/forest.js';
import { treeKeyAction, typeAheadMatch } from '../../../src/layout/hierarchy/keys.js';

// a (open) > a1 (closed, has a11), a2 (open) > a21 ; b (leaf) ; c (closed, has c1)
const items = flattenForest(
  visibleForest([t('a', t('a1', t('a11')), t('a2', t('a21'))), t('b'), t('c', t('c1'))], (id) => id === 'a' || id === 'a2'),
);

describe('treeKeyAction', () => {
  it('ArrowDown / ArrowUp move through the visible items in outline order', () => {
    expect(items.map((i) => i.id)).to.deep.equal(['a', 'a1', 'a2', 'a21', 'b', 'c']);
    expect(treeKeyAction(items, 'a1', 'ArrowDown')).to.deep.equal({ type: 'focus', id: 'a2' });
    expect(treeKeyAction(items, 'a2', 'ArrowUp')).to.deep.equal({ type: 'focus', id: 'a1' });
  });

  it('ArrowDown on the last and ArrowUp on the first item do nothing', () => {
    expect(treeKeyAction(items, 'c', 'ArrowDown')).to.deep.equal({ type: 'none' });
    expect(treeKeyAction(items, 'a', 'ArrowUp')).to.deep.equal({ type: 'none' });
  });

  it('ArrowRight expands a closed node, enters an open one, and does nothing on a leaf', () => {
    expect(treeKeyAction(items, 'a1', 'ArrowRight')).to.deep.equal({ type: 'expand', id: 'a1' });
    expect(treeKeyAction(items, 'a2', 'ArrowRight')).to.deep.equal({ type: 'focus', id: 'a21' });
    expect(treeKeyAction(items, 'b', 'ArrowRight')).to.deep.equal({ type: 'none' });
  });

  it('ArrowLeft collapses an open node, goes to the parent otherwise, and stops at a root', () => {
    expect(treeKeyAction(items, 'a2', 'ArrowLeft')).to.deep.equal({ type: 'collapse', id: 'a2' });
    expect(treeKeyAction(items, 'a21', 'ArrowLeft')).to.deep.equal({ type: 'focus', id: 'a2' });
    expect(treeKeyAction(items, 'b', 'ArrowLeft')).to.deep.equal({ type: 'none' });
  });

  it('Home and End go to the first and last item', () => {
    expect(treeKeyAction(items, 'a21', 'Home')).to.deep.equal({ type: 'focus', id: 'a' });
    expect(treeKeyAction(items, 'a21', 'End')).to.deep.equal({ type: 'focus', id: 'c' });
  });

  it('Enter and Space select the current item', () => {
    expect(treeKeyAction(items, 'b', 'Enter')).to.deep.equal({ type: 'select', id: 'b' });
    expect(treeKeyAction(items, 'b', ' ')).to.deep.equal({ type: 'select', id: 'b' });
  });

  it('* expands every closed sibling of the current item', () => {
    expect(treeKeyAction(items, 'b', '*')).to.deep.equal({ type: 'expand-siblings', ids: ['c'] });
    expect(treeKeyAction(items, 'a2', '*')).to.deep.equal({ type: 'expand-siblings', ids: ['a1'] });
    expect(treeKeyAction(items, 'a21', '*')).to.deep.equal({ type: 'none' });
  });

  it('with no current item, navigation keys focus the first (End: the last) item', () => {
    expect(treeKeyAction(items, undefined, 'ArrowDown')).to.deep.equal({ type: 'focus', id: 'a' });
    expect(treeKeyAction(items, 'gone', 'End')).to.deep.equal({ type: 'focus', id: 'c' });
  });

  it('other keys and an empty tree do nothing', () => {
    expect(treeKeyAction(items, 'a', 'x')).to.deep.equal({ type: 'none' });
    expect(treeKeyAction([], 'a', 'ArrowDown')).to.deep.equal({ type: 'none' });
  });
});

const labels = ['Ghulja Regiment', 'Kensai Regiment', 'Ghulja Reserve Regiment', 'Kazakh Cavalry Regiment', 'Süidün Infantry'];

describe('typeAheadMatch', () => {
  it('typeAheadMatch(labels, from, "k") finds the next label starting with k after the current one', () => {
    expect(typeAheadMatch(labels, 0, 'k')).to.equal(1);
    expect(typeAheadMatch(labels, 1, 'k')).to.equal(3);
  });

  it('typeAheadMatch wraps around', () => {
    expect(typeAheadMatch(labels, 3, 'k')).to.equal(1);
  });

  it('typeAheadMatch with a repeated letter cycles through the matches', () => {
    expect(typeAheadMatch(labels, 0, 'gg')).to.equal(2);
  });

  it('typeAheadMatch with a longer query keeps the current label while it matches', () => {
    expect(typeAheadMatch(labels, 0, 'ghulja')).to.equal(0);
    expect(typeAheadMatch(labels, 0, 'ghulja res')).to.equal(2);
  });

  it('typeAheadMatch ignores case and diacritics', () => {
    expect(typeAheadMatch(labels, 0, 'SUI')).to.equal(4);
  });

  it('typeAheadMatch returns -1 when nothing matches or the query is empty', () => {
    expect(typeAheadMatch(labels, 0, 'zz')).to.equal(-1);
    expect(typeAheadMatch(labels, 0, '')).to.equal(-1);
    expect(typeAheadMatch([], 0, 'a')).to.equal(-1);
  });
});
