import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { $, $$, mount, settle, text, transformOf } from './helpers.js';

const input = (el: OobHierarchy) => $(el, '.search-input') as HTMLInputElement;
const options = (el: OobHierarchy) => $$(el, '[role="option"]');

async function type(el: OobHierarchy, query: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: query });
  await settle(el);
}

describe('<oob-hierarchy> find a unit', () => {
  it('search(query) matches names in every language, aliases, abbreviations and commanders, ignoring case and diacritics', async () => {
    const el = await mount(html`<oob-hierarchy date="1947-12-31" style="width:800px;height:480px"></oob-hierarchy>`);
    expect((await el.search('INA'))[0]?.id).to.equal('ina');
    expect((await el.search('ili national'))[0]?.id).to.equal('ina');
    expect((await el.search('SUIDUN')).map((m) => m.id)).to.include('suidun-infantry-regiment');
    const kazakh = (await el.search('kazakh cavalry'))[0];
    expect(kazakh?.id).to.equal('kazakh-cavalry-regiment');
    expect(kazakh?.path.length).to.be.greaterThan(0);
    expect((await el.search('isaqbeg')).length, 'a commander by alias').to.be.greaterThan(0);
    expect(await el.search('no such unit anywhere')).to.deep.equal([]);
  });

  it('is a combobox: typing lists matches with their superiors, arrows move, Enter focuses the unit', async () => {
    const data = generateOrderOfBattle({ units: 400, seed: 5 });
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:480px"></oob-hierarchy>`);
    // A unit three levels down, not drawn at first paint.
    const deep = (await el.search('regiment', 1000)).find((m) => m.path.length >= 3 && !$(el, `.node[data-id="${m.id}"]`)) as {
      id: string;
      name: string;
    };
    expect(deep).to.exist;
    const want = (await el.search(deep.name)).findIndex((m) => m.id === deep.id);
    expect(want).to.be.within(0, 40);
    expect($(el, `.node[data-id="${deep.id}"]`), 'not drawn before').to.equal(null);
    await type(el, deep.name);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).length).to.be.greaterThan(0);
    expect(text($(options(el)[want] as Element, '.result-path'))).to.contain('›');
    for (let i = 0; i < want; i += 1) await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal((options(el)[want] as Element).id);
    expect((options(el)[want] as Element).getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settle(el, 80);
    const node = $(el, `.node[data-id="${deep.id}"]`) as SVGGElement;
    expect(node, 'drawn after Enter').to.exist;
    expect(el.shadowRoot?.activeElement).to.equal(node);
    expect(node.getAttribute('tabindex')).to.equal('0');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    // Panned to it at a readable scale, inside the drawing.
    expect(transformOf(el).k).to.be.at.least(1);
    const box = node.getBoundingClientRect();
    const area = ($(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
    expect(box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom).to.equal(true);
  });

  it('ArrowUp wraps to the last result and Escape closes the list without leaving the field', async () => {
    const el = await mount(html`<oob-hierarchy style="width:800px;height:480px"></oob-hierarchy>`);
    await type(el, 'regiment');
    const count = options(el).length;
    expect(count).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect((options(el)[count - 1] as Element).getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot?.activeElement).to.equal(input(el));
  });

  it('lists again when the date changes: no result names a unit missing from the tree', async () => {
    const el = await mount(html`<oob-hierarchy style="width:800px;height:480px"></oob-hierarchy>`);
    await type(el, 'regiment');
    expect(options(el).length).to.be.greaterThan(0);
    // On 1 Jan 1945 only Osman Batur's irregulars are in the tree.
    el.date = '1945-01-01';
    await settle(el);
    expect(options(el)).to.have.length(0);
    expect(text($(el, '.search [role="status"]'))).to.equal('No unit matches');
  });

  it('keys typed in the field do not zoom the chart', async () => {
    const el = await mount(html`<oob-hierarchy style="width:800px;height:480px"></oob-hierarchy>`);
    const before = transformOf(el);
    await type(el, '+-0');
    expect(transformOf(el)).to.deep.equal(before);
  });

  it('no-search hides the field', async () => {
    const el = await mount(html`<oob-hierarchy no-search style="width:800px;height:480px"></oob-hierarchy>`);
    expect($(el, '.search-input')).to.equal(null);
    expect((await el.search('ina'))[0]?.id).to.equal('ina');
  });

  it('should pass accessibility tests with results open', async () => {
    const el = await mount(html`<oob-hierarchy style="width:800px;height:480px"></oob-hierarchy>`);
    await type(el, 'reg');
    await expect(el).to.be.accessible();
  });
});
