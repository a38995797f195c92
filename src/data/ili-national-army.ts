import { SCHEMA_VERSION } from './types.js';
import type { OrderOfBattle } from './types.js';
import { sources } from './ili-national-army/sources.js';
import { sides, units } from './ili-national-army/units.js';
import { people, roles } from './ili-national-army/people.js';
import { strength } from './ili-national-army/strength.js';
import { events } from './ili-national-army/events.js';
import { rankSystem } from './ili-national-army/ranks.js';
import { notes } from './ili-national-army/notes.js';

/**
 * The built-in dataset: the East Turkistan National Army (Ili National Army), 1945-1949.
 * Every fact comes from one encyclopedia article and cites it, with the article's own reference
 * numbers where it gives them; contradictions are kept and explained in `notes`.
 */
export const iliNationalArmy: OrderOfBattle = {
  schemaVersion: SCHEMA_VERSION,
  meta: {
    title: 'East Turkistan National Army (Ili National Army), 1945–1949',
    description:
      "The army of the Second East Turkestan Republic from its formation on 8 April 1945 to its incorporation into the People's Liberation Army on 22 December 1949, as one encyclopedia article describes it.",
    defaultLang: 'en',
    licence: 'CC BY-SA 4.0 (derived from an encyclopedia article)',
    dateRange: '1945-04-08/1949-12-22',
    perspective: 'etr',
  },
  sources,
  sides,
  units,
  people,
  roles,
  strength,
  events,
  rankSystems: [rankSystem],
  notes,
};
