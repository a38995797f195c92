import { expect } from '@open-wc/testing';
import { eventRules, timeAxis, timeSlots } from '../../../src/layout/strength/index.js';
import { d, r2 } from './helpers.js';

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
    const rules = eventRules([ev('a', '1946-01-01'), ev('b', '1946-01-02'), ev('c', '1946-01-03'), ev('d', '1946-01-04', long)], axis, { rows: 2, maxLabelWidth: 120 });
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
