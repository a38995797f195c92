import { expect } from '@open-wc/testing';
import { timeSlots } from '../../../src/layout/strength/index.js';
import { d } from './helpers.js';

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
