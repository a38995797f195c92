import { expect } from '@open-wc/testing';
import { textWidth } from '../../../src/layout/strength/index.js';

describe('textWidth', () => {
  it('textWidth(text, size) grows with length and size, and is 0 for ""', () => {
    expect(textWidth('')).to.equal(0);
    expect(textWidth('14,000', 12)).to.be.greaterThan(textWidth('140', 12));
    expect(textWidth('14,000', 24)).to.equal(textWidth('14,000', 12) * 2);
  });
  it('textWidth(text) is not below what Chromium renders for digits (so thinning is cautious)', () => {
    // Measured in the font every test page serves (scripts/test-fonts.mjs), not the machine's system-ui.
    expect([...document.fonts].some((f) => f.family.includes('Noto Sans') && f.status === 'loaded'), 'Noto Sans is served').to.equal(true);
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    canvas.font = '12px "Noto Sans"';
    for (const s of ['25,000–30,000', 'Aug 1949', '1945']) {
      expect(textWidth(s, 12)).to.be.at.least(canvas.measureText(s).width * 0.9);
    }
  });
});
