import { expect } from '@open-wc/testing';
import { measuresOf, strengthSeries } from '../../src/data/strength-series.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { load } from '../fixtures/load.js';

describe('strengthSeries', () => {
  const tiny = load(tinyOob());
  const ina = load(iliNationalArmy);

  it('strengthSeries(tiny) orders points by date and resolves value kinds', () => {
    const rows = strengthSeries(tiny).map((p) => [p.id, p.kind, p.min, p.max, p.value]);
    expect(rows).to.deep.equal([
      ['o2', 'exact', 30000, 30000, 30000],
      ['o1', 'range', 20000, 25000, 22500],
      ['o4', 'approximate', 2000, 9000, 5500],
      ['o3', 'exact', 48, 48, 48],
    ]);
  });

  it('strengthSeries makes disputes symmetric', () => {
    const byId = new Map(strengthSeries(tiny).map((p) => [p.id, p.disputedWith]));
    expect(byId.get('o2')).to.deep.equal(['o1']);
    expect(byId.get('o1')).to.deep.equal(['o2']);
    expect(byId.get('o3')).to.deep.equal([]);
  });

  it('strengthSeries filters by measure, subject and side', () => {
    expect(strengthSeries(tiny, { measure: 'artillery' }).map((p) => p.id)).to.deep.equal(['o3']);
    expect(strengthSeries(tiny, { measure: ['artillery', 'personnel'] }).length).to.equal(4);
    expect(strengthSeries(tiny, { subject: 'corps' }).map((p) => p.id)).to.deep.equal(['o2', 'o1']);
    expect(strengthSeries(tiny, { side: 'red' }).map((p) => p.id)).to.deep.equal(['o4']);
    expect(strengthSeries(tiny, { side: 'blue' }).map((p) => p.id)).to.deep.equal(['o2', 'o1', 'o3']);
    expect(strengthSeries(tiny, { side: 'all' }).length).to.equal(4);
  });

  it('strengthSeries filters dates by overlap', () => {
    expect(strengthSeries(tiny, { from: '1902-01-01' }).map((p) => p.id)).to.deep.equal(['o4', 'o3']);
    expect(strengthSeries(tiny, { to: '1900' }).map((p) => p.id)).to.deep.equal(['o2']);
  });

  it('strengthSeries resolves citations and names subjects', () => {
    const [o1] = strengthSeries(tiny, { subject: 'corps', from: '1901' });
    expect(o1?.citations.map((c) => c.source.ref)).to.deep.equal(['1']);
    expect(o1?.subjectName).to.equal('I Corps');
    expect(strengthSeries(tiny, { side: 'red' })[0]?.subjectName).to.equal('Red');
  });

  it('strengthSeries(ina, personnel) keeps both disputed figures and every source', () => {
    const points = strengthSeries(ina, { measure: 'personnel', subject: 'ina' });
    expect(points.map((p) => [p.id, p.min, p.max])).to.deep.equal([
      ['ina-infantry-infobox', 50000, 50000],
      ['ina-enlisted', 25000, 30000],
      ['ina-reduced-1946', 11000, 12000],
      ['ina-troops-1949', 14000, 14000],
    ]);
    expect(points[0]?.disputedWith).to.deep.equal(['ina-enlisted']);
    expect(points[3]?.kind).to.equal('approximate');
  });

  it('strengthSeries(ina, side kmt) lists the opposing forces', () => {
    expect(strengthSeries(ina, { side: 'kmt' }).map((p) => [p.id, p.observation.qualifier])).to.deep.equal([
      ['kmt-divisions-1945-09', 'strength'],
      ['kmt-surrendered-1945-09', 'surrendered'],
      ['kmt-generals-surrendered-1945-09', 'surrendered'],
      ['kmt-sent-1946-1947', 'sent'],
    ]);
  });

  it('measuresOf(ina) lists measures in first-seen order', () => {
    expect(measuresOf(ina)).to.deep.equal([
      'personnel',
      'irregular-reserves',
      'trucks',
      'horses',
      'aircraft',
      'artillery',
      'armoured-vehicles',
      'tanks',
      'generals',
    ]);
  });

  it('strengthSeries of a dataset without observations is empty', () => {
    const oob = tinyOob();
    delete oob.strength;
    expect(strengthSeries(load(oob))).to.deep.equal([]);
  });

  it('strengthSeries keeps dataset order among figures on one start, whatever order the dataset lists dates in', () => {
    const oob = tinyOob();
    const at = (id: string, date: string) => ({ id, measure: 'personnel' as const, subject: 'corps', date, value: 1 });
    oob.strength = [at('a', '1903'), at('b', '1901-06'), at('c', '1903-01'), at('d', '1901-06-01'), at('e', '1900'), at('f', '1903')];
    expect(strengthSeries(load(oob)).map((p) => p.id)).to.deep.equal(['e', 'b', 'd', 'a', 'c', 'f']);
    oob.strength = [at('a', '1900'), at('b', '1900'), at('c', '1901'), at('d', '1901-01-01')];
    expect(strengthSeries(load(oob)).map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('strengthSeries orders starts that are not whole days (a dataset built by hand) stably too', () => {
    const oob = tinyOob();
    const at = (id: string, date: string) => ({ id, measure: 'personnel' as const, subject: 'corps', date, value: 1 });
    oob.strength = [at('a', '1903'), at('b', '1901'), at('c', '1903'), at('d', '1902')];
    const dataset = load(oob);
    // Every parsed date starts at midnight UTC; shift one by an hour, as a hand-built Dataset could.
    const dates = new Map(dataset.dates);
    const day = dates.get('1902');
    const shifted = day && { ...day, start: day.start + 3_600_000 };
    if (shifted) dates.set('1902', shifted);
    const points = strengthSeries({ ...dataset, dates });
    expect(points.map((p) => p.id)).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(points[1]?.date).to.equal(shifted);
  });

  it('strengthSeries gives words and their interpretation to approximate figures only', () => {
    const oob = tinyOob();
    const base = { measure: 'personnel' as const, subject: 'corps', date: '1901' };
    oob.strength = [
      { ...base, id: 'exact', value: 5 },
      { ...base, id: 'range', value: { min: 1, max: 2 } },
      { ...base, id: 'words', value: { approximate: 'a few', min: 2, max: 4, interpretation: 'two to four' } },
      { ...base, id: 'one', value: { approximate: 'about ten', value: 10, interpretation: 'ten' } },
    ];
    const points = strengthSeries(load(oob));
    expect(points.map((p) => [p.id, p.kind, p.min, p.max, p.value, p.approximate, p.interpretation])).to.deep.equal([
      ['exact', 'exact', 5, 5, 5, undefined, undefined],
      ['range', 'range', 1, 2, 1.5, undefined, undefined],
      ['words', 'approximate', 2, 4, 3, 'a few', 'two to four'],
      ['one', 'approximate', 10, 10, 10, 'about ten', 'ten'],
    ]);
    expect(points.map((p) => 'approximate' in p)).to.deep.equal([false, false, true, true]);
  });
});
