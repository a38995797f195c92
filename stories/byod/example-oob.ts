import type { OrderOfBattle } from '../../src/data/types.js';

/** An illustrative, made-up order of battle for the "Bring your own data" page (not historical). */
export const exampleOob: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Example corps (illustrative)', defaultLang: 'en', dateRange: '1900/1903', perspective: 'blue' },
  sources: [{ id: 'notes', title: 'Your own notes' }],
  sides: [{ id: 'blue', name: 'Blue force', affiliation: 'friend' }],
  units: [
    { id: 'corps', name: 'I Corps', echelon: 'corps', side: 'blue', formed: '1900' },
    { id: 'div-1', parent: 'corps', name: '1st Division', echelon: 'division', arm: 'infantry', formed: '1900' },
    { id: 'div-2', parent: 'corps', name: '2nd Division', echelon: 'division', arm: 'cavalry', formed: '1901-05' },
    { id: 'art', parent: 'div-1', name: 'Artillery Regiment', echelon: 'regiment', arm: 'artillery', citations: [{ source: 'notes' }] },
  ],
  strength: [
    { id: 'p-1900', measure: 'personnel', subject: 'corps', date: '1900', value: 18000 },
    { id: 'p-1902', measure: 'personnel', subject: 'corps', date: '1902', value: { min: 21000, max: 24000 } },
  ],
};
