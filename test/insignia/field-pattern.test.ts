import { expect } from '@open-wc/testing';
import { fieldPattern } from '../../src/insignia/index.js';

describe('fieldPattern', () => {
  it("fieldPattern('plain') has no texture", () => {
    expect(fieldPattern('plain')).to.equal(undefined);
  });

  it("fieldPattern('zigzag') draws 8 lengthwise zigzags 7.5 mm apart over the whole board", () => {
    const pattern = fieldPattern('zigzag');
    expect(pattern?.kind).to.equal('zigzag');
    const lines = (pattern?.d ?? '').split('M').filter(Boolean);
    expect(lines).to.have.length(8);
    expect(lines[0]?.startsWith('3.75 0L7.5 5L3.75 10L7.5 15')).to.equal(true);
    expect(lines[7]?.startsWith('56.25 0L60 5')).to.equal(true);
    expect(lines[0]?.endsWith('L3.75 150L7.5 155')).to.equal(true);
  });

  it("fieldPattern('galloon') draws transverse ribs every 3 mm", () => {
    const pattern = fieldPattern('galloon');
    expect(pattern?.kind).to.equal('galloon');
    const ribs = (pattern?.d ?? '').split('M').filter(Boolean);
    expect(ribs).to.have.length(49);
    expect(ribs.slice(0, 2)).to.deep.equal(['0 3H60', '0 6H60']);
  });
});
