import { expect } from '@open-wc/testing';
import { emblemShape } from '../../src/insignia/index.js';

describe('emblemShape', () => {
  it("emblemShape('none' | undefined) draws nothing", () => {
    expect(emblemShape('none')).to.equal(undefined);
    expect(emblemShape(undefined)).to.equal(undefined);
  });

  it("emblemShape('button') is a 13 mm button on the centre line near the collar end", () => {
    expect(emblemShape('button')).to.deep.equal({ kind: 'button', cx: 30, cy: 18, r: 6.5 });
  });

  it("emblemShape('star') puts a star in the button's place", () => {
    const star = emblemShape('star');
    expect(star?.kind).to.equal('star');
    expect(star?.points?.split(' ')[0]).to.equal('30,10.5');
  });

  it("emblemShape('wreath') frames the button with two arcs", () => {
    expect(emblemShape('wreath')).to.deep.equal({
      kind: 'wreath',
      cx: 30,
      cy: 18,
      r: 6.5,
      d: 'M29 27A9 9 0 0 1 21 16M31 27A9 9 0 0 0 39 16',
    });
  });
});
