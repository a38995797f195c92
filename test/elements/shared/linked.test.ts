import { expect } from '@open-wc/testing';
import { linkedSelection, resolveDate, sharesDataset, validDate } from '../../../src/elements/shared/linked.js';
import { linkedItems } from '../../../src/data/linked-items.js';
import type { LinkedItems } from '../../../src/data/linked-items.js';
import { rankTable } from '../../../src/data/rank-table.js';
import type { OobDatasetContextValue } from '../../../src/elements/shared/dataset-context.js';
import type { OobSelectDetail } from '../../../src/events/index.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';
import { load } from '../../fixtures/load.js';

const oob = tinyOob();
oob.events = [
  { id: 'e1', type: 'battle', date: '1901-05-02', title: 'Test battle', units: ['div1'], people: ['p1'], sides: ['blue', 'red'] },
];
const tiny = load(oob);

function context(over: Partial<OobDatasetContextValue> = {}): OobDatasetContextValue {
  return {
    result: { ok: true, dataset: tiny },
    date: undefined,
    selection: undefined,
    compare: undefined,
    select: () => undefined,
    setDate: () => undefined,
    setCompare: () => undefined,
    ...over,
  };
}

/** Sorted arrays instead of sets, for compact deep-equal assertions. */
function plain(items: LinkedItems): Record<string, string[]> {
  return Object.fromEntries(Object.entries(items).map(([k, v]: [string, ReadonlySet<string>]) => [k, [...v].sort()]));
}

const none = { units: [], people: [], ranks: [], observations: [], events: [], sides: [] };
const unit = (id: string): OobSelectDetail => ({
  kind: 'unit',
  id,
  unit: tiny.unitsById.get(id) as NonNullable<ReturnType<typeof tiny.unitsById.get>>,
});
const observation = (id: string): OobSelectDetail => ({
  kind: 'observation',
  id,
  observation: tiny.observationsById.get(id) as NonNullable<ReturnType<typeof tiny.observationsById.get>>,
  citations: [],
});

describe('linked views helpers', () => {
  it('validDate(text) keeps readable EDTF dates only', () => {
    expect(['1946', '1946-06-06', '1946/1947', 'next tuesday', '1945-02-30', '', null, undefined].map(validDate)).to.deep.equal([
      '1946',
      '1946-06-06',
      '1946/1947',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("resolveDate(own, shared) prefers the chart's own date, falls back to the provider's and reports an unreadable own date", () => {
    expect(resolveDate('1950', '1901').text).to.equal('1950');
    expect(resolveDate(undefined, '1901').text).to.equal('1901');
    expect(resolveDate('garbage', '1901')).to.deep.include({ text: '1901', unreadable: 'garbage' });
    expect(resolveDate('1950', undefined).text).to.equal('1950');
    expect(resolveDate('also garbage', 'garbage')).to.deep.include({ text: undefined, unreadable: 'also garbage' });
    expect(resolveDate(undefined, undefined)).to.deep.equal({ text: undefined, parsed: undefined, unreadable: undefined });
    expect(resolveDate('', '1901-06').parsed?.precision).to.equal('month');
  });

  it("linkedSelection(provided, parsed) gives the selection only to charts drawing the provider's dataset", () => {
    const selection = unit('div1');
    expect(linkedSelection(context({ selection }), tiny)).to.equal(selection);
    expect(linkedSelection(context({ selection }), load(tinyOob()))).to.equal(undefined);
    expect(linkedSelection(undefined, tiny)).to.equal(undefined);
    expect(sharesDataset(context({ result: undefined }), tiny)).to.equal(false);
    expect(sharesDataset(context(), undefined)).to.equal(false);
  });
});

describe('linkedItems', () => {
  it('linkedItems(ds, undefined) links nothing', () => {
    expect(plain(linkedItems(tiny, undefined))).to.deep.equal(none);
  });

  it("linkedItems(ds, unit) links its commander's rank, its strength figures and its events", () => {
    expect(plain(linkedItems(tiny, unit('corps')))).to.deep.equal({
      ...none,
      units: ['corps'],
      people: ['p1'],
      ranks: ['gen'],
      observations: ['o1', 'o2'],
    });
    expect(plain(linkedItems(tiny, unit('div1')))).to.deep.equal({ ...none, units: ['div1'], observations: ['o3'], events: ['e1'] });
  });

  it('linkedItems(ds, unit, date) keeps only the roles held at the date', () => {
    expect(plain(linkedItems(tiny, unit('corps'), '1901')).ranks).to.deep.equal(['gen']);
    expect(plain(linkedItems(tiny, unit('corps'), '1903')).ranks).to.deep.equal([]);
  });

  it('linkedItems(ds, observation) links its subject and the figures in dispute with it', () => {
    expect(plain(linkedItems(tiny, observation('o1')))).to.deep.equal({ ...none, units: ['corps'], observations: ['o1', 'o2'] });
    expect(plain(linkedItems(tiny, observation('o2')))).to.deep.equal({ ...none, units: ['corps'], observations: ['o1', 'o2'] });
    expect(plain(linkedItems(tiny, observation('o4')))).to.deep.equal({ ...none, sides: ['red'], observations: ['o4'], events: ['e1'] });
  });

  it('linkedItems(ds, rank) links the people in it, their units and their events', () => {
    const groupRows = rankTable(tiny)?.groups[0];
    const row = groupRows?.ranks[0];
    if (!groupRows || !row) throw new Error('no rank row');
    const selection: OobSelectDetail = { kind: 'rank', id: row.rank.id, rank: row.rank, group: groupRows.group, holders: row.holders };
    expect(plain(linkedItems(tiny, selection))).to.deep.equal({
      ...none,
      ranks: ['gen'],
      people: ['p1'],
      units: ['corps'],
      events: ['e1'],
    });
  });

  it('linkedItems(ds, event) links its units, sides, people and their ranks at its date', () => {
    const event = tiny.eventsById.get('e1');
    if (!event) throw new Error('no event');
    expect(plain(linkedItems(tiny, { kind: 'event', id: 'e1', event }))).to.deep.equal({
      ...none,
      events: ['e1'],
      units: ['div1'],
      sides: ['blue', 'red'],
      people: ['p1'],
      ranks: ['gen'],
    });
  });
});
