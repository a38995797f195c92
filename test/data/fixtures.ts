/** A small valid order of battle that exercises every collection, and helpers to test problems. */
import { expect } from '@open-wc/testing';
import type { OrderOfBattle, ParseResult, Problem } from '../../src/data/types.js';

/** A fresh copy of the valid base dataset, to mutate in a test. */
export function base(): OrderOfBattle {
  return structuredClone(BASE);
}

/** The `[path, code]` pairs of a failed result; fails the test when the result is ok. */
export function pairs(result: ParseResult): [string, string][] {
  if (result.ok) expect.fail('expected problems, got ok');
  return result.problems.map((p) => [p.path, p.code]);
}

/** The problems of a failed result; fails the test when the result is ok. */
export function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) expect.fail('expected problems, got ok');
  return result.problems;
}

/** Asserts an ok result and returns its dataset; lists the problems when not ok. */
export function okDataset(result: ParseResult) {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.problems.slice(0, 5), null, 1)}`);
  return result.dataset;
}

/** Any record, for tests that build invalid data on purpose. */
export type Loose = Record<string, unknown>;

/** The dataset as loose records, for writing invalid values into it. */
export function loose(oob: OrderOfBattle): Loose & { units: Loose[]; strength: Loose[] } {
  return oob as unknown as Loose & { units: Loose[]; strength: Loose[] };
}

const BASE: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Test army', defaultLang: 'en', dateRange: '1945/1949', perspective: 'north', licence: 'CC0-1.0' },
  sources: [
    { id: 'book', title: 'A book', author: 'An Author', published: '1990', ref: '1' },
    { id: 'web', title: 'A page', url: 'https://example.org/page', accessed: '2024-01-05', lang: 'en' },
  ],
  sides: [
    { id: 'north', name: 'North', affiliation: 'friend', names: [{ text: 'Nord', lang: 'de', kind: 'translation', dir: 'ltr' }] },
    { id: 'south', name: 'South', affiliation: 'hostile', citations: [{ source: 'web' }] },
  ],
  units: [
    {
      id: 'army',
      name: 'North Army',
      echelon: 'army',
      arm: 'combined-arms',
      side: 'north',
      formed: '1945-04-08',
      citations: [{ source: 'book', locator: 'p. 3', quote: 'The army was formed.' }],
    },
    {
      id: 'div1',
      parent: 'army',
      name: '1st Division',
      echelon: 'division',
      arm: 'infantry',
      formed: '1945-05',
      changes: [
        { date: '1946-01', type: 'upgraded', to: { echelon: 'corps', name: '1st Corps' }, citations: [{ source: 'book' }] },
        { date: '1947~', type: 'reassigned', to: { parent: 'south-hq', side: 'south' }, description: 'Went over.' },
      ],
    },
    {
      id: 'cav',
      parent: 'army',
      name: 'Cavalry Regiment',
      echelon: 'regiment',
      arm: 'cavalry',
      formed: '1945',
      dissolved: '1949-12-22',
      order: 2,
    },
    { id: 'south-hq', parent: null, name: 'South HQ', echelon: 'command', side: 'south', citationNeeded: true },
  ],
  people: [{ id: 'p1', name: 'A. Commander', born: '1900', died: '1960', names: [{ text: 'A. K.', lang: 'en', kind: 'abbreviation' }] }],
  roles: [
    {
      id: 'r1',
      person: 'p1',
      type: 'commander',
      unit: 'army',
      side: 'north',
      rank: 'gen',
      from: '1945-04',
      to: '1949',
      title: 'Commander',
    },
  ],
  strength: [
    { id: 'o1', measure: 'personnel', subject: 'army', date: '1945-09', value: 12000, citations: [{ source: 'book' }] },
    { id: 'o2', measure: 'personnel', subject: 'army', date: '1946', value: { min: 10000, max: 15000 }, disputes: ['o1'] },
    {
      id: 'o3',
      measure: 'horses',
      subject: 'cav',
      date: '1946-03-01',
      value: { approximate: 'a few hundred', min: 200, max: 900, interpretation: '"a few" read as 2 to 9' },
    },
    {
      id: 'o4',
      measure: 'artillery',
      subject: 'north',
      side: 'north',
      date: '1946/1947',
      value: { approximate: 'about 60', value: 60, interpretation: 'the round figure' },
      qualifier: 'estimated',
    },
  ],
  events: [{ id: 'e1', type: 'formation', date: '1945-04-08', title: 'Formation', units: ['army'], sides: ['north'], people: ['p1'] }],
  rankSystems: [
    {
      id: 'ranks',
      name: 'North ranks',
      side: 'north',
      groups: [
        { id: 'generals', name: 'Generals', category: 'officers' },
        { id: 'soldiers', name: 'Soldiers', category: 'enlisted' },
      ],
      ranks: [
        {
          id: 'gen',
          group: 'generals',
          name: 'General',
          nato: 'OF-9',
          insignia: {
            kind: 'shoulder-board',
            basis: 'described',
            shape: 'pointed',
            field: 'zigzag',
            stars: { count: 4, size: 'large', arrangement: 'soviet' },
            citations: [{ source: 'book' }],
          },
        },
        {
          id: 'col',
          group: 'generals',
          name: 'Colonel',
          insignia: {
            kind: 'shoulder-board',
            basis: 'reconstruction',
            shape: 'rounded',
            field: 'galloon',
            stripes: { count: 2 },
            stars: { count: 3, size: 'large' },
          },
        },
        {
          id: 'sgt',
          group: 'soldiers',
          name: 'Sergeant',
          insignia: {
            kind: 'shoulder-board',
            basis: 'reconstruction',
            shape: 'square',
            field: 'plain',
            crossStripes: { count: 3, width: 'narrow' },
            emblem: 'button',
          },
        },
        { id: 'blank', group: 'soldiers', name: '', placeholder: true },
      ],
    },
  ],
  notes: [{ id: 'n1', topic: 'contradiction', title: 'Two figures', text: 'The sources disagree.', about: ['/strength/0', '/strength/1'] }],
};
