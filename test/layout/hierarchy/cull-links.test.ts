import { expect } from '@open-wc/testing';
import { cullLinks } from '../../../src/layout/hierarchy/index.js';

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
