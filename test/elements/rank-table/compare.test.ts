import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { OobSelectEvent, RankSelection } from '../../../src/events/index.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { $, $$, expectLegible, mount, settle, text } from './helpers.js';
import { compareOob } from './rank-fixture.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { parseOrderOfBattle } from '../../../src/data/parse.js';

const rowHeads = (table: Element | undefined) =>
  [...(table?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => text(th).replace(/ \(notes? [\d, ]+\)$/, ''));
const cellText = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((td) => [...td.querySelectorAll('.rank .name')].map((n) => text(n)).join(' + '));

function selections(el: OobRankTable): RankSelection[] {
  const events: RankSelection[] = [];
  el.addEventListener('oob-select', (e: OobSelectEvent) => {
    if (e.detail.kind === 'rank') events.push(e.detail);
  });
  return events;
}

async function click(node: Element): Promise<void> {
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('oob-rank-table systems="…" (comparison)', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('lays the systems side by side, one column each, rows aligned by NATO code, empty cells where a system has none', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="alpha beta"></oob-rank-table>`);
    const tables = $$(el, 'table.compare');
    expect(tables.map((t) => text(t.querySelector('caption')))).to.deep.equal([
      'Ranks compared by NATO code: officer ranks',
      'Ranks compared by NATO code: enlisted ranks',
    ]);
    expect([...(tables[0]?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) => text(th))).to.deep.equal([
      'NATO code',
      'Alpha ranks',
      'Beta ranks',
    ]);
    expect(rowHeads(tables[0])).to.deep.equal(['OF-9', 'OF-5', 'OF-3', 'Beta cadets']);
    expect(rowHeads(tables[1])).to.deep.equal(['OR-4', 'OR-1']);
    const rows = [...(tables[0]?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((r) => cellText(r))).to.deep.equal([
      ['Alpha general', 'Beta general'],
      ['', 'Beta colonel'],
      ['Alpha major', 'Beta major'],
      ['', 'Beta cadet'],
    ]);
    expect(rows[1]?.querySelector('td.empty')).to.not.equal(null);
    expect(cellText(tables[1]?.querySelector('tbody tr'))).to.deep.equal(['Alpha corporal + Alpha lance corporal', '']);
    // Each rank with its drawn board and text alternative.
    expect($(el, '.entry-insignia[data-rank="b-col"] svg[role="img"]')?.getAttribute('aria-label')).to.match(/^Shoulder board/);
    // The uncoded group's row header points to the footnote that says why it is not aligned.
    const mark = text(rows[3]?.querySelector('th .marks'));
    const note = [...$$(el, '.notes li')].find((li) => li.getAttribute('value') === mark.replace(/\D+/g, ''));
    expect(text(note)).to.match(/no NATO code in the data/);
    await expect(el).to.be.accessible();
  });

  it('selecting a rank highlights its equivalents in the other systems and oob-select reports them', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="alpha beta"></oob-rank-table>`);
    const events = selections(el);
    await click($(el, 'button.rank[data-rank="b-maj"]') as Element);
    await el.updateComplete;
    expect(events.map((e) => [e.id, e.equivalents?.map((q) => [q.system.id, q.rank.id])])).to.deep.equal([['b-maj', [['alpha', 'a-maj']]]]);
    expect($(el, 'button.rank[data-rank="b-maj"]')?.getAttribute('aria-pressed')).to.equal('true');
    const equivalent = $(el, 'button.rank[data-rank="a-maj"]')?.closest('.entry');
    expect(equivalent?.classList.contains('equivalent')).to.equal(true);
    expect(text(equivalent?.querySelector('.equivalent-badge'))).to.equal('equivalent: same NATO code');
    expect($$(el, '.entry.equivalent')).to.have.length(1);
    expect(text($(el, 'th.row-head.current'))).to.equal('OF-3');
    // Keyboard: arrows move in table order, Enter selects; a rank without a code has no equivalents.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events[1]?.id).to.equal('b-cadet');
    expect(events[1]?.equivalents).to.deep.equal([]);
    expect($$(el, '.entry.equivalent')).to.have.length(0);
    // Up and Down stay in the system's column, over its empty cells (Alpha has no OF-5).
    $(el, 'button.rank[data-rank="a-gen"]')?.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset['rank']).to.equal('a-maj');
    await sendKeys({ press: 'ArrowDown' });
    expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset['rank']).to.equal('a-cpl');
    await sendKeys({ press: 'ArrowUp' });
    expect((el.shadowRoot?.activeElement as HTMLElement | null)?.dataset['rank']).to.equal('a-maj');
    await expect(el).to.be.accessible();
  });

  it('fits a 320px container as one row group per code, with legible text and nothing cut or overlapping', async () => {
    // Long system and group names, as real ones are.
    const data = compareOob();
    for (const system of data.rankSystems ?? [])
      system.name = `${system.name} of the Illustrative Republic's Land Forces (generic names, not historical)`;
    const beta = data.rankSystems?.[2];
    if (beta?.groups[1]) beta.groups[1].name = 'Officer candidates and cadets of the military academies';
    for (const width of [320, 480]) {
      const el = await mount(
        html`<oob-rank-table .data=${data} systems="test-ranks alpha beta" style="display: block; width: ${width}px"></oob-rank-table>`,
      );
      expect($$(el, 'table.compare.rows').length, `${width}px`).to.equal(2);
      expectLegible(el, `${width}px`);
      await expect(el).to.be.accessible();
    }
  });

  it('uses columns when they fit and goes to rows with orientation="rows"', async () => {
    const el = await mount(
      html`<oob-rank-table .data=${compareOob()} systems="alpha beta" style="display: block; width: 900px"></oob-rank-table>`,
    );
    expect($$(el, 'table.compare.columns')).to.have.length(2);
    el.orientation = 'rows';
    await settle(el);
    expect($$(el, 'table.compare.rows')).to.have.length(2);
    const firstGroup = $(el, 'table.rows tbody');
    expect(text(firstGroup?.querySelector('th[scope="rowgroup"]'))).to.equal('OF-9');
    expect([...(firstGroup?.querySelectorAll('th[scope="row"]') ?? [])].map((th) => text(th))).to.deep.equal(['Alpha ranks', 'Beta ranks']);
  });

  it('mirrors in a right-to-left page: the code column is on the right', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 1000px"><oob-rank-table .data=${compareOob()} systems="alpha beta"></oob-rank-table></div>`,
    );
    const el = page.querySelector('oob-rank-table') as OobRankTable;
    await settle(el);
    const heads = $$(el, 'table.columns thead th');
    expect(heads[0]?.getBoundingClientRect().left).to.be.greaterThan(heads[1]?.getBoundingClientRect().left ?? Infinity);
    expect(heads[1]?.getBoundingClientRect().left).to.be.greaterThan(heads[2]?.getBoundingClientRect().left ?? Infinity);
    await expect(el).to.be.accessible();
  });

  it('falls back to the empty state when none of the systems exists, and keeps the one-system table without systems', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="nope"></oob-rank-table>`);
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '[part="empty"]'))).to.contain('no rank system');
    el.systems = undefined;
    await settle(el);
    expect($$(el, 'table.compare')).to.have.length(0);
    expect($$(el, 'table')).to.have.length(2);
  });

  it('shows the error state for a bad descriptor in a compared system, and clears it when that system is no longer drawn', async () => {
    const data = compareOob();
    const beta = data.rankSystems?.find((sys) => sys.id === 'beta');
    const insignia = beta?.ranks.find((r) => r.id === 'b-col')?.insignia;
    // Four wide cross-stripes: the schema allows five cross-stripes of either width, the board holds
    // three wide ones, so the dataset parses and only the drawing refuses this system. (Colours no
    // longer serve: the parser refuses a colour the drawing would, and then nothing is drawn at all.)
    if (insignia) insignia.crossStripes = { count: 4, width: 'wide' };
    expect(parseOrderOfBattle(data).ok, 'the parser accepts the dataset').to.equal(true);
    const errors: string[] = [];
    const el = await mount(
      html`<oob-rank-table .data=${data} systems="alpha beta" @oob-error=${(e: CustomEvent<{ problems: { path: string }[] }>) => errors.push(...e.detail.problems.map((p) => p.path))}></oob-rank-table>`,
    );
    expect($(el, '.oob-error')).to.not.equal(null);
    expect(errors).to.deep.equal(['/rankSystems/2/ranks/1/insignia/crossStripes/count']);
    el.systems = ['alpha', 'test-ranks'];
    await settle(el);
    expect($$(el, 'table.compare')).to.have.length(2);
    el.systems = ['beta'];
    await settle(el);
    expect($(el, '.oob-error')).to.not.equal(null);
    el.systems = undefined;
    await settle(el);
    expect($(el, '.oob-error')).to.equal(null);
    expect($$(el, 'table')).to.have.length(2);
    // Back and forth: the one-system table was drawn before, and must not come back in the error state.
    el.systems = ['beta'];
    await settle(el);
    expect($(el, '.oob-error')).to.not.equal(null);
    el.systems = undefined;
    await settle(el);
    expect($(el, '.oob-error')).to.equal(null);
    expect($$(el, 'table')).to.have.length(2);
  });

  it('shows the parse error for a colour no drawing accepts in any system, whichever systems are compared', async () => {
    const data = compareOob();
    const insignia = data.rankSystems?.find((sys) => sys.id === 'beta')?.ranks.find((r) => r.id === 'b-col')?.insignia;
    if (insignia) insignia.base = 'url(https://example.org/x.svg#p)';
    const errors: string[] = [];
    const el = await mount(
      html`<oob-rank-table .data=${data} systems="alpha beta" @oob-error=${(e: CustomEvent<{ problems: { path: string }[] }>) => errors.push(...e.detail.problems.map((p) => p.path))}></oob-rank-table>`,
    );
    expect(errors).to.deep.equal(['/rankSystems/2/ranks/1/insignia/base']);
    expect($$(el, '.oob-error__path').map((n) => n.textContent)).to.deep.equal(['/rankSystems/2/ranks/1/insignia/base']);
    // The whole dataset is refused, so leaving Beta out draws nothing either.
    el.systems = ['alpha', 'test-ranks'];
    await settle(el);
    expect($(el, '.oob-error')).to.not.equal(null);
    expect($$(el, 'table')).to.have.length(0);
  });

  it('lists the people named in a rank in its cell, as the one-system rows do', async () => {
    const data = structuredClone(iliNationalArmy);
    const alpha = compareOob().rankSystems?.find((sys) => sys.id === 'alpha');
    if (alpha) data.rankSystems?.push(alpha);
    // Alpha's boards cite the test fixture's source.
    data.sources.push({ id: 's1', title: 'Test source' });
    const el = await mount(html`<oob-rank-table .data=${data} systems="etr-national-army-ranks alpha"></oob-rank-table>`);
    expect($(el, '.oob-error')).to.equal(null);
    const entry = $(el, 'button.rank[data-rank="major-general"]')?.closest('.entry');
    expect(text(entry?.querySelector('.holders-inline'))).to.equal('Named in this rank: Ishaq Beg Munonov (Deputy commander-in-chief)');
    expect(entry?.querySelector('button .holders-inline')).to.equal(null);
    expectLegible(el, 'built-in army and Alpha');
    await expect(el).to.be.accessible();
  });
});
