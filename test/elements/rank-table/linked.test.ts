import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dataset/define.js';
import '../../../src/elements/rank-table/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';

const linked = (table: OobRankTable) =>
  [...(table.shadowRoot?.querySelectorAll('.rank.linked') ?? [])].map((el) => (el as HTMLElement).dataset['rank']);

describe('oob-rank-table in linked views', () => {
  it('highlights the ranks of the people of a unit selected elsewhere, and clears with the selection', async () => {
    const provider = await fixture<OobDataset>(html`<oob-dataset><oob-rank-table></oob-rank-table></oob-dataset>`);
    const table = provider.querySelector('oob-rank-table') as OobRankTable;
    await waitUntil(() => table.shadowRoot?.querySelector('table'), 'table never rendered');
    expect(linked(table)).to.deep.equal([]);
    const unit = iliNationalArmy.units[0]!;
    provider.select({ kind: 'unit', id: unit.id, unit });
    await waitUntil(() => linked(table).length > 0, 'no rank was linked');
    expect(linked(table)).to.deep.equal(['major-general', 'major']);
    provider.select(undefined);
    await waitUntil(() => linked(table).length === 0, 'link not cleared');
  });

  it('ignores a provider selection when it draws its own data', async () => {
    const provider = await fixture<OobDataset>(html`<oob-dataset><oob-rank-table .data=${iliNationalArmy}></oob-rank-table></oob-dataset>`);
    const table = provider.querySelector('oob-rank-table') as OobRankTable;
    await table.updateComplete;
    const unit = iliNationalArmy.units[0]!;
    provider.select({ kind: 'unit', id: unit.id, unit });
    await table.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(linked(table)).to.deep.equal([]);
  });
});
