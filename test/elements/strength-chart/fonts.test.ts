import { expect, html, waitUntil } from '@open-wc/testing';
import { $$, chart } from './helpers.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';

/** What the layout decided for the texts that depend on measured widths: rule labels and bar labels, with their places. */
const placed = (el: OobStrengthChart) =>
  $$(el, '.rule text, .bar-label').map((t) => `${t.textContent?.trim()} @ ${t.getAttribute('x')},${t.getAttribute('y')}`);

/** The personnel story at 600 px in the family "Late Sans" (with sans-serif as its fallback). */
async function lateSansChart(): Promise<OobStrengthChart> {
  const box = await chart(
    html`<div style="width: 600px; --oob-font-family: 'Late Sans', sans-serif"><oob-strength-chart side="all"></oob-strength-chart></div>`,
  );
  return box.querySelector('oob-strength-chart') as OobStrengthChart;
}

describe('<oob-strength-chart> web fonts', () => {
  it('measures again when a web font finishes loading: the chart drawn before matches one drawn after', async () => {
    // A family the page does not have yet: the first layout is measured (and drawn) in the fallback
    // sans-serif; then the family arrives as a web font (Noto Sans Bold, far wider).
    const early = await lateSansChart();
    await waitUntil(() => placed(early).length > 0);
    const before = placed(early);
    const face = new FontFace('Late Sans', 'url(/node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2)');
    // Charts listen from when they were attached, so they hear 'loadingdone' before this test does.
    const loaded = new Promise((resolve) => document.fonts.addEventListener('loadingdone', resolve, { once: true }));
    document.fonts.add(face);
    void face.load();
    await loaded;
    const fresh = await lateSansChart();
    await waitUntil(() => placed(fresh).length > 0);
    const expected = JSON.stringify(placed(fresh));
    // The fallback font gave other widths, so the labels moved or were cut differently…
    expect(JSON.stringify(before)).to.not.equal(expected);
    // …and once 'loadingdone' has fired the early chart lays out exactly as one drawn with the font there.
    await waitUntil(() => JSON.stringify(placed(early)) === expected, 'the early chart kept its fallback-font layout', { timeout: 3000 });
    document.fonts.delete(face);
  });
});
