import { expect } from '@open-wc/testing';
import { describeInsignia } from '../../src/insignia/index.js';
import type { ShoulderBoardDescriptor } from '../../src/data/types.js';

const base: ShoulderBoardDescriptor = { kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', field: 'plain' };

describe('describeInsignia', () => {
  it('describeInsignia(general) names the zigzag field, stars and the reconstruction', () => {
    expect(
      describeInsignia({
        ...base,
        follows: 'Soviet 1943 pattern, Major General',
        field: 'zigzag',
        base: '#c9a227',
        piping: '#b22222',
        stars: { count: 2, size: 'large', arrangement: 'column' },
        emblem: 'button',
      }),
    ).to.equal(
      'Shoulder board, zigzag gold field, red piping, 2 large stars in a column, button (reconstruction after the Soviet 1943 pattern, Major General)',
    );
  });

  it('describeInsignia(junior officer) names stripes and small star colours', () => {
    expect(
      describeInsignia({
        ...base,
        field: 'galloon',
        base: 'gold',
        stripes: { count: 1, color: 'crimson' },
        stars: { count: 3, size: 'small', color: 'silver' },
      }),
    ).to.equal('Shoulder board, gold galloon field, 1 crimson lengthwise stripe, 3 small silver stars (reconstruction)');
  });

  it('describeInsignia(NCO) names cross-stripes and the starshina "T"', () => {
    expect(describeInsignia({ ...base, base: 'khaki', crossStripes: { count: 3, width: 'narrow', color: 'darkred' } })).to.equal(
      'Shoulder board, plain khaki field, 3 narrow dark red cross-stripes (reconstruction)',
    );
    expect(describeInsignia({ ...base, crossStripes: { count: 1, width: 'narrow', lengthwise: true } })).to.equal(
      'Shoulder board, plain field, 1 narrow cross-stripe over a wide lengthwise stripe (a "T") (reconstruction)',
    );
    expect(describeInsignia({ ...base, crossStripes: { count: 0, width: 'wide', lengthwise: true } })).to.equal(
      'Shoulder board, plain field, a wide lengthwise stripe (reconstruction)',
    );
  });

  it('describeInsignia(described) says the insignia is documented, and names other shapes', () => {
    expect(
      describeInsignia({
        ...base,
        basis: 'described',
        shape: 'rounded',
        stars: { count: 1, size: 'large', arrangement: 'line' },
        emblem: 'star',
      }),
    ).to.equal('Shoulder board with a rounded end, plain field, 1 large star, star emblem (documented insignia)');
    expect(describeInsignia({ ...base, shape: 'square', emblem: 'wreath', follows: 'the pattern of 1955' })).to.equal(
      'Square-ended shoulder board, plain field, button in a wreath (reconstruction after the pattern of 1955)',
    );
  });

  it('describeInsignia(…) says "in a row" for a line of stars', () => {
    expect(describeInsignia({ ...base, stars: { count: 2, size: 'small', arrangement: 'line' } })).to.contain('2 small stars in a row');
  });
});
