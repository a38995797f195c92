import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dataset/define.js';
import '../../../src/elements/strength-chart/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/oob-strength-chart.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';

const linked = (chart: OobStrengthChart) =>
  [...(chart.shadowRoot?.querySelectorAll<SVGElement>('.bar[data-linked]') ?? [])].map((el) => el.dataset['id']).sort();

describe('oob-strength-chart in linked views', () => {
  it('marks the figures of a unit selected elsewhere, and clears with the selection', async () => {
    const provider = await fixture<OobDataset>(
      html`<oob-dataset><oob-strength-chart measure="personnel" style="width: 800px"></oob-strength-chart></oob-dataset>`,
    );
    const chart = provider.querySelector('oob-strength-chart') as OobStrengthChart;
    await waitUntil(() => chart.shadowRoot?.querySelector('.bar'), 'no bars');
    expect(linked(chart)).to.deep.equal([]);
    const unit = iliNationalArmy.units[0]!;
    provider.select({ kind: 'unit', id: unit.id, unit });
    await waitUntil(() => linked(chart).length > 0, 'nothing linked');
    expect(linked(chart)).to.deep.equal(['ina-enlisted', 'ina-infantry-infobox', 'ina-reduced-1946', 'ina-troops-1949']);
    // A focused linked bar shows the solid focus outline, not the dashed link outline.
    const bar = chart.shadowRoot?.querySelector<SVGGElement>('.bar[data-linked]');
    const solid = bar?.querySelector('.solid') as SVGElement;
    expect(getComputedStyle(solid).strokeDasharray).to.not.equal('none');
    bar?.setAttribute('tabindex', '0');
    bar?.focus();
    expect(getComputedStyle(solid).strokeDasharray).to.equal('none');
    bar?.blur();
    provider.select(undefined);
    await waitUntil(() => linked(chart).length === 0, 'link not cleared');
  });
});
