import { expect } from '@open-wc/testing';
import { armIcon, frameGeometry, pathData } from '../../src/symbols/index.js';
import type { RawShape } from '../../src/symbols/index.js';

const friend = frameGeometry('friend');
const d = (shape: RawShape | undefined): string => (shape?.kind === 'path' ? pathData(shape.commands) : '');

describe('armIcon', () => {
  it('armIcon("infantry") crosses the frame corner to corner', () => {
    const [cross] = armIcon('infantry', friend);
    expect(d(cross)).to.equal('M-75,-50L75,50M-75,50L75,-50');
  });

  it('armIcon("infantry") uses the inscribed box of a hostile diamond', () => {
    const [cross] = armIcon('infantry', frameGeometry('hostile'));
    expect(d(cross)).to.equal('M-40,-30L40,30M-40,30L40,-30');
  });

  it('armIcon("cavalry") is one diagonal from lower left to upper right', () => {
    const [diagonal] = armIcon('cavalry', friend);
    expect(d(diagonal)).to.equal('M-75,50L75,-50');
  });

  it('armIcon("artillery") is a filled dot in the centre', () => {
    expect(armIcon('artillery', friend)).to.deep.equal([{ kind: 'circle', role: 'icon-fill', cx: 0, cy: 0, r: 15 }]);
  });

  it('armIcon("armour") is a closed track outline', () => {
    const [track] = armIcon('armour', friend);
    expect(d(track)).to.match(/^M-30,-15L30,-15C.*Z$/);
  });

  it('armIcon("motorized-infantry") adds a vertical bar to the cross', () => {
    const shapes = armIcon('motorized-infantry', friend);
    expect(shapes).to.have.length(2);
    expect(d(shapes[1])).to.equal('M0,-50L0,50');
  });

  it('armIcon("reserve") and armIcon("irregular") spell RES and IRR in stroked letters', () => {
    const [res] = armIcon('reserve', friend);
    const [irr] = armIcon('irregular', friend);
    expect(res?.role).to.equal('icon');
    // R, E and S start a new stroke 2, 2 and 1 times; I, R, R 3, 2, 2 times.
    expect(res?.kind === 'path' && res.commands.filter((c) => c.c === 'M').length).to.equal(5);
    expect(irr?.kind === 'path' && irr.commands.filter((c) => c.c === 'M').length).to.equal(7);
  });

  it('armIcon draws something for air, engineers, signals, logistics, medical and combined arms', () => {
    for (const arm of ['air', 'engineers', 'signals', 'logistics', 'medical'] as const) expect(armIcon(arm, friend), arm).to.have.length(1);
    expect(armIcon('combined-arms', friend)).to.have.length(2);
  });

  it('armIcon draws nothing for headquarters, unknown, custom or missing arms', () => {
    expect(armIcon('headquarters', friend)).to.deep.equal([]);
    expect(armIcon('unknown', friend)).to.deep.equal([]);
    expect(armIcon('x-camels', friend)).to.deep.equal([]);
    expect(armIcon(undefined, friend)).to.deep.equal([]);
  });
});
