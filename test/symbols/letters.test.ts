import { expect } from '@open-wc/testing';
import { letterPaths, pathData } from '../../src/symbols/index.js';

describe('letterPaths', () => {
  it('letterPaths("I", cx, cy, h) is a serifed bar h tall centred on the point', () => {
    expect(pathData(letterPaths('I', 0, 0, 10))).to.equal('M-2,-5L2,-5M0,-5L0,5M-2,5L2,5');
    expect(pathData(letterPaths('I', 100, 50, 10))).to.equal('M98,45L102,45M100,45L100,55M98,55L102,55');
  });

  it('letterPaths centres the whole word: RES spans as far left as right', () => {
    const xs = letterPaths('RES', 0, 0, 10).flatMap((c) => (c.c === 'Z' ? [] : [c.x]));
    expect(Math.round((Math.min(...xs) + Math.max(...xs)) * 100) / 100).to.be.closeTo(0, 0.3);
  });

  it('letterPaths skips letters it has no glyph for', () => {
    expect(letterPaths('?', 0, 0, 10)).to.deep.equal([]);
    expect(pathData(letterPaths('xIx', 0, 0, 10))).to.equal(pathData(letterPaths('I', 0, 0, 10)));
  });
});
