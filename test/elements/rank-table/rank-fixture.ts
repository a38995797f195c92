import type { OrderOfBattle, Rank, ShoulderBoardDescriptor } from '../../../src/data/types.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';

const board = (parts: Partial<ShoulderBoardDescriptor>): ShoulderBoardDescriptor => ({
  kind: 'shoulder-board',
  basis: 'reconstruction',
  follows: 'Test pattern, some rank',
  citations: [{ source: 's1' }],
  shape: 'pointed',
  field: 'galloon',
  base: '#c9a227',
  emblem: 'button',
  ...parts,
});

/** A made-up rank system on the tiny test army: two officer groups (one empty), one enlisted group with a placeholder. */
export function rankOob(change: (ranks: Rank[]) => void = () => undefined): OrderOfBattle {
  const oob = tinyOob();
  const ranks: Rank[] = [
    { id: 'gen', group: 'high', name: 'General', names: [{ text: 'جەنەرال', lang: 'ug-Arab', dir: 'rtl' }], insignia: board({ field: 'zigzag', stars: { count: 2, size: 'large', arrangement: 'column' } }) },
    { id: 'capt', group: 'high', name: 'Captain', insignia: board({ stripes: { count: 1, color: '#b22222' }, stars: { count: 4, size: 'small' } }), note: 'A rank note.' },
    { id: 'gap', group: 'men', name: '-', placeholder: true },
    { id: 'sgt', group: 'men', name: 'Sergeant', insignia: board({ field: 'plain', crossStripes: { count: 3, width: 'narrow' } }) },
  ];
  change(ranks);
  oob.rankSystems = [
    {
      id: 'test-ranks',
      name: 'Test ranks',
      groups: [
        { id: 'high', name: 'High officers', category: 'officers' },
        { id: 'cadets', name: 'Cadets', category: 'officers' },
        { id: 'men', name: 'Men', category: 'enlisted' },
      ],
      ranks,
    },
  ];
  oob.notes = [{ id: 'n1', topic: 'ambiguity', title: 'About the general', text: 'A note on the general.', about: ['/rankSystems/0/ranks/0'] }];
  return oob;
}
