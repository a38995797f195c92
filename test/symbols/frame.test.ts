import { expect } from '@open-wc/testing';
import { frameGeometry, pathData } from '../../src/symbols/index.js';

describe('frameGeometry', () => {
  it('frameGeometry("friend") is a 1.5:1 rectangle', () => {
    const f = frameGeometry('friend');
    expect(pathData(f.commands)).to.equal('M-75,-50L75,-50L75,50L-75,50Z');
    expect(f.box).to.deep.equal({ x0: -75, y0: -50, x1: 75, y1: 50 });
    expect((f.box.x1 - f.box.x0) / (f.box.y1 - f.box.y0)).to.equal(1.5);
  });

  it('frameGeometry("hostile") is a diamond with its icon box inside', () => {
    const f = frameGeometry('hostile');
    expect(pathData(f.commands)).to.equal('M0,-72L72,0L0,72L-72,0Z');
    // The icon box corners lie inside the diamond |x| + |y| <= 72.
    expect(Math.abs(f.iconBox.x1) + Math.abs(f.iconBox.y1)).to.be.at.most(72);
    expect(f.staffAnchor).to.deep.equal({ x: -72, y: 0 });
  });

  it('frameGeometry("neutral") is a square', () => {
    const f = frameGeometry('neutral');
    expect(pathData(f.commands)).to.equal('M-55,-55L55,-55L55,55L-55,55Z');
    expect(f.box.x1 - f.box.x0).to.equal(f.box.y1 - f.box.y0);
  });

  it('frameGeometry("unknown") is a quatrefoil of four cubic lobes', () => {
    const f = frameGeometry('unknown');
    expect(f.commands.filter((c) => c.c === 'C')).to.have.length(4);
    expect(f.box).to.deep.equal({ x0: -69.25, y0: -69.25, x1: 69.25, y1: 69.25 });
  });

  it('frameGeometry(undefined) and unknown values fall back to the unknown frame', () => {
    expect(frameGeometry(undefined)).to.equal(frameGeometry('unknown'));
    expect(frameGeometry('x-ally' as never)).to.equal(frameGeometry('unknown'));
  });
});
