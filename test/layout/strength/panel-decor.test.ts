import { expect } from '@open-wc/testing';
import { panelDecor, valueScale } from '../../../src/layout/strength/index.js';

const frame = { x: 50, y: 20, width: 400, height: 100 };
const measure = (s: string) => s.length * 6;

describe('panelDecor', () => {
  it('panelDecor(vertical) draws grid lines at tick values with labels left of the plot', () => {
    const scale = valueScale([50000], { length: 100, count: 5 });
    const decor = panelDecor({ frame, scale, orientation: 'vertical', fontSize: 12, measure, titleHeight: 18 });
    expect(decor.baseline).to.deep.equal({ x1: 50, y1: 120, x2: 450, y2: 120 });
    expect(decor.grid.map((g) => g.line.y1)).to.deep.equal([120, 100, 80, 60, 40, 20]);
    expect(decor.grid[1]?.label).to.deep.equal({ x: 44, y: 104.2, anchor: 'end', text: '10k' });
  });
  it('panelDecor(horizontal, narrow) thins value labels so none overlap', () => {
    const scale = valueScale([50000], { length: 60, count: 5 });
    const decor = panelDecor({ frame: { ...frame, width: 60 }, scale, orientation: 'horizontal', fontSize: 12, measure, titleHeight: 18 });
    const labelled = decor.grid.filter((g) => g.label);
    expect(labelled.length).to.be.lessThan(decor.grid.length);
    expect(decor.baseline).to.deep.equal({ x1: 50, y1: 20, x2: 50, y2: 120 });
  });
});
