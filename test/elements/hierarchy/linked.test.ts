import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dataset/define.js';
import '../../../src/elements/hierarchy/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';

const linked = (chart: OobHierarchy) =>
  [...(chart.shadowRoot?.querySelectorAll<SVGElement>('.node.linked') ?? [])].map((el) => el.dataset['id']).sort();

describe('oob-hierarchy in linked views', () => {
  it('marks the units an event selected elsewhere links to, and clears with the selection', async () => {
    const provider = await fixture<OobDataset>(
      html`<oob-dataset date="1947-12-31"><oob-hierarchy style="width: 900px; height: 500px"></oob-hierarchy></oob-dataset>`,
    );
    const chart = provider.querySelector('oob-hierarchy') as OobHierarchy;
    await waitUntil(() => chart.shadowRoot?.querySelectorAll('.node').length === 12, 'tree never drawn');
    expect(linked(chart)).to.deep.equal([]);
    const event = iliNationalArmy.events!.find((e) => e.id === 'kazakh-defection')!;
    provider.select({ kind: 'event', id: event.id, event });
    await waitUntil(() => linked(chart).length > 0, 'nothing linked');
    expect(linked(chart)).to.deep.equal(['kazakh-cavalry-regiment', 'osman-batur-irregulars']);
    provider.select(undefined);
    await waitUntil(() => linked(chart).length === 0, 'link not cleared');
  });
});
