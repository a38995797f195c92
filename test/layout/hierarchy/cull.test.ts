import { expect } from '@open-wc/testing';
import { cullLinks, cullNodes, viewWindow } from '../../../src/layout/hierarchy/cull.js';

describe('cullNodes', () => {
  const box = { x0: -10, y0: -10, x1: 10, y1: 10 };
  const nodes = [
    { id: 'inside', x: 50, y: 50 },
    { id: 'edge', x: 105, y: 50 },
    { id: 'outside', x: 200, y: 50 },
    { id: 'above', x: 50, y: -30 },
  ];

  it('cullNodes(nodes, window, box) keeps nodes whose box touches the window', () => {
    expect(cullNodes(nodes, { x0: 0, y0: 0, x1: 100, y1: 100 }, box).map((n) => n.id)).to.deep.equal(['inside', 'edge']);
  });

  it('cullNodes keeps everything in a window around all nodes and nothing far away', () => {
    expect(cullNodes(nodes, { x0: -1000, y0: -1000, x1: 1000, y1: 1000 }, box)).to.have.length(4);
    expect(cullNodes(nodes, { x0: 5000, y0: 5000, x1: 6000, y1: 6000 }, box)).to.deep.equal([]);
  });
});

describe('cullLinks', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 500, y: 0 }],
    ['c', { x: 2000, y: 2000 }],
    ['d', { x: 2100, y: 2000 }],
  ]);
  const links = [
    { sourceId: 'a', targetId: 'b' },
    { sourceId: 'c', targetId: 'd' },
    { sourceId: 'a', targetId: 'missing' },
  ];

  it('cullLinks keeps links crossing the window even when both ends are outside it', () => {
    expect(cullLinks(links, positions, { x0: 200, y0: -10, x1: 300, y1: 10 })).to.deep.equal([{ sourceId: 'a', targetId: 'b' }]);
  });

  it('cullLinks drops links far away and links with a missing end', () => {
    expect(cullLinks(links, positions, { x0: -10000, y0: -10000, x1: 10000, y1: 10000 })).to.have.length(2);
  });
});

describe('viewWindow', () => {
  it('viewWindow(identity, viewport) is the viewport itself', () => {
    expect(viewWindow({ x: 0, y: 0, k: 1 }, { width: 800, height: 600 })).to.deep.equal({ x0: 0, y0: 0, x1: 800, y1: 600 });
  });

  it('viewWindow undoes pan and zoom and grows by the margin in screen pixels', () => {
    expect(viewWindow({ x: 100, y: -50, k: 2 }, { width: 800, height: 600 }, 20)).to.deep.equal({ x0: -60, y0: 15, x1: 360, y1: 335 });
  });
});
