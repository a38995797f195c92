import { expect, html } from '@open-wc/testing';
import { extrasCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { $, mount } from './helpers.js';

/**
 * A tree beyond its box on a page that has not loaded the extras (extras.ts, a dynamic import) yet:
 * the update that `updateComplete` reports after Expand all already has the minimap. Its own file, for a fresh
 * page (see lazy-extras.test.ts).
 */
describe('<oob-hierarchy>: the minimap of a tree beyond its box', () => {
  it('is drawn once updateComplete resolves, its code loaded on demand', async () => {
    expect(extrasCode.loaded).to.equal(undefined);
    const data = generateOrderOfBattle({ units: 400, seed: 3 });
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:600px;height:400px"></oob-hierarchy>`);
    expect($(el, '.minimap'), 'the first paint fits').to.equal(null);
    expect(extrasCode.loaded).to.equal(undefined);
    el.expandAll();
    await el.updateComplete;
    expect(extrasCode.loaded?.renderMinimap).to.be.a('function');
    expect($(el, '.minimap svg'), 'after Expand all').to.exist;
    // Its styles came with its code: in the chart's corner.
    expect(getComputedStyle($(el, '.minimap') as Element).position).to.equal('absolute');
    el.fit();
    await el.updateComplete;
    expect($(el, '.overview'), 'Fit all draws the zoomed-out overview').to.exist;
    const dots = $(el, '.overview-dots, .overview-frames') as Element;
    expect(getComputedStyle(dots).vectorEffect).to.equal('non-scaling-stroke');
  });
});
