import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { $, $$, chart } from './helpers.js';

describe('oob-strength-chart with many figures', () => {
  it('a large chart does not transition its bars when the scale changes', async () => {
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    expect($(el, 'svg.chart')?.classList.contains('static')).to.equal(true);
    const solid = $(el, '.bar rect.solid')!;
    expect(getComputedStyle(solid).transitionProperty).to.equal('none');
    const before = solid.getAttribute('y');
    el.scale = 'log';
    await el.updateComplete;
    // The computed geometry is already the attribute's: no transition is running.
    expect(solid.getAttribute('y')).to.not.equal(before);
    expect(getComputedStyle(solid).getPropertyValue('y')).to.equal(`${Number(solid.getAttribute('y'))}px`);
  });

  it('a small chart keeps its transitions', async () => {
    const data = generateOrderOfBattle({ units: 20, observations: 40, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    expect($(el, 'svg.chart')?.classList.contains('static')).to.equal(false);
    expect(getComputedStyle($(el, '.bar rect.solid')!).transitionProperty).to.contain('width');
  });

  it('bars hold no whitespace text nodes and table cells are plain text', async () => {
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    await waitUntil(() => $$(el, 'table:not(.events) tbody tr').length === 1200, 'the table did not fill in', { timeout: 5000 });
    const bar = $(el, '.bar')!;
    expect([...bar.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)).to.have.length(0);
    const row = $(el, 'table:not(.events) tbody tr')!;
    expect(row.children).to.have.length(9);
    expect(row.textContent!.length).to.be.greaterThan(0);
  });

  it('follows the width of its host when it is resized after the first render', async () => {
    const data = generateOrderOfBattle({ units: 20, observations: 40, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    expect($(el, 'svg.chart')?.getAttribute('width')).to.equal('700');
    el.scale = 'log';
    await el.updateComplete;
    el.style.width = '420px';
    await waitUntil(() => $(el, 'svg.chart')?.getAttribute('width') === '420', 'the chart did not follow its host', { timeout: 2000 });
    await aTimeout(30);
    expect($(el, 'svg.chart')?.getAttribute('width')).to.equal('420');
  });
});
