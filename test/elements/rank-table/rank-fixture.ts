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
    {
      id: 'gen',
      group: 'high',
      name: 'General',
      names: [{ text: 'جەنەرال', lang: 'ug-Arab', dir: 'rtl' }],
      insignia: board({ field: 'zigzag', stars: { count: 2, size: 'large', arrangement: 'column' } }),
    },
    {
      id: 'capt',
      group: 'high',
      name: 'Captain',
      insignia: board({ stripes: { count: 1, color: '#b22222' }, stars: { count: 4, size: 'small' } }),
      note: 'A rank note.',
    },
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
  oob.notes = [
    { id: 'n1', topic: 'ambiguity', title: 'About the general', text: 'A note on the general.', about: ['/rankSystems/0/ranks/0'] },
  ];
  return oob;
}

/**
 * Two made-up systems to compare: "Alpha" with NATO codes (two ranks at OR-4, nothing at OF-5) and
 * "Beta" with codes on some ranks only (its cadet has none); plus the uncoded test ranks of {@link rankOob}.
 */
export function compareOob(): OrderOfBattle {
  const oob = rankOob();
  const plain = (base: string) => board({ basis: 'described', field: 'plain', base });
  oob.rankSystems?.push(
    {
      id: 'alpha',
      name: 'Alpha ranks',
      groups: [
        { id: 'a-off', name: 'Alpha officers', category: 'officers' },
        { id: 'a-men', name: 'Alpha men', category: 'enlisted' },
      ],
      ranks: [
        { id: 'a-gen', group: 'a-off', name: 'Alpha general', nato: 'OF-9', insignia: plain('#111111') },
        { id: 'a-maj', group: 'a-off', name: 'Alpha major', nato: 'OF-3', insignia: plain('#222222') },
        { id: 'a-cpl', group: 'a-men', name: 'Alpha corporal', nato: 'OR-4', insignia: plain('#333333') },
        { id: 'a-lcpl', group: 'a-men', name: 'Alpha lance corporal', nato: 'OR-4' },
        { id: 'a-pte', group: 'a-men', name: 'Alpha private', nato: 'OR-1', insignia: plain('#444444') },
      ],
    },
    {
      id: 'beta',
      name: 'Beta ranks',
      groups: [
        { id: 'b-off', name: 'Beta officers', category: 'officers' },
        { id: 'b-cadets', name: 'Beta cadets', category: 'officers' },
        { id: 'b-men', name: 'Beta men', category: 'enlisted' },
      ],
      ranks: [
        { id: 'b-gen', group: 'b-off', name: 'Beta general', nato: 'OF-9', insignia: plain('#555555') },
        { id: 'b-col', group: 'b-off', name: 'Beta colonel', nato: 'OF-5', insignia: plain('#666666') },
        { id: 'b-maj', group: 'b-off', name: 'Beta major', nato: 'OF-3' },
        { id: 'b-cadet', group: 'b-cadets', name: 'Beta cadet' },
        { id: 'b-gap', group: 'b-men', name: '-', placeholder: true },
        { id: 'b-pte', group: 'b-men', name: 'Beta private', nato: 'OR-1', insignia: plain('#777777') },
      ],
    },
  );
  return oob;
}
