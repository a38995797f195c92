import { expect } from '@open-wc/testing';
import { everything, t } from './trees.js';
import { hierarchy, tree } from 'd3-hierarchy';
import { FOREST_ROOT_ID, countDescendants, flattenForest, hierarchyOf, visibleForest } from '../../../src/layout/hierarchy/forest.js';
import type { ForestNode } from '../../../src/layout/hierarchy/types.js';

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
        [
          'a',
          true,
          2,
          [
            ['a1', true, 1, [['a11', false, 0, []]]],
            ['a2', false, 0, []],
          ],
        ],
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

describe('hierarchyOf', () => {
  interface Item {
    id: string;
    children: Item[];
  }
  /** A seeded random tree of `n` items (each picks an earlier item as parent). */
  function randomTree(n: number, seed: number): Item {
    const items: Item[] = [{ id: '0', children: [] }];
    let s = seed;
    for (let i = 1; i < n; i += 1) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const item = { id: String(i), children: [] };
      (items[s % i] as Item).children.push(item);
      items.push(item);
    }
    return items[0] as Item;
  }
  const summary = (root: ReturnType<typeof hierarchy<Item>>) =>
    root.descendants().map((n) => [n.data.id, n.depth, n.height, n.parent?.data.id ?? null, n.x, n.y, n.children?.length ?? 0]);

  it('hierarchyOf(top) is the tree d3 hierarchy(top, children) builds: depth, height, parents, tidy positions', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const top = randomTree(300, seed);
      const layout = tree<Item>().nodeSize([10, 20]);
      const ours = layout(hierarchyOf(top));
      const d3s = layout(hierarchy(top, (n) => n.children));
      expect(summary(ours)).to.deep.equal(summary(d3s));
    }
  });

  it('hierarchyOf builds a 100,000-level chain with its height (d3 walks up from every node: 10^10 steps)', () => {
    const top: Item = { id: '0', children: [] };
    let last = top;
    for (let i = 1; i < 100_000; i += 1) {
      const next = { id: String(i), children: [] };
      last.children.push(next);
      last = next;
    }
    const root = hierarchyOf(top);
    expect(root.height).to.equal(99_999);
    expect(root.leaves()[0]?.depth).to.equal(99_999);
  });
});
