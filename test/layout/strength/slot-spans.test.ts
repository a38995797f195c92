import { expect } from '@open-wc/testing';
import { slotSpans, timeAxis, timeSlots } from '../../../src/layout/strength/index.js';
import { d, r2 } from './helpers.js';

const frame = { x: 10, y: 0, width: 600, height: 100 };
const slots = timeSlots([
  { id: 'a', date: d('1945/1946'), disputedWith: [] },
  { id: 'b', date: d('1948-06'), disputedWith: [] },
]).slots;

describe('slotSpans', () => {
  it('slotSpans(time axis) draws interval slots from start to end under the baseline', () => {
    const axis = timeAxis(slots, { length: 600, kind: 'time' });
    const spans = slotSpans(slots, new Set(['1945/1946', '1948-06']), axis, frame, 'vertical');
    expect(spans.map((s) => s.key)).to.deep.equal(['1945/1946']);
    expect(r2(spans[0]!.line)).to.deep.equal(r2({ x1: 10 + axis.positionOf({ start: Date.UTC(1945, 0, 1), end: Date.UTC(1945, 0, 1) }), y1: 103, x2: 10 + axis.positionOf({ start: Date.UTC(1947, 0, 1) - 1, end: Date.UTC(1947, 0, 1) - 1 }), y2: 103 }));
  });
  it('slotSpans skips unused slots and band axes', () => {
    const time = timeAxis(slots, { length: 600, kind: 'time' });
    expect(slotSpans(slots, new Set(['1948-06']), time, frame, 'vertical')).to.deep.equal([]);
    const band = timeAxis(slots, { length: 600, kind: 'band' });
    expect(slotSpans(slots, new Set(['1945/1946']), band, frame, 'vertical')).to.deep.equal([]);
  });
});
