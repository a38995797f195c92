import { expect } from '@open-wc/testing';
import { stackLabels } from '../../../src/layout/strength/text.js';
import { eventRules, formatTickDate, slotSpans, timeAxis, timeSlots } from '../../../src/layout/strength/time-axis.js';
import { d, r2 } from './helpers.js';

describe('formatTickDate', () => {
  it('formatTickDate(time) picks year, month or day from where the tick falls', () => {
    expect(formatTickDate(Date.UTC(1946, 0, 1))).to.equal('1946');
    expect(formatTickDate(Date.UTC(1946, 6, 1))).to.equal('Jul 1946');
    expect(formatTickDate(Date.UTC(1946, 6, 8))).to.equal('8 Jul 1946');
  });
});

const pt = (id: string, date: string, disputedWith: string[] = []) => ({ id, date: d(date), disputedWith });

describe('timeSlots', () => {
  it('timeSlots(points) puts points with the same date text in one slot, in time order', () => {
    const { slots } = timeSlots([pt('b', '1946'), pt('a', '1945-09'), pt('c', '1945-09')]);
    expect(slots.map((s) => [s.key, s.ids])).to.deep.equal([
      ['1945-09', ['a', 'c']],
      ['1946', ['b']],
    ]);
  });
  it('timeSlots(disputed points) puts contradicting figures in the slot of the earliest', () => {
    const { slots, slotOf } = timeSlots([
      pt('infobox', '1945-04-08/1949-12-22', ['enlisted']),
      pt('enlisted', '1945-04-08/1946-06-06', ['infobox']),
      pt('other', '1945-04-08/1949-12-22'),
    ]);
    expect(slots.map((s) => [s.key, s.ids])).to.deep.equal([
      ['1945-04-08/1946-06-06', ['infobox', 'enlisted']],
      ['1945-04-08/1949-12-22', ['other']],
    ]);
    expect(slotOf.get('infobox')).to.equal('1945-04-08/1946-06-06');
  });
  it('timeSlots ignores disputes with points that are not in the input, and chains of disputes', () => {
    const { slots } = timeSlots([pt('a', '1945', ['missing', 'b']), pt('b', '1947', ['c']), pt('c', '1949')]);
    expect(slots.map((s) => [s.key, s.ids])).to.deep.equal([['1945', ['a', 'b', 'c']]]);
  });
  it('timeSlots([]) is empty', () => {
    expect(timeSlots([]).slots).to.deep.equal([]);
  });
});

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
    const axis = timeAxis(timeSlots(dates.map((date, i) => ({ id: `p${i}`, date: d(date), disputedWith: [] }))).slots, {
      length: 800,
      minSlotWidth: 6,
    });
    expect(axis.kind).to.equal('time');
    expect([...axis.band.values()][0]!.width).to.equal(1);
    expect(axis.labels.every((t) => /^(\d{4}|[A-Z][a-z]{2} \d{4})$/.test(t.label))).to.equal(true);
  });
});

const frame = { x: 10, y: 0, width: 600, height: 100 };
const slots = timeSlots([
  { id: 'a', date: d('1945/1946'), disputedWith: [] },
  { id: 'b', date: d('1948-06'), disputedWith: [] },
]).slots;

describe('slotSpans', () => {
  it('slotSpans(time axis) draws interval and month slots from start to end under the baseline', () => {
    const axis = timeAxis(slots, { length: 600, kind: 'time' });
    const spans = slotSpans(slots, new Set(['1945/1946', '1948-06']), axis, frame, 'vertical');
    expect(spans.map((s) => s.key)).to.deep.equal(['1945/1946', '1948-06']);
    expect(r2(spans[1]!.line.x1)).to.equal(r2(10 + axis.positionOf({ start: Date.UTC(1948, 5, 1), end: Date.UTC(1948, 5, 1) })));
    expect(r2(spans[1]!.line.x2)).to.equal(r2(10 + axis.positionOf({ start: Date.UTC(1948, 6, 1) - 1, end: Date.UTC(1948, 6, 1) - 1 })));
    expect(r2(spans[0]!.line)).to.deep.equal(
      r2({
        x1: 10 + axis.positionOf({ start: Date.UTC(1945, 0, 1), end: Date.UTC(1945, 0, 1) }),
        y1: 103,
        x2: 10 + axis.positionOf({ start: Date.UTC(1947, 0, 1) - 1, end: Date.UTC(1947, 0, 1) - 1 }),
        y2: 103,
      }),
    );
  });
  it('slotSpans skips unused slots and band axes', () => {
    const time = timeAxis(slots, { length: 600, kind: 'time' });
    expect(slotSpans(slots, new Set(), time, frame, 'vertical')).to.deep.equal([]);
    const band = timeAxis(slots, { length: 600, kind: 'band' });
    expect(slotSpans(slots, new Set(['1945/1946']), band, frame, 'vertical')).to.deep.equal([]);
  });
  it('slotSpans gives a day, or an approximate or uncertain date, no bracket (they keep their own marks)', () => {
    const others = timeSlots(['1948-06-05', '1946~', '1947?'].map((date, i) => ({ id: `o${i}`, date: d(date), disputedWith: [] }))).slots;
    const axis = timeAxis(others, { length: 600, kind: 'time' });
    expect(slotSpans(others, new Set(others.map((s) => s.key)), axis, frame, 'vertical')).to.deep.equal([]);
  });
});

