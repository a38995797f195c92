import type { ShoulderBoardDescriptor } from '../../src/data/types.js';

const soviet = { kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', emblem: 'button' } as const;

/** One descriptor per kind of board the Soviet 1943 pattern has, plus non-Soviet shapes. */
export const FIXTURES: Record<string, ShoulderBoardDescriptor> = {
  'major-general': {
    ...soviet,
    field: 'zigzag',
    base: '#c9a227',
    piping: '#b22222',
    stars: { count: 1, size: 'large', arrangement: 'column' },
  },
  colonel: {
    ...soviet,
    field: 'galloon',
    base: '#c9a227',
    piping: '#b22222',
    stripes: { count: 2, color: '#b22222' },
    stars: { count: 3, size: 'large' },
  },
  captain: {
    ...soviet,
    field: 'galloon',
    base: '#c9a227',
    piping: '#b22222',
    stripes: { count: 1, color: '#b22222' },
    stars: { count: 4, size: 'small', arrangement: 'soviet' },
  },
  starshina: {
    ...soviet,
    field: 'plain',
    base: '#7d7550',
    piping: '#b22222',
    crossStripes: { count: 1, width: 'narrow', lengthwise: true, color: '#8b1a1a' },
  },
  private: { ...soviet, field: 'plain', base: '#7d7550', piping: '#b22222' },
  'rounded-line': {
    kind: 'shoulder-board',
    basis: 'described',
    shape: 'rounded',
    field: 'plain',
    stars: { count: 2, size: 'small', arrangement: 'line' },
    emblem: 'wreath',
  },
  'square-unpiped': { kind: 'shoulder-board', basis: 'described', shape: 'square', field: 'plain', emblem: 'none' },
};
