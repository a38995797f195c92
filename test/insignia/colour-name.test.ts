import { expect } from '@open-wc/testing';
import { colourName } from '../../src/insignia/index.js';

describe('colourName', () => {
  it('colourName(keyword) keeps CSS keywords, splitting dark/light prefixes', () => {
    expect(colourName('gold')).to.equal('gold');
    expect(colourName('DarkRed')).to.equal('dark red');
    expect(colourName('lightgray')).to.equal('light grey');
  });

  it('colourName(hex or rgb) names the nearest palette colour', () => {
    expect(colourName('#c9a227')).to.equal('gold');
    expect(colourName('#b22222')).to.equal('red');
    expect(colourName('#7d7550')).to.equal('khaki');
    expect(colourName('#8b1a1a')).to.equal('dark red');
    expect(colourName('#b0103a')).to.equal('crimson');
    expect(colourName('#ccc')).to.equal('silver');
    expect(colourName('rgb(0, 0, 0)')).to.equal('black');
  });

  it('colourName(…) gives undefined for what it cannot name', () => {
    expect(colourName(undefined)).to.equal(undefined);
    expect(colourName('var(--x)')).to.equal(undefined);
    expect(colourName('hsl(0 50% 50%)')).to.equal(undefined);
    expect(colourName('transparent')).to.equal(undefined);
  });
});