const axisOf = (kind: 'time' | 'band', ...dates: string[]) =>
  timeAxis(timeSlots(dates.map((date, i) => ({ id: `p${i}`, date: d(date), disputedWith: [] }))).slots, { length: 600, kind });
const ev = (id: string, date: string, title = id) => ({ id, title, type: 'battle', date: d(date) });

describe('eventRules', () => {
  it('eventRules(events, time axis) puts each rule at its date on the scale', () => {
    const axis = axisOf('time', '1945-01-01', '1949-12-31');
    const rules = eventRules([ev('agreement', '1946-06-06'), ev('incorporation', '1949-12-22')], axis);
    expect(rules.map((r) => r.id)).to.deep.equal(['agreement', 'incorporation']);
    expect(r2(rules[0]!.pos)).to.equal(r2(axis.positionOf(d('1946-06-06'))));
    expect(rules[0]!.pos).to.be.lessThan(rules[1]!.pos);
  });
  it('eventRules drops events outside the axis domain', () => {
    const axis = axisOf('time', '1945', '1946');
    expect(eventRules([ev('early', '1930'), ev('late', '1960'), ev('in', '1945-06')], axis).map((r) => r.id)).to.deep.equal(['in']);
  });
  it('eventRules(band axis) puts an event on a slot date at that slot', () => {
    const axis = axisOf('band', '1945-09', '1946-06-06', '1949-08-18');
    const [rule] = eventRules([ev('agreement', '1946-06-06')], axis);
    expect(r2(rule!.pos)).to.equal(r2(axis.band.get('1946-06-06')!.center));
  });
  it('eventRules stacks crowded labels in rows, drops the rest, and shortens long titles', () => {
    const axis = axisOf('time', '1945', '1949');
    const long = 'A very long event title that will not fit in the label width we allow';
    const rules = eventRules([ev('a', '1946-01-01'), ev('b', '1946-01-02'), ev('c', '1946-01-03'), ev('d', '1946-01-04', long)], axis, {
      rows: 2,
      maxLabelWidth: 120,
    });
    expect(rules.map((r) => r.row)).to.deep.equal([0, 1, -1, -1]);
    expect(rules[3]!.label.endsWith('…')).to.equal(true);
    expect(rules[3]!.label.length).to.be.lessThan(long.length);
  });
  it('eventRules(interval event) gets a span, and labels stay on the chart', () => {
    const axis = axisOf('time', '1945', '1949');
    const [rule] = eventRules([ev('sent', '1946/1947', 'Kuomintang sends troops')], axis);
    expect(rule!.span![1]).to.be.greaterThan(rule!.span![0]);
    const [edge] = eventRules([ev('start', '1945-01-01', 'Something at the very start')], axis);
    expect(edge!.labelPos).to.be.greaterThan(edge!.pos);
  });
});

describe('stackLabels', () => {
  it('stackLabels(labels, 2) moves an overlapping label to the second row and drops a third', () => {
    const labels = [
      { pos: 0, size: 40 },
      { pos: 10, size: 40 },
      { pos: 20, size: 40 },
      { pos: 100, size: 40 },
    ];
    expect(stackLabels(labels, 2)).to.deep.equal([0, 1, -1, 0]);
  });
  it('stackLabels(labels, 0) drops every label', () => {
    expect(stackLabels([{ pos: 0, size: 1 }], 0)).to.deep.equal([-1]);
  });
});
