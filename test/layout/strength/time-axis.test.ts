import { expect } from '@open-wc/testing';
import { timeAxis, timeSlots } from '../../../src/layout/strength/index.js';
import { d, r2 } from './helpers.js';

const slotsOf = (...dates: string[]) => timeSlots(dates.map((date, i) => ({ id: `p${i}`, date: d(date), disputedWith: [] }))).slots;

describe('timeAxis', () => {
  it('timeAxis(evenly spread dates) keeps a true time scale with slot widths from the closest gap', () => {
    const axis = timeAxis(slotsOf('1945', '1946', '1947', '1948'), { length: 800, minSlotWidth: 8 });
    expect(axis.kind).to.equal('time');
    const bands = [...axis.band.values()];
    expect(r2(bands.map((b) => b.width))).to.deep.equal([72, 72, 72, 72]);
    // Years are centred mid-year; the gap between year centres is one year of the scale.
    const gaps = bands.slice(1).map((b, i) => b.center - (bands[i] as { center: number }).center);
    expect(Math.max(...gaps) - Math.min(...gaps)).to.be.lessThan(1);
    expect(r2(axis.positionOf(d('1947')))).to.equal(r2(bands[2]?.center ?? NaN));
  });
  it('timeAxis(uneven dates too close for their bars) falls back to a band scale', () => {
    const axis = timeAxis(slotsOf('1945-01-31', '1949', '1949-08-18'), { length: 600, minSlotWidth: 24 });
    expect(axis.kind).to.equal('band');
    const centres = [...axis.band.values()].map((b) => b.center);
    expect(r2(centres[1]! - centres[0]!)).to.equal(r2(centres[2]! - centres[1]!));
    expect(axis.ticks.map((t) => t.label)).to.deep.equal(['31 Jan 1945', '1949', '18 Aug 1949']);
  });
  it('timeAxis(band) puts events on a slot date at the slot, and between slots by interpolation', () => {
    const axis = timeAxis(slotsOf('1946-01-01', '1948-01-01'), { length: 400, kind: 'band' });
    const [a, b] = [...axis.band.values()].map((s) => s.center) as [number, number];
    expect(r2(axis.positionOf(d('1946-01-01')))).to.equal(r2(a));
    expect(r2(axis.positionOf(d('1947-01-01')))).to.be.closeTo(r2((a + b) / 2), 1);
  });
  it('timeAxis(one slot) uses a band', () => {
    const axis = timeAxis(slotsOf('1949-08'), { length: 300 });
    expect(axis.kind).to.equal('band');
    expect(r2(axis.band.get('1949-08'))).to.deep.equal({ center: 150, width: 72 });
  });
  it('timeAxis(crowded labels) thins labels so none overlap', () => {
    const dates = Array.from({ length: 20 }, (_, i) => `19${String(30 + i)}`);
    const axis = timeAxis(slotsOf(...dates), { length: 300, kind: 'band', labelSize: () => 40 });
    expect(axis.ticks.length).to.equal(20);
    expect(axis.labels.length).to.be.lessThan(20);
    for (let i = 1; i < axis.labels.length; i += 1) expect(axis.labels[i]!.pos - axis.labels[i - 1]!.pos).to.be.at.least(44);
  });
  it('timeAxis([]) does not throw', () => {
    const axis = timeAxis([], { length: 300 });
    expect(axis.ticks).to.deep.equal([]);
    expect(axis.kind).to.equal('band');
  });
});

describe('timeAxis (crowded)', () => {
  it('timeAxis(thousands of dates) keeps time positions with 1px slots rather than unreadable bands', () => {
    const dates = Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(1940, 0, 1 + i)).toISOString().slice(0, 10));
    const axis = timeAxis(timeSlots(dates.map((date, i) => ({ id: `p${i}`, date: d(date), disputedWith: [] }))).slots, { length: 800, minSlotWidth: 6 });
    expect(axis.kind).to.equal('time');
    expect([...axis.band.values()][0]!.width).to.equal(1);
    expect(axis.labels.every((t) => /^(\d{4}|[A-Z][a-z]{2} \d{4})$/.test(t.label))).to.equal(true);
  });
});
