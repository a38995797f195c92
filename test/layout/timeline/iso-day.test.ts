import { expect } from '@open-wc/testing';
import { isoDay } from '../../../src/layout/timeline/iso-day.js';

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
