import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { $, $$, chart, pathRects } from './helpers.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';

describe('oob-strength-chart with many figures', () => {
  it('a crowded chart draws its bars as paths that match the layout, and a scale switch updates them in place', async () => {
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    expect($(el, 'svg.chart')?.classList.contains('static')).to.equal(true);
    expect($$(el, '.bar:not(.cursor)'), 'no element per bar').to.have.length(0);
    expect($$(el, '.bar.cursor'), 'one focusable bar').to.have.length(1);
    const drawn = () => $$(el, '.series > .solid').flatMap((p) => pathRects(p.getAttribute('d')));
    // Paths carry coordinates to the hundredth of a pixel.
    const key = (b: { x: number; y: number; width: number; height: number }) =>
      [b.x, b.y, b.width, b.height].map((n) => (Math.round(n * 100) / 100).toFixed(2)).join(' ');
    const expected = () => el.bars.map((b) => key(b.shape.solid)).sort();
    expect(drawn().map(key).sort()).to.deep.equal(expected());
    const paths = $$(el, '.series > .solid');
    el.scale = 'log';
    await el.updateComplete;
    expect(
      $$(el, '.series > .solid').every((p, i) => p === paths[i]),
      'the same path elements',
    ).to.equal(true);
    expect(drawn().map(key).sort()).to.deep.equal(expected());
  });

  it('bar names follow the language and the strings, also when the bars are drawn again', async () => {
    const data = generateOrderOfBattle({ units: 20, observations: 40, seed: 3 });
    const el = await chart(
      html`<oob-strength-chart .data=${data} measure="personnel" side="all" style="width: 700px"></oob-strength-chart>`,
    );
    const big = $$(el, '.bar').find((b) => /\d,\d{3}/.test(b.getAttribute('aria-label') ?? ''))!;
    expect(big, 'a figure of 1,000 or more').to.exist;
    const id = big.getAttribute('data-id');
    const named = () => $(el, `.bar[data-id="${id}"]`)!.getAttribute('aria-label')!;
    el.scale = 'log';
    await el.updateComplete;
    expect(named()).to.equal(big.getAttribute('aria-label'));
    // New strings keep the same figures (and their objects): the names must still be said anew.
    el.strings = { 'measure:personnel': 'Mannschaft' };
    await el.updateComplete;
    expect(named()).to.contain('Mannschaft');
    el.lang = 'de';
    await el.updateComplete;
    expect(named()).to.match(/\d\.\d{3}/);
    expect(named()).to.not.match(/\d,\d{3}/);
  });

  it('a small chart keeps its transitions', async () => {
    const data = generateOrderOfBattle({ units: 20, observations: 40, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    expect($(el, 'svg.chart')?.classList.contains('static')).to.equal(false);
    expect(getComputedStyle($(el, '.bar rect.solid')!).transitionProperty).to.contain('width');
    // Redrawn bars carry their geometry as CSS properties too, ranges' extensions included.
    el.scale = 'log';
    await el.updateComplete;
    const extension = $(el, '.bar .range rect.extension')!;
    expect(extension, 'a range').to.exist;
    expect(getComputedStyle(extension).transitionProperty).to.contain('height');
    expect((extension as SVGRectElement).style.getPropertyValue('height')).to.equal(`${Number(extension.getAttribute('height'))}px`);
    expect(extension.parentElement!.querySelector(':scope > rect.overlay + line.cap')).to.exist;
  });

  it('bars hold no whitespace text nodes and table cells are plain text', async () => {
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    await waitUntil(() => $$(el, 'table:not(.events) tbody tr').length === 1200, 'the table did not fill in', { timeout: 5000 });
    const small = await chart(html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`);
    const bar = $(small, '.bar')!;
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

  it('a hidden data table fills in after the first frame and tableComplete says when; a shown one comes with the chart', async () => {
    const data = generateOrderOfBattle({ units: 20, observations: 40, seed: 3 });
    const rows = (el: OobStrengthChart) => $$(el, 'table:not(.events) tbody tr').length;
    const hidden = await fixture<OobStrengthChart>(
      html`<oob-strength-chart .data=${data} side="all" style="width: 700px"></oob-strength-chart>`,
    );
    await hidden.updateComplete;
    expect($$(hidden, '.bar').length).to.be.greaterThan(0);
    expect(rows(hidden), 'no rows in the first frame').to.equal(0);
    expect($$(hidden, 'table'), 'nor the tables around them').to.have.length(0);
    await hidden.tableComplete;
    expect($$(hidden, 'table.events tbody tr').length, 'the events come with the figures').to.be.greaterThan(0);
    const figures = $$(hidden, '.bar').length;
    expect(rows(hidden)).to.equal(figures);

    const shown = await fixture<OobStrengthChart>(
      html`<oob-strength-chart .data=${data} side="all" show-table style="width: 700px"></oob-strength-chart>`,
    );
    await shown.updateComplete;
    expect(rows(shown)).to.equal(figures);

    // Showing a table whose rows have not gone in yet draws them with the update that shows it.
    const later = await fixture<OobStrengthChart>(
      html`<oob-strength-chart .data=${data} side="all" style="width: 700px"></oob-strength-chart>`,
    );
    await later.updateComplete;
    later.showTable = true;
    await later.updateComplete;
    expect(rows(later)).to.equal(figures);
  });
});
