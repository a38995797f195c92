import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { isoDay, nearestStop, stopAt, stopText, timelineStops } from '../../../src/layout/timeline/stops.js';
import { d, ev } from './helpers.js';

describe('isoDay', () => {
  it('isoDay(t) writes the UTC day of any instant in it', () => {
    expect(isoDay(Date.UTC(1945, 8, 30))).to.equal('1945-09-30');
    expect(isoDay(Date.UTC(1945, 8, 30, 23, 59, 59, 999))).to.equal('1945-09-30');
  });

  it('isoDay(t) pads early years and signs years before 0', () => {
    expect(isoDay(new Date(Date.UTC(2000, 2, 5)).setUTCFullYear(732))).to.equal('0732-03-05');
    expect(isoDay(new Date(Date.UTC(2000, 2, 15)).setUTCFullYear(-43))).to.equal('-0043-03-15');
  });
});

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

  it("timelineStops(events, dates) reuses the dataset's parsed dates", () => {
    const result = parseOrderOfBattle(iliNationalArmy);
    if (!result.ok) throw new Error('default dataset invalid');
    const stops = timelineStops(result.dataset.source.events ?? [], result.dataset.dates);
    expect(stops[0]?.iso).to.equal('1945-01-31');
    expect(stops.at(-1)?.iso).to.equal('1949-12-31');
    expect(stops.find((s) => s.iso === '1945-09-30')?.entries.map((e) => e.event.id)).to.deep.equal([
      'wusu-shihezi-battles',
      'shihezi-jinghe-battle',
    ]);
    expect(stops.find((s) => s.iso === '1945-09-30')?.entries[0]?.date).to.equal(result.dataset.dates.get('1945-09'));
  });
});

const stops = [10, 20, 30].map((instant) => ({ instant }));

describe('stopAt', () => {
  it('stopAt(stops, t) finds the last stop at or before t', () => {
    expect([5, 10, 15, 20, 29, 30, 99].map((t) => stopAt(stops, t))).to.deep.equal([-1, 0, 0, 1, 1, 2, 2]);
  });

  it('stopAt([], t) is -1', () => {
    expect(stopAt([], 10)).to.equal(-1);
  });
});

describe('nearestStop', () => {
  it('nearestStop(positions, x) snaps to the closest position', () => {
    const xs = [10, 50, 60];
    expect([0, 29, 31, 54, 56, 500].map((x) => nearestStop(xs, x))).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });

  it('nearestStop(positions, x) takes the earlier on a tie and works right to left', () => {
    expect(nearestStop([10, 20], 15)).to.equal(0);
    expect(nearestStop([90, 50, 10], 45)).to.equal(1);
  });

  it('nearestStop([], x) is -1', () => {
    expect(nearestStop([], 3)).to.equal(-1);
  });
});

describe('stopText', () => {
  it('stopText(stop) writes the date once for events written with the same date', () => {
    const stop = {
      entries: [
        { event: ev('a', '1945-09', 'Battle A'), date: d('1945-09') },
        { event: ev('b', '1945-09', 'Battle B'), date: d('1945-09') },
      ],
    };
    expect(stopText(stop)).to.equal('Sep 1945: Battle A; Battle B');
  });

  it("stopText(stop) keeps each event's own date when they differ", () => {
    const stop = {
      entries: [
        { event: ev('a', '1946/1947', 'Troops sent'), date: d('1946/1947') },
        { event: ev('b', '1947', 'Defection'), date: d('1947') },
      ],
    };
    expect(stopText(stop)).to.equal('1946–1947: Troops sent; 1947: Defection');
  });

  it('stopText(stop) keeps markup in titles as plain text', () => {
    const stop = { entries: [{ event: ev('x', '1945-01-31', '<img src=x onerror=alert(1)>'), date: d('1945-01-31') }] };
    expect(stopText(stop)).to.equal('31 Jan 1945: <img src=x onerror=alert(1)>');
  });
});
