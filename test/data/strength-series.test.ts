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
});
