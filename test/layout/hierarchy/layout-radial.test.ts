import { expect } from '@open-wc/testing';
import { everything, positions, r2, t } from './trees.js';
import { visibleForest } from '../../../src/layout/hierarchy/forest.js';
import { layoutRadial } from '../../../src/layout/hierarchy/layout-radial.js';

const options = { box: { x0: -50, y0: -20, x1: 50, y1: 40 }, siblingGap: 20, levelGap: 40 };

describe('layoutRadial', () => {
  it('layoutRadial(single root) centres the root and rings its children', () => {
    const nodes = layoutRadial(visibleForest([t('a', t('b'), t('c'), t('d'), t('e'))], everything), options);
    expect(positions(nodes).a).to.deep.equal([0, 0]);
    const radii = nodes.filter((n) => n.id !== 'a').map((n) => r2(Math.hypot(n.x, n.y)));
    expect(new Set(radii).size).to.equal(1);
    // The ring is at least a box (its larger side) plus the level gap out.
    expect(radii[0]).to.be.at.least(140);
  });

  it('layoutRadial starts at the top and goes clockwise', () => {
    const p = positions(layoutRadial(visibleForest([t('a', t('b'), t('c'))], everything), options));
    // d3 tree spreads two siblings at a quarter and three quarters of the circle.
    expect(p.b?.[0]).to.be.greaterThan(0);
    expect(p.c?.[0]).to.be.lessThan(0);
  });

  it('layoutRadial keeps adjacent nodes on a crowded ring at least a box width apart', () => {
    const many = Array.from({ length: 40 }, (_, i) => t(`c${i}`));
    const nodes = layoutRadial(visibleForest([t('root', ...many)], everything), options);
    const ring = nodes.filter((n) => n.id !== 'root');
    let closest = Infinity;
    ring.forEach((n, i) => {
      const next = ring[(i + 1) % ring.length] as { x: number; y: number };
      closest = Math.min(closest, Math.hypot(n.x - next.x, n.y - next.y));
    });
    expect(r2(closest)).to.be.at.least(120);
  });

  it('layoutRadial of several roots draws one circle per root, side by side, roots at y = 0', () => {
    const nodes = layoutRadial(visibleForest([t('a', t('a1'), t('a2')), t('b', t('b1'))], everything), options);
    const p = positions(nodes);
    expect(nodes.map((n) => n.id).sort()).to.deep.equal(['a', 'a1', 'a2', 'b', 'b1']);
    expect(p.a?.[1]).to.equal(0);
    expect(p.b?.[1]).to.equal(0);
    // b's circle starts right of a's, a level gap apart.
    const aRight = Math.max(...['a', 'a1', 'a2'].map((id) => p[id]?.[0] ?? 0)) + 50;
    const bLeft = Math.min(...['b', 'b1'].map((id) => p[id]?.[0] ?? 0)) - 50;
    expect(r2(bLeft - aRight)).to.equal(40);
    // Each root is the centre of its children's ring.
    expect(r2(Math.hypot((p.a1?.[0] ?? 0) - (p.a?.[0] ?? 0), p.a1?.[1] ?? 0))).to.equal(
      r2(Math.hypot((p.a2?.[0] ?? 0) - (p.a?.[0] ?? 0), p.a2?.[1] ?? 0)),
    );
  });
});
