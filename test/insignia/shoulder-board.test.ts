import { expect } from '@open-wc/testing';
import { shoulderBoard } from '../../src/insignia/index.js';
import type { ShoulderBoardDescriptor } from '../../src/data/types.js';
import { FIXTURES } from './shoulder-board.fixtures.js';
import { SNAPSHOTS } from './shoulder-board.snapshots.js';

describe('shoulderBoard', () => {
  for (const name of Object.keys(FIXTURES)) {
    it(`shoulderBoard(${name}) matches its reviewed snapshot`, () => {
      expect(shoulderBoard(FIXTURES[name] as ShoulderBoardDescriptor)).to.deep.equal(SNAPSHOTS[name]);
    });
  }

  it('shoulderBoard(d) is deterministic and does not mutate the descriptor', () => {
    const d = FIXTURES['colonel'] as ShoulderBoardDescriptor;
    const before = JSON.stringify(d);
    expect(shoulderBoard(d)).to.deep.equal(shoulderBoard(structuredClone(d)));
    expect(JSON.stringify(d)).to.equal(before);
  });

  it('shoulderBoard(unpiped) uses the outline as the field and carries no colours it was not given', () => {
    const g = shoulderBoard(FIXTURES['square-unpiped'] as ShoulderBoardDescriptor);
    expect(g.piped).to.equal(false);
    expect(g.field).to.equal(g.outline);
    expect(Object.keys(g).filter((k) => /color|base|piping/i.test(k))).to.deep.equal([]);
  });

  it('shoulderBoard(d) keeps every star inside the board and below the button', () => {
    for (const d of Object.values(FIXTURES)) {
      for (const star of shoulderBoard(d).stars) {
        expect(star.cx - star.r).to.be.at.least(2.5);
        expect(star.cx + star.r).to.be.at.most(57.5);
        expect(star.cy - star.r).to.be.above(24.5);
        expect(star.cy + star.r).to.be.at.most(150);
      }
    }
  });

  it('shoulderBoard(d) passes each descriptor colour to its part', () => {
    const g = shoulderBoard({
      ...(FIXTURES['captain'] as ShoulderBoardDescriptor),
      stars: { count: 1, size: 'small', color: 'silver' },
      crossStripes: { count: 1, width: 'narrow', color: 'gold' },
    });
    expect([g.base, g.piping, g.stripeColor, g.starColor, g.crossStripeColor]).to.deep.equal([
      '#c9a227',
      '#b22222',
      '#b22222',
      'silver',
      'gold',
    ]);
  });
});
