import type { OrderOfBattle, Rank, RankGroup, ShoulderBoardDescriptor } from '../../src/data/types.js';

/**
 * "Example Land Force": a made-up army with a NATO-style rank system, written for the stories to
 * show that `<oob-rank-table>` draws any rank system from data. Nothing here is historical: the
 * ranks, boards, names and the one person are invented for illustration.
 */

const OLIVE = '#4b5320';
const BLACK = '#1b1b1b';
const SILVER = '#d0d3d4';
const GOLD = 'goldenrod';

function board(parts: Partial<ShoulderBoardDescriptor>): ShoulderBoardDescriptor {
  return {
    kind: 'shoulder-board',
    basis: 'described',
    follows: 'Example Land Force dress regulations (fictional)',
    citations: [{ source: 'example-regulations' }],
    shape: 'rounded',
    field: 'plain',
    base: OLIVE,
    emblem: 'button',
    ...parts,
  };
}

const fr = (text: string) => [{ text, lang: 'fr', kind: 'name' as const }];

const groups: RankGroup[] = [
  { id: 'generals', name: 'General officers', category: 'officers' },
  { id: 'senior', name: 'Senior officers', category: 'officers' },
  { id: 'junior', name: 'Junior officers', category: 'officers' },
  { id: 'ncos', name: 'Non-commissioned officers', category: 'enlisted' },
  { id: 'soldiers', name: 'Soldiers', category: 'enlisted' },
];

const ranks: Rank[] = [
  {
    id: 'elf-general',
    group: 'generals',
    name: 'General',
    nato: 'OF-9',
    names: fr('Général d’armée'),
    insignia: board({ base: BLACK, stars: { count: 4, size: 'small', color: SILVER, arrangement: 'line' }, emblem: 'wreath' }),
  },
  {
    id: 'elf-lt-general',
    group: 'generals',
    name: 'Lieutenant General',
    nato: 'OF-8',
    names: fr('Général de corps d’armée'),
    insignia: board({ base: BLACK, stars: { count: 3, size: 'small', color: SILVER, arrangement: 'line' }, emblem: 'wreath' }),
  },
  {
    id: 'elf-brigadier',
    group: 'generals',
    name: 'Brigadier',
    nato: 'OF-6',
    names: fr('Général de brigade'),
    insignia: board({ base: BLACK, stars: { count: 1, size: 'large', color: SILVER }, emblem: 'wreath' }),
  },
  {
    id: 'elf-colonel',
    group: 'senior',
    name: 'Colonel',
    nato: 'OF-5',
    names: fr('Colonel'),
    insignia: board({ shape: 'square', stars: { count: 3, size: 'small', color: GOLD, arrangement: 'column' }, emblem: 'star' }),
  },
  {
    id: 'elf-major',
    group: 'senior',
    name: 'Major',
    nato: 'OF-3',
    names: fr('Commandant'),
    insignia: board({ shape: 'square', stars: { count: 1, size: 'large', color: GOLD, arrangement: 'column' }, emblem: 'star' }),
  },
  {
    id: 'elf-captain',
    group: 'junior',
    name: 'Captain',
    nato: 'OF-2',
    names: fr('Capitaine'),
    insignia: board({ stripes: { count: 3, color: GOLD } }),
  },
  {
    id: 'elf-lieutenant',
    group: 'junior',
    name: 'Lieutenant',
    nato: 'OF-1',
    names: fr('Lieutenant'),
    insignia: board({ stripes: { count: 2, color: GOLD } }),
  },
  {
    id: 'elf-sergeant-major',
    group: 'ncos',
    name: 'Sergeant Major',
    nato: 'OR-9',
    names: fr('Major'),
    insignia: board({ shape: 'square', crossStripes: { count: 0, width: 'wide', color: GOLD, lengthwise: true } }),
  },
  {
    id: 'elf-sergeant',
    group: 'ncos',
    name: 'Sergeant',
    nato: 'OR-5',
    names: fr('Sergent'),
    insignia: board({ shape: 'square', crossStripes: { count: 2, width: 'narrow', color: GOLD } }),
  },
  {
    id: 'elf-private',
    group: 'soldiers',
    name: 'Private',
    nato: 'OR-1',
    names: fr('Soldat'),
    insignia: board({ shape: 'square', emblem: 'none' }),
  },
];

export const exampleLandForce: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Example Land Force (fictional)', defaultLang: 'en', description: 'An invented army, for demonstrating the charts only.' },
  sources: [{ id: 'example-regulations', title: 'Example Land Force dress regulations (fictional, for illustration)' }],
  sides: [{ id: 'elf', name: 'Example Land Force', affiliation: 'friend' }],
  units: [{ id: 'elf-hq', name: 'Example Land Force HQ', echelon: 'command', side: 'elf' }],
  people: [{ id: 'elf-p1', name: 'A. N. Example' }],
  roles: [{ id: 'elf-r1', person: 'elf-p1', type: 'commander', title: 'Commander', unit: 'elf-hq', rank: 'elf-general' }],
  rankSystems: [{ id: 'elf-ranks', name: 'Example Land Force (fictional)', side: 'elf', groups, ranks }],
  notes: [
    {
      id: 'elf-fiction',
      topic: 'interpretation',
      title: 'Fictional',
      text: 'This rank system is invented to show that the table is not tied to one army; NATO codes are illustrative.',
      about: ['/rankSystems/0'],
    },
  ],
};
