import { expect } from '@open-wc/testing';
import { pathData, polyline } from '../../src/symbols/index.js';

describe('pathData', () => {
  it('pathData(commands, scale) scales absolute commands and rounds to 2 decimals', () => {
    const d = pathData(
      [{ c: 'M', x: 1, y: 2 }, { c: 'L', x: -3.333, y: 4 }, { c: 'C', x1: 1, y1: 1, x2: 2, y2: 2, x: 3, y: 3 }, { c: 'Z' }],
      0.3,
    );
    expect(d).to.equal('M0.3,0.6L-1,1.2C0.3,0.3 0.6,0.6 0.9,0.9Z');
  });

  it('pathData([]) is empty', () => {
    expect(pathData([])).to.equal('');
  });

  it('polyline(points, closed) moves to the first point, lines to the rest and closes', () => {
    expect(pathData(polyline([0, 0, 10, 0, 10, 5], true))).to.equal('M0,0L10,0L10,5Z');
    expect(pathData(polyline([1, 2, 3, 4]))).to.equal('M1,2L3,4');
  });

  it('polyline ignores a dangling odd coordinate', () => {
    expect(pathData(polyline([1, 2, 3]))).to.equal('M1,2');
  });
});
