import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/hierarchy/define.js';
import '../../../src/elements/rank-table/define.js';

/** In a right-to-left page the charts' HTML parts mirror (tables, toolbars) while names keep their own direction. */
describe('right-to-left pages', () => {
  it('mirrors the rank table: the most senior rank is the rightmost column', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 1100px"><oob-rank-table lang="ug" category="officers"></oob-rank-table></div>`,
    );
    const table = page.querySelector('oob-rank-table') as HTMLElement;
    await waitUntil(() => table.shadowRoot?.querySelector('.rank[data-rank="general-of-the-army"]'), 'no table');
    const x = (id: string) => (table.shadowRoot?.querySelector(`.rank[data-rank="${id}"]`) as HTMLElement).getBoundingClientRect().x;
    expect(getComputedStyle(table.shadowRoot?.querySelector('table') as HTMLElement).direction).to.equal('rtl');
    expect(x('general-of-the-army')).to.be.greaterThan(x('junior-lieutenant'));
    const uyghur = table.shadowRoot?.querySelector('[lang="ug-Arab"]');
    expect(uyghur?.getAttribute('dir')).to.equal('rtl');
  });

  it('mirrors the hierarchy toolbar', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><oob-hierarchy style="width: 900px; height: 400px"></oob-hierarchy></div>`,
    );
    const chart = page.querySelector('oob-hierarchy') as HTMLElement;
    await waitUntil(() => (chart.shadowRoot?.querySelectorAll('[part~="toolbar"] button').length ?? 0) > 1, 'no toolbar');
    const buttons = [...(chart.shadowRoot?.querySelectorAll<HTMLElement>('[part~="toolbar"] button') ?? [])];
    expect(buttons[0]!.getBoundingClientRect().x).to.be.greaterThan(buttons[buttons.length - 1]!.getBoundingClientRect().x);
  });
});
