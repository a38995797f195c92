import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { extrasCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import { $, mini, mount, node, settle, text } from './helpers.js';

/**
 * The tooltip, the minimap and the zoomed-out overview are a dynamic import (extras.ts, its own
 * chunk): a chart whose tree fits and that nobody hovers never loads them. The tests run in order in
 * one page: the first sees them not loaded yet (lazy-minimap.test.ts starts from a fresh page too).
 */

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment' },
  { id: 'c', parent: 'a', name: 'Charlie Regiment' },
]);

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('<oob-hierarchy>: the tooltip, minimap and overview load on demand', () => {
  it('a tree that fits its box, not hovered, is drawn without loading them', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:450px"></oob-hierarchy>`);
    expect($(el, '.node')).to.exist;
    expect($(el, '.minimap')).to.equal(null);
    expect(extrasCode.loaded).to.equal(undefined);
    el.remove();
  });

  it('hovering a unit loads them and shows its tooltip once updateComplete resolves', async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:450px"></oob-hierarchy>`);
    expect(extrasCode.loaded).to.equal(undefined);
    await sendMouse({ type: 'move', position: centre($(node(el, 'b'), '.symbol') as Element) });
    await el.updateComplete;
    expect(extrasCode.loaded?.renderTooltip).to.be.a('function');
    const tip = $(el, '[role="tooltip"]') as HTMLElement;
    expect(text(tip)).to.contain('Bravo Regiment');
    // Its styles came with its code: placed over the chart, in a box of its own.
    expect(getComputedStyle(tip).position).to.equal('absolute');
    expect(getComputedStyle(tip).pointerEvents).to.equal('none');
    await sendMouse({ type: 'move', position: [0, 0] });
    el.remove();
  });

  it('a focused unit points at its tooltip (aria-describedby) only while the tooltip is drawn', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:450px"></oob-hierarchy>`);
    node(el, 'c').focus();
    await settle(el);
    const tip = $(el, '[role="tooltip"]') as HTMLElement;
    expect(text(tip)).to.contain('Charlie Regiment');
    // A chart created after the extras loaded gets their styles too.
    expect(getComputedStyle(tip).position).to.equal('absolute');
    expect(node(el, 'c').getAttribute('aria-describedby')).to.equal(tip?.id);
    el.remove();
  });
});
