/**
 * The property names of every object type of `src/data/types.ts`, written out by hand. The
 * `keys<T>()` helper makes these lists fail to compile when they stop matching the types, so a
 * test comparing them with the JSON Schema (or the parser's shapes) catches drift on both sides.
 */
import type * as T from '../../src/data/types.js';

type RequiredKeys<O> = { [K in keyof O]-?: object extends Pick<O, K> ? never : K }[keyof O];
type Exact<Actual, Listed> = [Exclude<Actual, Listed>] extends [never]
  ? [Exclude<Listed, Actual>] extends [never]
    ? unknown
    : { extra: Exclude<Listed, Actual> }
  : { missing: Exclude<Actual, Listed> };

export interface KeyList {
  all: readonly string[];
  required: readonly string[];
}

/** `keys<T>()(all, required)`: compiles only when `all` lists exactly the keys of T and `required` its required keys. */
function keys<O>() {
  return <const A extends readonly (keyof O & string)[], const R extends readonly (keyof O & string)[]>(
    all: A & Exact<keyof O, A[number]>,
    required: R & Exact<RequiredKeys<O>, R[number]>,
  ): KeyList => ({ all, required });
}

type Board = T.ShoulderBoardDescriptor;
type Value = Exclude<T.StrengthValue, number>;

/** Keyed by the `$defs` name the JSON Schema uses for each type. */
export const TYPE_KEYS = {
  OrderOfBattle: keys<T.OrderOfBattle>()(
    ['schemaVersion', 'meta', 'sources', 'sides', 'units', 'people', 'roles', 'strength', 'events', 'rankSystems', 'notes'],
    ['schemaVersion', 'meta', 'sources', 'sides', 'units'],
  ),
  Meta: keys<T.Meta>()(['title', 'description', 'defaultLang', 'licence', 'dateRange', 'perspective'], ['title', 'defaultLang']),
  Citation: keys<T.Citation>()(['source', 'locator', 'quote'], ['source']),
  LocalizedName: keys<T.LocalizedName>()(['text', 'lang', 'dir', 'kind'], ['text', 'lang']),
  Source: keys<T.Source>()(['id', 'title', 'author', 'publisher', 'published', 'url', 'accessed', 'ref', 'lang', 'note'], ['id', 'title']),
  Side: keys<T.Side>()(['id', 'name', 'names', 'affiliation', 'citations', 'citationNeeded', 'note'], ['id', 'name', 'affiliation']),
  UnitState: keys<T.UnitState>()(['name', 'echelon', 'arm', 'parent', 'side'], []),
  UnitChange: keys<T.UnitChange>()(['date', 'type', 'to', 'description', 'citations', 'citationNeeded', 'note'], ['date', 'type']),
  Unit: keys<T.Unit>()(
    [
      'id',
      'parent',
      'name',
      'names',
      'echelon',
      'arm',
      'side',
      'sidc',
      'recruitment',
      'formed',
      'dissolved',
      'changes',
      'order',
      'citations',
      'citationNeeded',
      'note',
    ],
    ['id', 'name', 'echelon'],
  ),
  Person: keys<T.Person>()(['id', 'name', 'names', 'born', 'died', 'citations', 'citationNeeded', 'note'], ['id', 'name']),
  Role: keys<T.Role>()(
    ['id', 'person', 'type', 'title', 'unit', 'side', 'rank', 'from', 'to', 'citations', 'citationNeeded', 'note'],
    ['id', 'person', 'type'],
  ),
  RangeValue: keys<Exclude<Value, { approximate: string }>>()(['min', 'max'], ['min', 'max']),
  ApproximateRange: keys<Extract<Value, { approximate: string; min: number }>>()(
    ['approximate', 'min', 'max', 'interpretation'],
    ['approximate', 'min', 'max', 'interpretation'],
  ),
  ApproximateValue: keys<Extract<Value, { value: number }>>()(
    ['approximate', 'value', 'interpretation'],
    ['approximate', 'value', 'interpretation'],
  ),
  StrengthObservation: keys<T.StrengthObservation>()(
    ['id', 'measure', 'subject', 'subjectLabel', 'side', 'date', 'value', 'qualifier', 'disputes', 'citations', 'citationNeeded', 'note'],
    ['id', 'measure', 'subject', 'date', 'value'],
  ),
  HistoricalEvent: keys<T.HistoricalEvent>()(
    ['id', 'type', 'date', 'title', 'description', 'place', 'units', 'sides', 'people', 'citations', 'citationNeeded', 'note'],
    ['id', 'type', 'date', 'title'],
  ),
  RankGroup: keys<T.RankGroup>()(['id', 'name', 'names', 'category', 'citations', 'citationNeeded', 'note'], ['id', 'name', 'category']),
  Stars: keys<NonNullable<Board['stars']>>()(['count', 'size', 'color', 'arrangement'], ['count', 'size']),
  Stripes: keys<NonNullable<Board['stripes']>>()(['count', 'color'], ['count']),
  CrossStripes: keys<NonNullable<Board['crossStripes']>>()(['count', 'width', 'color', 'lengthwise'], ['count', 'width']),
  ShoulderBoardDescriptor: keys<Board>()(
    ['kind', 'basis', 'follows', 'citations', 'note', 'shape', 'base', 'piping', 'field', 'stripes', 'crossStripes', 'stars', 'emblem'],
    ['kind', 'basis', 'shape', 'field'],
  ),
  Rank: keys<T.Rank>()(
    ['id', 'group', 'name', 'names', 'nato', 'insignia', 'placeholder', 'citations', 'citationNeeded', 'note'],
    ['id', 'group', 'name'],
  ),
  RankSystem: keys<T.RankSystem>()(
    ['id', 'name', 'side', 'groups', 'ranks', 'citations', 'citationNeeded', 'note'],
    ['id', 'name', 'groups', 'ranks'],
  ),
  DatasetNote: keys<T.DatasetNote>()(
    ['id', 'topic', 'title', 'text', 'about', 'citations', 'citationNeeded', 'note'],
    ['id', 'topic', 'title', 'text'],
  ),
} satisfies Record<string, KeyList>;

export type TypeName = keyof typeof TYPE_KEYS;
