import { expect } from '@open-wc/testing';
import { cullNodes } from '../../../src/layout/hierarchy/index.js';

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
