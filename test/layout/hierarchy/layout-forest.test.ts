import { expect } from '@open-wc/testing';
import { everything, positions, t } from './trees.js';
import { visibleForest } from '../../../src/layout/hierarchy/forest.js';
import { layoutBounds, layoutForest, layoutIndented, layoutTree } from '../../../src/layout/hierarchy/layout-forest.js';
import type { HierarchyLayout } from '../../../src/layout/hierarchy/types.js';

const options = { box: { x0: -50, y0: -20, x1: 50, y1: 40 }, siblingGap: 20, levelGap: 40 };
const forest = visibleForest([t('a', t('b'), t('c', t('d'))), t('z')], everything);

describe('layoutForest', () => {
  for (const kind of ['tidy', 'horizontal', 'radial', 'indented'] as HierarchyLayout[]) {
    it(`layoutForest(forest, "${kind}") positions every visible node once and links parents to children`, () => {
      const layout = layoutForest(forest, kind, options);
      expect(layout.kind).to.equal(kind);
      expect(layout.nodes.map((n) => n.id).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'z']);
      expect(layout.links.map((l) => `${l.sourceId}>${l.targetId}`).sort()).to.deep.equal(['a>b', 'a>c', 'c>d']);
      expect(layout.byId.get('d')?.node.parentId).to.equal('c');
      for (const n of layout.nodes) {
        expect(n.x + options.box.x0).to.be.at.least(layout.bounds.x0);
        expect(n.y + options.box.y1).to.be.at.most(layout.bounds.y1);
      }
    });
  }

  it('layoutForest keeps node boxes of the tidy layout from overlapping', () => {
    const { nodes } = layoutForest(forest, 'tidy', options);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const overlap = Math.abs(a.x - b.x) < 100 && Math.abs(a.y - b.y) < 60;
        expect(overlap, `${a.id} and ${b.id}`).to.equal(false);
      }
    }
  });
});

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
    const nodes = positions(
      layoutTree(visibleForest([t('r', t('a', t('a1'), t('a2')), t('b', t('b1')))], everything), options, 'vertical'),
    );
    const siblingGap = (nodes.a2?.[0] ?? 0) - (nodes.a1?.[0] ?? 0);
    const cousinGap = (nodes.b1?.[0] ?? 0) - (nodes.a2?.[0] ?? 0);
    expect(siblingGap).to.equal(120);
    expect(cousinGap).to.equal(150);
  });

  it('layoutTree skips collapsed subtrees', () => {
    const nodes = layoutTree(
      visibleForest([t('a', t('b', t('hidden')))], (id) => id === 'a'),
      options,
      'vertical',
    );
    expect(nodes.map((n) => n.id)).to.deep.equal(['a', 'b']);
  });
});

describe('layoutIndented', () => {
  it('layoutIndented(forest) gives one row per visible node in pre-order, indented per level', () => {
    const forest = visibleForest([t('a', t('a1', t('a11')), t('a2')), t('b')], everything);
    const nodes = layoutIndented(forest, { box: { x0: -10, y0: -12, x1: 200, y1: 12 }, siblingGap: 4, levelGap: 24 });
    expect(nodes.map((n) => n.id)).to.deep.equal(['a', 'a1', 'a11', 'a2', 'b']);
    expect(positions(nodes)).to.deep.equal({ a: [0, 0], a1: [24, 28], a11: [48, 56], a2: [24, 84], b: [0, 112] });
  });

  it('layoutIndented of an empty forest is empty', () => {
    expect(
      layoutIndented(visibleForest([], everything), { box: { x0: 0, y0: 0, x1: 1, y1: 1 }, siblingGap: 0, levelGap: 0 }),
    ).to.deep.equal([]);
  });
});

describe('layoutBounds', () => {
  it('layoutBounds(points, box) encloses every node box', () => {
    const box = { x0: -10, y0: -5, x1: 10, y1: 15 };
    expect(
      layoutBounds(
        [
          { x: 0, y: 0 },
          { x: 100, y: -50 },
        ],
        box,
      ),
    ).to.deep.equal({ x0: -10, y0: -55, x1: 110, y1: 15 });
  });

  it('layoutBounds([]) is all zero', () => {
    expect(layoutBounds([], { x0: -1, y0: -1, x1: 1, y1: 1 })).to.deep.equal({ x0: 0, y0: 0, x1: 0, y1: 0 });
  });
});

describe('layoutCompact (layoutForest "compact")', () => {
  const box = { x0: -28, y0: -25, x1: 184, y1: 33 };
  const compact = { box, siblingGap: 6, levelGap: 16 };
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => t(`l${i}`));

  it('stacks up to three leaves in one column right of a trunk under the parent', () => {
    const laid = layoutForest(visibleForest([t('p', ...leaves(3))], everything), 'compact', compact);
    const p = laid.byId.get('p');
    const xs = new Set(['l0', 'l1', 'l2'].map((id) => laid.byId.get(id)?.x));
    expect(xs.size).to.equal(1);
    expect((laid.byId.get('l0')?.x ?? 0) + box.x0).to.be.greaterThan(p?.x ?? 0);
    expect(['l0', 'l1', 'l2'].map((id) => laid.byId.get(id)?.trunk)).to.deep.equal(['left', 'left', 'left']);
    const ys = ['l0', 'l1', 'l2'].map((id) => laid.byId.get(id)?.y ?? 0);
    expect(ys[1]! - ys[0]!).to.equal(box.y1 - box.y0 + 6);
  });

  it('puts more leaves in two columns either side of the trunk, no wider than maxWidth allows', () => {
    const forest = visibleForest([t('p', ...leaves(9))], everything);
    const two = layoutForest(forest, 'compact', compact);
    const p = two.byId.get('p')?.x ?? 0;
    const left = two.nodes.filter((n) => n.trunk === 'right');
    const right = two.nodes.filter((n) => n.trunk === 'left');
    expect([left.length, right.length]).to.deep.equal([5, 4]);
    for (const n of left) expect(n.x + box.x1).to.be.lessThan(p);
    for (const n of right) expect(n.x + box.x0).to.be.greaterThan(p);
    const narrow = layoutForest(forest, 'compact', { ...compact, maxWidth: 300 });
    expect(narrow.nodes.filter((n) => n.trunk === 'left')).to.have.length(9);
  });

  it('sets branches side by side under their parent, centred, without overlapping boxes', () => {
    const laid = layoutForest(
      visibleForest([t('a', t('b', ...leaves(4)), t('c'), t('d', t('d1'), t('d2')))], everything),
      'compact',
      compact,
    );
    const boxes = laid.nodes.map((n) => ({ id: n.id, x0: n.x + box.x0, x1: n.x + box.x1, y0: n.y + box.y0, y1: n.y + box.y1 }));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const hit = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(hit, `${a.id} × ${b.id}`).to.equal(false);
      }
    }
    const a = laid.byId.get('a')!;
    expect(laid.byId.get('b')!.y).to.equal(laid.byId.get('c')!.y);
    expect(laid.byId.get('b')!.y).to.be.greaterThan(a.y);
    expect(laid.links).to.have.length(laid.nodes.length - 1);
  });

  it('handles a chain far deeper than the call stack allows', () => {
    let node = t('n0');
    for (let i = 1; i < 20_000; i += 1) node = t(`n${i}`, node);
    expect(layoutForest(visibleForest([node], everything), 'compact', compact).nodes).to.have.length(20_000);
  });
});
