import { expect } from '@open-wc/testing';
import { placeLabels } from '../../../src/layout/strength/index.js';

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const box = (x: number, y: number, width = 20, height = 10) => ({ x, y, width, height });

describe('placeLabels', () => {
  it('placeLabels(boxes) drops a box that overlaps one kept before it', () => {
    expect(placeLabels([{ box: box(0, 0) }, { box: box(10, 5) }, { box: box(50, 0) }], bounds)).to.deep.equal([true, false, true]);
  });
  it('placeLabels keeps required boxes first, whatever their order', () => {
    expect(placeLabels([{ box: box(0, 0) }, { box: box(10, 5), required: true }], bounds)).to.deep.equal([false, true]);
  });
  it('placeLabels drops boxes outside the bounds unless required', () => {
    expect(placeLabels([{ box: box(190, 0) }, { box: box(-30, 0), required: true }], bounds)).to.deep.equal([false, true]);
  });
  it('placeLabels finds overlaps across grid cells (boxes spanning 64px cells)', () => {
    expect(placeLabels([{ box: box(60, 60, 10, 10) }, { box: box(66, 66, 10, 10) }], { x: 0, y: 0, width: 300, height: 300 })).to.deep.equal([true, false]);
  });
});
