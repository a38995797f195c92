import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { $$, chart } from './helpers.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';

/** What the layout decided for the texts that depend on measured widths: rule labels and bar labels, with their places. */
const placed = (el: OobStrengthChart) =>
  $$(el, '.rule text, .bar-label').map((t) => `${t.textContent?.trim()} @ ${t.getAttribute('x')},${t.getAttribute('y')}`);

/** The personnel story at 600 px in the family "Late Sans" (with sans-serif as its fallback). */
async function lateSansChart(): Promise<OobStrengthChart> {
  const box = await chart(html`<div style="width: 600px; --oob-font-family: 'Late Sans', sans-serif"><oob-strength-chart side="all"></oob-strength-chart></div>`);
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
    document.fonts.add(face);
    await face.load();
    await document.fonts.ready;
    await aTimeout(0);
    await early.updateComplete;
    const after = placed(early);
    const fresh = await lateSansChart();
    await waitUntil(() => placed(fresh).length > 0);
    // The fallback font gave other widths, so the labels moved or were cut differently…
    expect(after).to.not.deep.equal(before);
    // …and the chart now lays out exactly as one that was drawn with the font already there.
    expect(after).to.deep.equal(placed(fresh));
    document.fonts.delete(face);
  });
});
