import { expect } from '@open-wc/testing';
import { sliderKeyStep, stepStop } from '../../../src/layout/timeline/keys.js';

const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'a'];

describe('sliderKeyStep', () => {
  it('sliderKeyStep(key) maps the slider keys to steps and ignores others', () => {
    expect(keys.map((k) => sliderKeyStep(k))).to.deep.equal([
      'next',
      'previous',
      'next',
      'previous',
      'next-year',
      'previous-year',
      'first',
      'last',
      undefined,
      undefined,
    ]);
  });

  it('sliderKeyStep(key, rtl) swaps Left and Right only', () => {
    expect(keys.slice(0, 4).map((k) => sliderKeyStep(k, true))).to.deep.equal(['previous', 'next', 'next', 'previous']);
  });
});

const day = (y: number, m: number, dd: number) => Date.UTC(y, m - 1, dd, 23, 59, 59, 999);
// 1945-01-31, 1945-09-30, 1946-01-02, 1946-06-06, 1947-12-31, 1949-12-22
const stops = [day(1945, 1, 31), day(1945, 9, 30), day(1946, 1, 2), day(1946, 6, 6), day(1947, 12, 31), day(1949, 12, 22)].map(
  (instant) => ({ instant }),
);
const at = (i: number) => (stops[i] as { instant: number }).instant;

describe('stepStop', () => {
  it('stepStop(stops, t, "next"/"previous") moves one stop and clamps at the ends', () => {
    expect(stepStop(stops, at(2), 'next')).to.equal(3);
    expect(stepStop(stops, at(2), 'previous')).to.equal(1);
    expect(stepStop(stops, at(5), 'next')).to.equal(5);
    expect(stepStop(stops, at(0), 'previous')).to.equal(0);
  });

  it('stepStop from a date between stops goes to the neighbours of that date', () => {
    const march1946 = Date.UTC(1946, 2, 15);
    expect(stepStop(stops, march1946, 'next')).to.equal(3);
    expect(stepStop(stops, march1946, 'previous')).to.equal(2);
    expect(stepStop(stops, Date.UTC(1900, 0, 1), 'next')).to.equal(0);
    expect(stepStop(stops, Date.UTC(2000, 0, 1), 'previous')).to.equal(5);
  });

  it('stepStop(stops, t, "next-year") goes to the first stop of a later year', () => {
    expect(stepStop(stops, at(0), 'next-year')).to.equal(2);
    expect(stepStop(stops, at(3), 'next-year')).to.equal(4);
    expect(stepStop(stops, at(4), 'next-year')).to.equal(5);
    expect(stepStop(stops, at(5), 'next-year')).to.equal(5);
  });

  it('stepStop(stops, t, "previous-year") goes to the first stop of the previous year with stops', () => {
    expect(stepStop(stops, at(3), 'previous-year')).to.equal(0);
    expect(stepStop(stops, at(5), 'previous-year')).to.equal(4);
    expect(stepStop(stops, at(1), 'previous-year')).to.equal(0);
  });

  it('stepStop(stops, t, "first"/"last") goes to the ends', () => {
    expect(stepStop(stops, at(3), 'first')).to.equal(0);
    expect(stepStop(stops, at(3), 'last')).to.equal(5);
  });

  it('stepStop([], t, step) is -1', () => {
    expect(stepStop([], 0, 'next')).to.equal(-1);
    expect(stepStop([], 0, 'first')).to.equal(-1);
  });
});
