import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/rank-table/define.js';

/** The served fonts (scripts/test-fonts.mjs) are what the elements draw with, whatever the machine has. */
describe('test fonts', () => {
  const loaded = (family: string, weight: string): number =>
    [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family && f.weight === weight && f.status === 'loaded').length;

  it('Noto Sans (400, 600, 700) and Noto Sans Arabic (400, 700) are loaded before the tests start', () => {
    // document.fonts.check() alone would pass with no @font-face at all, so count loaded faces.
    for (const weight of ['400', '600', '700']) expect(loaded('Noto Sans', weight), `Noto Sans ${weight}`).to.be.at.least(3);
    for (const weight of ['400', '700']) {
      expect(loaded('Noto Sans Arabic', weight), `Noto Sans Arabic ${weight}`).to.be.at.least(2);
      expect(loaded('Noto Naskh Arabic', weight), `Naskh alias ${weight}`).to.be.at.least(2);
    }
    expect([...document.fonts].filter((f) => f.status !== 'loaded').map((f) => f.family)).to.deep.equal([]);
  });

  it('elements resolve --oob-font-family to the served Noto Sans', async () => {
    const el = await fixture<HTMLElement>(html`<oob-rank-table></oob-rank-table>`);
    const family = getComputedStyle(el).getPropertyValue('font-family');
    expect(family.split(',')[0]?.trim().replace(/"/g, '')).to.equal('Noto Sans');
  });
});
