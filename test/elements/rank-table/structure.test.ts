import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { $, $$, expectLegible, mount, settle, text } from './helpers.js';

/** The orientation on screen, read from the tables drawn. */
const drawn = (el: OobRankTable) => [...new Set($$(el, 'table').map((t) => (t.classList.contains('rows') ? 'rows' : 'columns')))].join(' ');

const groupHeaders = (table: Element) =>
  [...table.querySelectorAll('th[scope="colgroup"]')].map((th) => [text(th.firstChild?.parentElement), Number(th.getAttribute('colspan'))]);

describe('oob-rank-table structure', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  describe('with the default dataset in columns', () => {
    it('renders one table per category with a caption', async () => {
      const el = await mount(html`<oob-rank-table></oob-rank-table>`);
      expect(drawn(el)).to.equal('columns');
      const tables = $$(el, 'table');
      expect(tables).to.have.length(2);
      expect(tables.map((t) => t.getAttribute('part'))).to.deep.equal(['table', 'table']);
      expect($(el, '[part="base"]')?.contains(tables[0] ?? null)).to.equal(true);
      expect('layout' in el).to.equal(false);
      expect(text(tables[0]?.querySelector('caption'))).to.match(
        /^National Army of the Second East Turkestan Republic: officer ranks Insignia: reconstructions/,
      );
      expect(text(tables[1]?.querySelector('caption'))).to.contain('enlisted ranks');
    });

    it('spans each group header over its ranks exactly as in the source table', async () => {
      const el = await mount(html`<oob-rank-table></oob-rank-table>`);
      const [officers, enlisted] = $$(el, 'table') as [HTMLElement, HTMLElement];
      const spans = (table: Element) =>
        [...table.querySelectorAll('th[scope="colgroup"]')].map(
          (th) => `${text(th).replace(/ \(notes? [\d, ]+\)$/, '')}:${th.getAttribute('colspan')}`,
        );
      expect(spans(officers)).to.deep.equal(['General/flag officers:4', 'Field/senior officers:3', 'Junior officers:4', 'Officer cadet:1']);
      expect(spans(enlisted)).to.deep.equal(['Senior NCOs:2', 'Junior NCOs:2', 'Enlisted:2']);
      expect([...officers.querySelectorAll('colgroup[span]')].map((c) => c.getAttribute('span'))).to.deep.equal(['4', '3', '4', '1']);
      expect(groupHeaders(officers)).to.have.length(4);
    });

    it('orders the ranks from most to least senior, each a column header', async () => {
      const el = await mount(html`<oob-rank-table></oob-rank-table>`);
      const ids = $$(el, 'th.rank').map((th) => th.dataset['rank']);
      expect(ids).to.deep.equal([
        'general-of-the-army',
        'general',
        'lieutenant-general',
        'major-general',
        'colonel',
        'lieutenant-colonel',
        'major',
        'captain',
        'senior-lieutenant',
        'lieutenant',
        'junior-lieutenant',
        'staff-sergeant',
        'sergeant',
        'corporal',
        'private-1st-class',
        'private',
      ]);
      expect($$(el, 'th.rank').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    });

    it('puts the names above the insignia so the rank headers apply to them', async () => {
      const el = await mount(html`<oob-rank-table category="officers"></oob-rank-table>`);
      const rows = $$(el, 'table tr');
      expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim() ?? 'groups')).to.deep.equal([
        'groups',
        'Rank',
        'Insignia',
      ]);
      // Each insignia sits in the column of its rank header.
      const headers = [...(rows[1]?.children ?? [])].map((c) => (c as HTMLElement).dataset['rank'] ?? null);
      const boards = [...(rows[2]?.children ?? [])].map((c) => (c as HTMLElement).dataset['rank'] ?? null);
      expect(boards).to.deep.equal(headers);
    });

    it('shows the empty senior-NCO column as an empty cell announced "no rank named"', async () => {
      const el = await mount(html`<oob-rank-table category="enlisted"></oob-rank-table>`);
      const cell = $(el, 'td.placeholder');
      expect(cell).to.exist;
      expect(cell?.querySelector('.sr-only')?.textContent).to.equal('no rank named');
      expect(cell?.querySelector('[aria-hidden="true"]')?.textContent).to.equal('–');
      expect(cell?.hasAttribute('tabindex')).to.equal(false);
    });

    it('shows the officer-cadet group, which has no rank, over a "none named" cell', async () => {
      const el = await mount(html`<oob-rank-table category="officers"></oob-rank-table>`);
      expect(text($(el, 'td.none'))).to.equal('none named');
      expect($$(el, 'th.rank')).to.have.length(11);
    });

    it('shows one table for officers or enlisted only', async () => {
      const el = await mount(html`<oob-rank-table category="enlisted"></oob-rank-table>`);
      expect($$(el, 'table')).to.have.length(1);
      expect($$(el, 'th.rank').map((th) => th.dataset['rank'])).to.deep.equal([
        'staff-sergeant',
        'sergeant',
        'corporal',
        'private-1st-class',
        'private',
      ]);
      el.category = 'officers';
      await settle(el);
      expect($$(el, 'th.rank')).to.have.length(11);
    });

    it('lists the rank-system notes and the reconstruction as footnotes, marked in the cells', async () => {
      const el = await mount(html`<oob-rank-table></oob-rank-table>`);
      const notes = $$(el, '[part="notes"] li').map((li) => text(li));
      expect(notes[0]).to.equal(
        'The insignia are reconstructions drawn after the Soviet 1943 pattern, not documented insignia of this army. Ili National Army [7]',
      );
      expect(
        notes.some(
          (n) =>
            n.startsWith("The general officers' header row.") && n.includes('General of the Army General Lieutenant General Major General'),
        ),
      ).to.equal(true);
      expect(notes.some((n) => n.startsWith('Insignia are reconstructions.'))).to.equal(true);
      // Unrelated dataset notes (units, strength) are not rank-table footnotes.
      expect(notes.some((n) => n.includes('six regiments'))).to.equal(false);
      const general = $(el, 'th.rank[data-rank="general"] .marks');
      expect(text(general)).to.match(/\(notes? [\d, ]+\)/);
    });

    it('should pass accessibility tests', async () => {
      const el = await mount(html`<oob-rank-table></oob-rank-table>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('in rows', () => {
    it('puts each group in its own tbody under a row-group header, one rank per row', async () => {
      const el = await mount(html`<oob-rank-table orientation="rows" category="officers"></oob-rank-table>`);
      expect(drawn(el)).to.equal('rows');
      const bodies = $$(el, 'table.rows tbody');
      expect(bodies.map((b) => text(b.querySelector('th[scope="rowgroup"]')).replace(/ \(notes? [\d, ]+\)$/, ''))).to.deep.equal([
        'General/flag officers',
        'Field/senior officers',
        'Junior officers',
        'Officer cadet',
      ]);
      expect(bodies.map((b) => b.querySelectorAll('th[scope="row"]').length)).to.deep.equal([4, 3, 4, 0]);
      expect(text(bodies[3]?.querySelector('td.none'))).to.equal('none named');
      expect(text($(el, 'thead'))).to.equal('Rank Insignia');
    });

    it('lists the holders of a rank inline', async () => {
      const el = await mount(html`<oob-rank-table orientation="rows"></oob-rank-table>`);
      expect(text($(el, 'th.rank[data-rank="major-general"] .holders-inline'))).to.equal(
        'Named in this rank: Ishaq Beg Munonov (Deputy commander-in-chief)',
      );
      expect(text($(el, 'th.rank[data-rank="major"] .holders-inline'))).to.contain('Barat');
    });

    it('should pass accessibility tests', async () => {
      const el = await mount(html`<oob-rank-table orientation="rows"></oob-rank-table>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('in a narrow container', () => {
    it('switches to rows by itself and never overflows the page', async () => {
      await setViewport({ width: 360, height: 800 });
      try {
        const el = await mount(html`<oob-rank-table></oob-rank-table>`);
        expect(el.orientation).to.equal('columns');
        expect(drawn(el)).to.equal('rows');
        expect($$(el, 'table.rows')).to.have.length(2);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(el.getBoundingClientRect().right).to.be.at.most(360);
      } finally {
        await setViewport({ width: 1500, height: 900 });
      }
    });

    it('goes back to columns when the container grows', async () => {
      const el = await mount(html`<oob-rank-table category="enlisted" style="width: 500px"></oob-rank-table>`);
      expect(drawn(el)).to.equal('rows');
      el.style.width = '1200px';
      await settle(el);
      expect(drawn(el)).to.equal('columns');
    });
  });

  describe('legibility', () => {
    it('keeps every text at 11px or more, inside the element and clear of the others, from 320px up', async () => {
      for (const width of [320, 480, 1200]) {
        const el = await mount(html`<oob-rank-table style="display: block; width: ${width}px"></oob-rank-table>`);
        expectLegible(el, `${width}px`);
      }
    });
  });
});
