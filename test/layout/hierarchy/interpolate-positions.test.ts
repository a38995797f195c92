import { expect } from '@open-wc/testing';
import { everything, positions, t } from './trees.js';
import { visibleForest } from '../../../src/layout/hierarchy/forest.js';
import { interpolatePositions } from '../../../src/layout/hierarchy/interpolate-positions.js';
import { layoutForest } from '../../../src/layout/hierarchy/layout-forest.js';

describe('interpolatePositions', () => {
  const next = layoutForest(visibleForest([t('a', t('b', t('new')))], everything), 'indented', {
    box: { x0: 0, y0: 0, x1: 10, y1: 10 },
    siblingGap: 0,
    levelGap: 10,
  });
  // next: a (0,0), b (10,10), new (20,20)
  const from = new Map([
    ['a', { x: 100, y: 0 }],
    ['b', { x: 0, y: 100 }],
  ]);

  it('interpolatePositions(from, to, byId, 0) starts at the old places; new nodes at their ancestor', () => {
    expect(positions([...interpolatePositions(from, next.nodes, next.byId, 0)].map(([id, p]) => ({ id, ...p })))).to.deep.equal({
      a: [100, 0],
      b: [0, 100],
      new: [0, 100],
    });
  });

  it('interpolatePositions at 0.5 is half way and at 1 the new layout', () => {
    const half = interpolatePositions(from, next.nodes, next.byId, 0.5);
    expect(half.get('a')).to.deep.equal({ x: 50, y: 0 });
    expect(half.get('new')).to.deep.equal({ x: 10, y: 60 });
    expect(positions([...interpolatePositions(from, next.nodes, next.byId, 1)].map(([id, p]) => ({ id, ...p })))).to.deep.equal(
      positions(next.nodes),
    );
  });

  it('interpolatePositions with nothing before puts every node at its new place', () => {
    expect(interpolatePositions(new Map(), next.nodes, next.byId, 0).get('new')).to.deep.equal({ x: 20, y: 20 });
  });
});
