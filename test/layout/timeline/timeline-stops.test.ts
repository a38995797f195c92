import { expect } from '@open-wc/testing';
import { timelineStops } from '../../../src/layout/timeline/timeline-stops.js';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { ev } from './helpers.js';

const shape = (stops: ReturnType<typeof timelineStops>) => stops.map((s) => [s.iso, s.entries.map((e) => e.event.id)]);

describe('timelineStops', () => {
  it('timelineStops([]) is empty', () => {
    expect(timelineStops([])).to.deep.equal([]);
  });

  it('timelineStops(events) stops at the last day each date can mean, in time order', () => {
    const stops = timelineStops([ev('y', '1945'), ev('m', '1945-09'), ev('d', '1945-01-31'), ev('i', '1946/1947')]);
    expect(shape(stops)).to.deep.equal([
      ['1945-01-31', ['d']],
      ['1945-09-30', ['m']],
      ['1945-12-31', ['y']],
      ['1947-12-31', ['i']],
    ]);
    expect(stops[0]?.instant).to.equal(Date.UTC(1945, 0, 31, 23, 59, 59, 999));
  });

  it('timelineStops(events) groups events ending on the same day in dataset order', () => {
    const stops = timelineStops([ev('b', '1947'), ev('a', '1946/1947'), ev('c', '1947-12-31')]);
    expect(shape(stops)).to.deep.equal([['1947-12-31', ['b', 'a', 'c']]]);
  });

  it('timelineStops(events) leaves out events whose date cannot be parsed', () => {
    expect(shape(timelineStops([ev('bad', '1945-02-30'), ev('ok', '1945-02-28')]))).to.deep.equal([['1945-02-28', ['ok']]]);
  });

  it('timelineStops(events, dates) reuses the dataset\'s parsed dates', () => {
    const result = parseOrderOfBattle(iliNationalArmy);
    if (!result.ok) throw new Error('default dataset invalid');
    const stops = timelineStops(result.dataset.source.events ?? [], result.dataset.dates);
    expect(stops[0]?.iso).to.equal('1945-01-31');
    expect(stops.at(-1)?.iso).to.equal('1949-12-31');
    expect(stops.find((s) => s.iso === '1945-09-30')?.entries.map((e) => e.event.id)).to.deep.equal(['wusu-shihezi-battles', 'shihezi-jinghe-battle']);
    expect(stops.find((s) => s.iso === '1945-09-30')?.entries[0]?.date).to.equal(result.dataset.dates.get('1945-09'));
  });
});
