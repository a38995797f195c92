import { expect } from '@open-wc/testing';
import { buildDataset, collectDateStrings } from '../../src/data/build-dataset.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import { base } from './fixtures.js';

describe('collectDateStrings', () => {
  it('collectDateStrings(oob) lists every date field in document order', () => {
    expect(collectDateStrings(base())).to.deep.equal([
      '1945/1949', // meta.dateRange
      '1990', // sources[0].published
      '2024-01-05', // sources[1].accessed
      '1945-04-08', // units[0].formed
      '1945-05', // units[1].formed
      '1946-01', // units[1].changes[0].date
      '1947~', // units[1].changes[1].date
      '1945', // units[2].formed
      '1949-12-22', // units[2].dissolved
      '1900', // people[0].born
      '1960', // people[0].died
      '1945-04', // roles[0].from
      '1949', // roles[0].to
      '1945-09', // strength
      '1946',
      '1946-03-01',
      '1946/1947',
      '1945-04-08', // events[0].date
    ]);
  });

  it('collectDateStrings(oob) is empty for a dataset without dates', () => {
    const oob: OrderOfBattle = { schemaVersion: '1.0', meta: { title: 't', defaultLang: 'en' }, sources: [], sides: [], units: [] };
    expect(collectDateStrings(oob)).to.deep.equal([]);
  });
});

describe('buildDataset', () => {
  const dataset = buildDataset(base());

  it('buildDataset(oob) indexes every collection by id', () => {
    expect([...dataset.unitsById.keys()]).to.deep.equal(['army', 'div1', 'cav', 'south-hq']);
    expect([...dataset.sidesById.keys()]).to.deep.equal(['north', 'south']);
    expect([...dataset.sourcesById.keys()]).to.deep.equal(['book', 'web']);
    expect([...dataset.peopleById.keys()]).to.deep.equal(['p1']);
    expect([...dataset.eventsById.keys()]).to.deep.equal(['e1']);
    expect([...dataset.observationsById.keys()]).to.deep.equal(['o1', 'o2', 'o3', 'o4']);
  });

  it('buildDataset(oob) indexes ranks of every rank system', () => {
    expect([...dataset.ranksById.keys()]).to.deep.equal(['gen', 'col', 'sgt', 'blank']);
  });

  it('buildDataset(oob) groups children by parent, with roots under null, in dataset order', () => {
    expect(dataset.childrenById.get(null)?.map((u) => u.id)).to.deep.equal(['army', 'south-hq']);
    expect(dataset.childrenById.get('army')?.map((u) => u.id)).to.deep.equal(['div1', 'cav']);
    expect(dataset.childrenById.has('cav')).to.equal(false);
  });

  it('buildDataset(oob) parses each distinct date string once', () => {
    expect(dataset.dates.size).to.equal(17);
    expect(dataset.dates.get('1946/1947')?.interval).to.equal(true);
  });

  it('buildDataset(oob) keeps the input object as source', () => {
    const oob = base();
    expect(buildDataset(oob).source).to.equal(oob);
  });

  it('buildDataset(oob) handles absent optional collections', () => {
    const empty = buildDataset({ schemaVersion: '1.0', meta: { title: 't', defaultLang: 'en' }, sources: [], sides: [], units: [] });
    expect([empty.peopleById.size, empty.ranksById.size, empty.eventsById.size, empty.observationsById.size]).to.deep.equal([0, 0, 0, 0]);
  });
});
