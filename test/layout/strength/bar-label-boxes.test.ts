import { expect } from '@open-wc/testing';
import { barLabelBoxes } from '../../../src/layout/strength/index.js';

const text = { marks: '≠', value: '25,000', detail: 'enlisted' };
const measure = (s: string) => s.length * 6;

describe('barLabelBoxes', () => {
  it('barLabelBoxes(vertical) stacks the label above the marks above the tip', () => {
    const out = barLabelBoxes(text, { x: 100, y: 200 }, 'vertical', 12, measure);
    expect(out.marks).to.deep.equal({ x: 100, y: 197, anchor: 'middle', lines: ['≠'], box: { x: 97, y: 185, width: 6, height: 14 } });
    expect(out.label?.lines).to.deep.equal(['25,000', 'enlisted']);
    expect(out.label?.box).to.deep.equal({ x: 76, y: 155, width: 48, height: 28 });
    expect(out.label!.box.y + out.label!.box.height).to.be.at.most(out.marks!.box.y);
  });
  it('barLabelBoxes(horizontal) writes marks then the label in one line after the tip', () => {
    const out = barLabelBoxes(text, { x: 100, y: 50 }, 'horizontal', 12, measure);
    expect(out.marks?.x).to.equal(104);
    expect(out.label?.lines).to.deep.equal(['25,000 enlisted']);
    expect(out.label?.x).to.equal(114);
  });
  it('barLabelBoxes(no marks) has only a label', () => {
    expect(barLabelBoxes({ marks: '', value: '5', detail: '' }, { x: 0, y: 100 }, 'vertical', 12, measure).marks).to.equal(undefined);
  });
});
