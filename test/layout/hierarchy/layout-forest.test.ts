import { expect } from '@open-wc/testing';
import { layoutForest, visibleForest } from '../../../src/layout/hierarchy/index.js';
import type { HierarchyLayout } from '../../../src/layout/hierarchy/index.js';
import { everything, t } from './trees.js';

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
