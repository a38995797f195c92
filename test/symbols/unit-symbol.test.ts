import { expect } from '@open-wc/testing';
import { unitSymbol } from '../../src/symbols/index.js';

describe('unitSymbol', () => {
  it('unitSymbol(friend infantry regiment, size 30) scales frame, icon and echelon to pixels', () => {
    const symbol = unitSymbol({ affiliation: 'friend', arm: 'infantry', echelon: 'regiment', size: 30 });
    expect(symbol.shapes.map((s) => [s.kind, s.role])).to.deep.equal([
      ['path', 'frame'],
      ['path', 'icon'],
      ['path', 'echelon'],
      ['path', 'echelon'],
      ['path', 'echelon'],
    ]);
    expect(symbol.shapes[0]).to.deep.equal({ kind: 'path', role: 'frame', d: 'M-22.5,-15L22.5,-15L22.5,15L-22.5,15Z' });
    expect(symbol.frame).to.deep.equal({ x0: -22.5, y0: -15, x1: 22.5, y1: 15 });
    expect(symbol.bounds).to.deep.equal({ x0: -22.5, y0: -22.8, x1: 22.5, y1: 15 });
  });

  it('unitSymbol(hostile artillery) scales the dot', () => {
    const symbol = unitSymbol({ affiliation: 'hostile', arm: 'artillery', size: 50 });
    expect(symbol.shapes[1]).to.deep.equal({ kind: 'circle', role: 'icon-fill', cx: 0, cy: 0, r: 7.5 });
    expect(symbol.frame).to.deep.equal({ x0: -36, y0: -36, x1: 36, y1: 36 });
  });

  it('unitSymbol(headquarters) adds the staff and grows the bounds downwards', () => {
    const symbol = unitSymbol({ affiliation: 'friend', arm: 'headquarters', echelon: 'army', size: 100 });
    expect(symbol.shapes.some((s) => s.role === 'staff')).to.equal(true);
    expect(symbol.bounds.y1).to.equal(90);
  });

  it('unitSymbol(irregular) scales the lettering with the frame', () => {
    const symbol = unitSymbol({ affiliation: 'unknown', arm: 'irregular', size: 50 });
    const d = symbol.shapes[1]?.kind === 'path' ? symbol.shapes[1].d : '';
    // 28 units tall at half scale: from y = -7 to 7.
    expect(d.startsWith('M-14.28,-7L-8.68,-7')).to.equal(true);
  });

  it('unitSymbol with no affiliation, arm or echelon is an empty unknown frame', () => {
    const symbol = unitSymbol({ affiliation: undefined });
    expect(symbol.shapes).to.have.length(1);
    expect(symbol.bounds).to.deep.equal(symbol.frame);
  });
});
