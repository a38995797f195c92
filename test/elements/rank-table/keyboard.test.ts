import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { OobSelectEvent } from '../../../src/events/index.js';
import type { RankSelection } from '../../../src/events/index.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { $, $$, mount, settle } from './helpers.js';

const focusedRank = (el: OobRankTable) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset['rank'];
const tabStops = (el: OobRankTable) => $$(el, '.rank[tabindex="0"]').map((n) => n.dataset['rank']);

function record(el: OobRankTable): RankSelection[] {
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

describe('oob-rank-table keyboard and pointer', () => {
  let el: OobRankTable;

  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  beforeEach(async () => {
    el = await mount(html`<oob-rank-table></oob-rank-table>`);
    const button = document.createElement('button');
    button.id = 'before';
    button.textContent = 'before';
    el.before(button);
  });

  afterEach(() => document.getElementById('before')?.remove());

  it('has exactly one tab stop among the ranks: the first', () => {
    expect(tabStops(el)).to.deep.equal(['general-of-the-army']);
  });

  describe('when Tab is pressed from before the table', () => {
    it('should focus the first rank', async () => {
      // Arrange
      (document.getElementById('before') as HTMLButtonElement).focus();
      // Act
      await sendKeys({ press: 'Tab' });
      // Assert
      expect(document.activeElement).to.equal(el);
      expect(focusedRank(el)).to.equal('general-of-the-army');
    });
  });

  describe('when arrow keys, Home and End are pressed', () => {
    it('should move focus through the ranks in table order, across both tables', async () => {
      $(el, '.rank[data-rank="general-of-the-army"]')?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedRank(el)).to.equal('general');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focusedRank(el)).to.equal('lieutenant-general');
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(focusedRank(el)).to.equal('general');
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focusedRank(el)).to.equal('private');
      expect(tabStops(el)).to.deep.equal(['private']);
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(focusedRank(el)).to.equal('private-1st-class');
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(focusedRank(el)).to.equal('general-of-the-army');
    });

    it('should skip the empty "no rank named" cell', async () => {
      $(el, '.rank[data-rank="junior-lieutenant"]')?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedRank(el)).to.equal('staff-sergeant');
    });
  });

  describe('when Enter or Space is pressed on a rank', () => {
    it('should fire oob-select with the rank, its group and the people named in it', async () => {
      const events = record(el);
      $(el, '.rank[data-rank="major-general"]')?.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(events).to.have.length(1);
      const [detail] = events;
      expect(detail?.id).to.equal('major-general');
      expect(detail?.rank.name).to.equal('Major General');
      expect(detail?.group.id).to.equal('general');
      expect(detail?.holders.map((h) => h.person.name)).to.deep.equal(['Ishaq Beg Munonov']);
      expect($(el, '.rank[data-rank="major-general"]')?.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: ' ' });
      expect(events.map((e) => e.id)).to.deep.equal(['major-general', 'colonel']);
    });
  });

  describe('when a rank or its insignia is clicked', () => {
    it('should select and focus that rank', async () => {
      const events = record(el);
      await click($(el, '.insignia-cell[data-rank="major"] svg') as Element);
      await settle(el);
      expect(events.map((e) => [e.id, e.holders.map((h) => h.person.name).join()])).to.deep.equal([['major', 'Barat Hacı']]);
      expect(focusedRank(el)).to.equal('major');
      await click($(el, '.rank[data-rank="captain"]') as Element);
      expect(events.map((e) => e.id)).to.deep.equal(['major', 'captain']);
    });

    it('should ignore clicks on the empty cells', async () => {
      const events = record(el);
      await click($(el, 'td.placeholder') as Element);
      await click($(el, 'td.none') as Element);
      expect(events).to.have.length(0);
    });
  });

  describe('holders tooltip', () => {
    const tooltip = () => $(el, '.rank[data-rank="major-general"] [role="tooltip"]');

    it('should show on focus, describe the rank, and hide on Escape', async () => {
      expect(getComputedStyle(tooltip() as Element).display).to.equal('none');
      $(el, '.rank[data-rank="major-general"]')?.focus();
      await settle(el);
      expect(getComputedStyle(tooltip() as Element).display).to.equal('block');
      expect(tooltip()?.textContent).to.contain('Ishaq Beg Munonov');
      expect($(el, '.rank[data-rank="major-general"]')?.getAttribute('aria-describedby')).to.equal(tooltip()?.id);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(getComputedStyle(tooltip() as Element).display).to.equal('none');
    });

    it('should show on hover', async () => {
      const cell = $(el, '.rank[data-rank="major-general"]') as Element;
      const box = cell.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + 10)] });
      expect(getComputedStyle(tooltip() as Element).display).to.equal('block');
      await sendMouse({ type: 'move', position: [0, 0] });
      expect(getComputedStyle(tooltip() as Element).display).to.equal('none');
    });

    it('should pass accessibility tests with the tooltip open, in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        $(el, '.rank[data-rank="major-general"]')?.focus();
        await settle(el);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('in rows', () => {
    it('should move with the arrow keys too', async () => {
      el.orientation = 'rows';
      await settle(el);
      $(el, '.rank[data-rank="colonel"]')?.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focusedRank(el)).to.equal('lieutenant-colonel');
    });
  });
});
