import { expect } from '@open-wc/testing';
import { starLayout } from '../../src/insignia/index.js';
import type { ShoulderBoardDescriptor } from '../../src/data/types.js';

type Parts = Pick<ShoulderBoardDescriptor, 'stars' | 'stripes' | 'field'>;

const junior = (count: number): Parts => ({
  field: 'galloon',
  stripes: { count: 1 },
  stars: { count, size: 'small', arrangement: 'soviet' },
});
const fieldOfficer = (count: number): Parts => ({ field: 'galloon', stripes: { count: 2 }, stars: { count, size: 'large' } });
const general = (count: number, arrangement: 'soviet' | 'column' = 'soviet'): Parts => ({
  field: 'zigzag',
  stars: { count, size: 'large', arrangement },
});

describe('starLayout', () => {
  it('starLayout(no stars) is empty', () => {
    expect(starLayout({ field: 'plain' })).to.deep.equal([]);
    expect(starLayout({ field: 'plain', stars: { count: 0, size: 'small' } })).to.deep.equal([]);
  });

  describe('soviet, one stripe (junior officers)', () => {
    it('junior lieutenant: one star on the stripe, 45 mm up', () => {
      expect(starLayout(junior(1))).to.deep.equal([{ x: 0, d: 45 }]);
    });
    it('lieutenant: a pair either side of the stripe, 30 mm up', () => {
      expect(starLayout(junior(2))).to.deep.equal([
        { x: -12.5, d: 30 },
        { x: 12.5, d: 30 },
      ]);
    });
    it('senior lieutenant: the pair and one on the stripe 25 mm above (a triangle)', () => {
      expect(starLayout(junior(3))).to.deep.equal([
        { x: -12.5, d: 30 },
        { x: 12.5, d: 30 },
        { x: 0, d: 55 },
      ]);
    });
    it('captain: the pair and two on the stripe above', () => {
      expect(starLayout(junior(4))).to.deep.equal([
        { x: -12.5, d: 30 },
        { x: 12.5, d: 30 },
        { x: 0, d: 55 },
        { x: 0, d: 80 },
      ]);
    });
  });

  describe('soviet, two stripes (field officers)', () => {
    it('major: one star between the stripes, 45 mm up', () => {
      expect(starLayout(fieldOfficer(1))).to.deep.equal([{ x: 0, d: 45 }]);
    });
    it('lieutenant colonel: a pair on the stripes, 30 mm up', () => {
      expect(starLayout(fieldOfficer(2))).to.deep.equal([
        { x: -12, d: 30 },
        { x: 12, d: 30 },
      ]);
    });
    it('colonel: the pair and one between the stripes 25 mm above', () => {
      expect(starLayout(fieldOfficer(3))).to.deep.equal([
        { x: -12, d: 30 },
        { x: 12, d: 30 },
        { x: 0, d: 55 },
      ]);
    });
  });

  describe('generals (no stripes, or arrangement column)', () => {
    it('major general to general of the army: a column from 35 mm up, 25 mm apart', () => {
      expect(starLayout(general(1))).to.deep.equal([{ x: 0, d: 35 }]);
      expect(starLayout(general(4)).map((p) => p.d)).to.deep.equal([35, 60, 85, 110]);
      expect(starLayout(general(4, 'column'))).to.deep.equal(starLayout(general(4)));
    });
    it('five stars close up to stay clear of the button', () => {
      const ds = starLayout(general(5)).map((p) => Math.round(p.d * 100) / 100);
      expect(ds).to.deep.equal([35, 54.38, 73.75, 93.13, 112.5]);
      // The highest star's top edge stays 2 mm below the button (centre 18 mm, radius 6.5 mm from the collar end).
      expect(150 - 112.5 - 11).to.equal(18 + 6.5 + 2);
    });
    it('small stars in a column are 3 mm apart', () => {
      expect(starLayout({ field: 'plain', stars: { count: 3, size: 'small', arrangement: 'column' } }).map((p) => p.d)).to.deep.equal([
        35, 51, 67,
      ]);
    });
  });

  describe('line', () => {
    it('puts stars side by side 45 mm up, 3 mm apart', () => {
      expect(starLayout({ field: 'plain', stars: { count: 3, size: 'small', arrangement: 'line' } })).to.deep.equal([
        { x: -16, d: 45 },
        { x: 0, d: 45 },
        { x: 16, d: 45 },
      ]);
    });
    it('closes up to fit inside the piping', () => {
      const xs = starLayout({ field: 'plain', stars: { count: 4, size: 'large', arrangement: 'line' } }).map(
        (p) => Math.round(p.x * 100) / 100,
      );
      expect(xs).to.deep.equal([-17.5, -5.83, 5.83, 17.5]);
    });
  });
});
