/**
 * The input format as data: one {@link Shape} per object type of `types.ts`, naming each field,
 * whether it is required, and what it holds. `structure.ts` walks the input against these.
 */
import * as E from './enums.js';
import { arrayOf, attested, closed, date, id, names, obj, open, ref, req, shape, str } from './shape-kit.js';
import { RANK_SYSTEM } from './shapes-ranks.js';

export type { Field, FieldType, RefTarget, Shape } from './shape-kit.js';
export { CITATION, LOCALIZED_NAME } from './shape-kit.js';
export { CROSS_STRIPES, INSIGNIA, RANK, RANK_GROUP, RANK_SYSTEM, STARS, STRIPES } from './shapes-ranks.js';

export const META = shape('meta', {
  title: req(str),
  description: str,
  defaultLang: req(str),
  licence: str,
  dateRange: date,
  perspective: ref('side', 'perspective'),
});

export const SOURCE = shape('source', {
  id: req(id),
  title: req(str),
  author: str,
  publisher: str,
  published: date,
  url: str,
  accessed: date,
  ref: str,
  lang: str,
  note: str,
});

export const SIDE = shape('side', {
  id: req(id),
  name: req(str),
  names,
  affiliation: req(closed(E.AFFILIATIONS)),
  ...attested,
});

export const UNIT_STATE = shape('change target', {
  name: str,
  echelon: open(E.ECHELONS),
  arm: open(E.ARMS),
  parent: { t: 'ref', to: 'unit', as: 'parent', nullable: true },
  side: ref('side'),
});

export const UNIT_CHANGE = shape('change', {
  date: req(date),
  type: req(open(E.CHANGE_TYPES)),
  to: obj(UNIT_STATE),
  description: str,
  ...attested,
});

export const UNIT = shape('unit', {
  id: req(id),
  parent: { t: 'ref', to: 'unit', as: 'parent', nullable: true },
  name: req(str),
  names,
  echelon: req(open(E.ECHELONS)),
  arm: open(E.ARMS),
  side: ref('side'),
  sidc: str,
  recruitment: str,
  formed: date,
  dissolved: date,
  changes: arrayOf(obj(UNIT_CHANGE)),
  order: { t: 'number' },
  ...attested,
});

export const PERSON = shape('person', { id: req(id), name: req(str), names, born: date, died: date, ...attested });

export const ROLE = shape('role', {
  id: req(id),
  person: req(ref('person')),
  type: req(open(E.ROLE_TYPES)),
  title: str,
  unit: ref('unit'),
  side: ref('side'),
  rank: ref('rank'),
  from: date,
  to: date,
  ...attested,
});

export const RANGE_VALUE = shape('range', { min: req({ t: 'number', min: 0 }), max: req({ t: 'number', min: 0 }) });
export const APPROXIMATE_RANGE = shape('approximate range', {
  approximate: req(str),
  min: req({ t: 'number', min: 0 }),
  max: req({ t: 'number', min: 0 }),
  interpretation: req(str),
});
export const APPROXIMATE_VALUE = shape('approximate value', {
  approximate: req(str),
  value: req({ t: 'number', min: 0 }),
  interpretation: req(str),
});

export const OBSERVATION = shape('observation', {
  id: req(id),
  measure: req(open(E.MEASURES)),
  subject: req(ref('unit-or-side', 'subject')),
  subjectLabel: str,
  side: ref('side'),
  date: req(date),
  value: req({ t: 'strength' }),
  qualifier: open(E.QUALIFIERS),
  disputes: arrayOf(ref('observation', 'disputed observation')),
  ...attested,
});

export const EVENT = shape('event', {
  id: req(id),
  type: req(open(E.EVENT_TYPES)),
  date: req(date),
  title: req(str),
  description: str,
  place: str,
  units: arrayOf(ref('unit')),
  sides: arrayOf(ref('side')),
  people: arrayOf(ref('person')),
  ...attested,
});

export const NOTE = shape('note', {
  id: req(id),
  topic: req(closed(E.NOTE_TOPICS)),
  title: req(str),
  text: req(str),
  about: arrayOf({ t: 'pointer' }),
  ...attested,
});

export const ORDER_OF_BATTLE = shape('dataset', {
  /** Editors' schema link; accepted and dropped from the dataset. */
  $schema: str,
  schemaVersion: req({ t: 'version' }),
  meta: req(obj(META)),
  sources: req(arrayOf(obj(SOURCE))),
  sides: req(arrayOf(obj(SIDE))),
  units: req(arrayOf(obj(UNIT))),
  people: arrayOf(obj(PERSON)),
  roles: arrayOf(obj(ROLE)),
  strength: arrayOf(obj(OBSERVATION)),
  events: arrayOf(obj(EVENT)),
  rankSystems: arrayOf(obj(RANK_SYSTEM)),
  notes: arrayOf(obj(NOTE)),
});
