import { expect } from '@open-wc/testing';
import { sliderKeyStep } from '../../../src/layout/timeline/slider-key-step.js';

const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'a'];

describe('sliderKeyStep', () => {
  it('sliderKeyStep(key) maps the slider keys to steps and ignores others', () => {
    expect(keys.map((k) => sliderKeyStep(k))).to.deep.equal(['next', 'previous', 'next', 'previous', 'next-year', 'previous-year', 'first', 'last', undefined, undefined]);
  });

  it('sliderKeyStep(key, rtl) swaps Left and Right only', () => {
    expect(keys.slice(0, 4).map((k) => sliderKeyStep(k, true))).to.deep.equal(['previous', 'next', 'next', 'previous']);
  });
});
