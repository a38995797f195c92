import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import type { OobSelectDetail, OobToggleDetail } from '../../../src/events/index.js';
import { $, $$, mini, mount, node, nodeIds, record, settle, transformOf } from './helpers.js';

// a > (b > b1), (c > c1), d ;  e
const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment' },
  { id: 'b1', parent: 'b', name: 'Bravo One Battalion', echelon: 'battalion' },
  { id: 'c', parent: 'a', name: 'Charlie Regiment' },
  { id: 'c1', parent: 'c', name: 'Charlie One Battalion', echelon: 'battalion' },
  { id: 'd', parent: 'a', name: 'Delta Regiment' },
  { id: 'e', name: 'Echo Irregulars', side: 'south', arm: 'irregular', echelon: 'unknown' },
]);

const focusedId = (el: OobHierarchy) => (el.shadowRoot?.activeElement as SVGElement | null)?.dataset?.id;
const press = async (el: OobHierarchy, key: string) => {
  await sendKeys({ press: key });
  await settle(el);
};

async function focused(on: string): Promise<OobHierarchy> {
  const el = await mount(html`<oob-hierarchy .data=${data} depth="1" layout="indented" style="width:700px;height:400px"></oob-hierarchy>`);
  await sendKeys({ press: 'Tab' });
  await settle(el);
  if (on !== 'a') {
    await el.focusUnit(on);
    await settle(el);
  }
  return el;
}

describe('<oob-hierarchy> keyboard', () => {
  describe('when Tab is pressed', () => {
    it('should focus the one treeitem with tabindex 0 (the first)', async () => {
      const el = await focused('a');
      expect(focusedId(el)).to.equal('a');
      expect($$(el, '.node[tabindex="0"]')).to.have.length(1);
    });
  });

  describe('when ArrowDown is pressed', () => {
    it('should move focus to the next visible item and the tab stop with it', async () => {
      const el = await focused('a');
      await press(el, 'ArrowDown');
      expect(focusedId(el)).to.equal('b');
      expect(node(el, 'b').getAttribute('tabindex')).to.equal('0');
      expect(node(el, 'a').getAttribute('tabindex')).to.equal('-1');
    });
  });

  describe('when ArrowUp is pressed', () => {
    it('should move focus to the previous visible item', async () => {
      const el = await focused('c');
      await press(el, 'ArrowUp');
      expect(focusedId(el)).to.equal('b');
    });
  });

  describe('when ArrowRight is pressed', () => {
    describe('and the node is collapsed', () => {
      it('should expand the node and fire oob-toggle', async () => {
        const el = await focused('b');
        const events = record<OobToggleDetail>(el, 'oob-toggle');
        await press(el, 'ArrowRight');
        expect(node(el, 'b').getAttribute('aria-expanded')).to.equal('true');
        expect(nodeIds(el)).to.include('b1');
        expect(events).to.deep.equal([{ type: 'oob-toggle', detail: { id: 'b', expanded: true } }]);
        expect(focusedId(el)).to.equal('b');
      });
    });
    describe('and the node is expanded', () => {
      it('should move focus to its first child', async () => {
        const el = await focused('a');
        await press(el, 'ArrowRight');
        expect(focusedId(el)).to.equal('b');
      });
    });
    describe('and the node is a leaf', () => {
      it('should do nothing', async () => {
        const el = await focused('d');
        const events = record(el, 'oob-toggle');
        await press(el, 'ArrowRight');
        expect(focusedId(el)).to.equal('d');
        expect(events).to.have.length(0);
      });
    });
  });

  describe('when ArrowLeft is pressed', () => {
    describe('and the node is expanded', () => {
      it('should collapse it and fire oob-toggle', async () => {
        const el = await focused('a');
        const events = record<OobToggleDetail>(el, 'oob-toggle');
        await press(el, 'ArrowLeft');
        expect(node(el, 'a').getAttribute('aria-expanded')).to.equal('false');
        expect(nodeIds(el)).to.deep.equal(['a', 'e']);
        expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'a', expanded: false }]);
      });
    });
    describe('and the node is collapsed or a leaf', () => {
      it('should move focus to its parent', async () => {
        const el = await focused('d');
        await press(el, 'ArrowLeft');
        expect(focusedId(el)).to.equal('a');
      });
    });
  });

  describe('when Home or End is pressed', () => {
    it('should move focus to the first or last visible item', async () => {
      const el = await focused('c');
      await press(el, 'End');
      expect(focusedId(el)).to.equal('e');
      await press(el, 'Home');
      expect(focusedId(el)).to.equal('a');
    });
  });

  describe('when Enter or Space is pressed', () => {
    it('should select the item and fire oob-select with the unit', async () => {
      const el = await focused('c');
      const events = record<OobSelectDetail>(el, 'oob-select');
      // Act
      await press(el, 'Enter');
      // Assert
      expect(el.selected).to.equal('c');
      expect(node(el, 'c').getAttribute('aria-selected')).to.equal('true');
      expect(events).to.have.length(1);
      const detail = events[0]?.detail;
      expect(detail?.kind).to.equal('unit');
      expect(detail?.id).to.equal('c');
      expect(detail?.kind === 'unit' && detail.unit.name).to.equal('Charlie Regiment');
      await press(el, 'ArrowDown');
      await press(el, ' ');
      expect(el.selected).to.equal('d');
      expect(events.map((e) => e.detail.id)).to.deep.equal(['c', 'd']);
    });
  });

  describe('when * is pressed', () => {
    it('should expand every sibling of the focused item', async () => {
      const el = await focused('b');
      const events = record<OobToggleDetail>(el, 'oob-toggle');
      await press(el, '*');
      expect(node(el, 'b').getAttribute('aria-expanded')).to.equal('true');
      expect(node(el, 'c').getAttribute('aria-expanded')).to.equal('true');
      expect(nodeIds(el)).to.include.members(['b1', 'c1']);
      expect(events.map((e) => e.detail.id)).to.deep.equal(['b', 'c']);
    });
  });

  describe('when letters are typed', () => {
    it('should move focus to the next item whose name starts with them', async () => {
      const el = await focused('a');
      await press(el, 'd');
      expect(focusedId(el)).to.equal('d');
      await press(el, 'e');
      expect(focusedId(el)).to.equal('d');
      await new Promise((r) => setTimeout(r, 800));
      await press(el, 'c');
      expect(focusedId(el)).to.equal('c');
    });
  });

  describe('when + - or 0 is pressed', () => {
    it('should zoom in, zoom out and fit', async () => {
      const el = await focused('a');
      await press(el, '0');
      const fitted = transformOf(el);
      await press(el, '+');
      expect(transformOf(el).k).to.be.closeTo(fitted.k * 1.25, 1e-6);
      await press(el, '-');
      await press(el, '-');
      expect(transformOf(el).k).to.be.closeTo(fitted.k * 1.25 * 0.8 * 0.8, 1e-6);
      await press(el, '0');
      expect(transformOf(el)).to.deep.equal(fitted);
    });
  });

  describe('when focus moves to a node outside the view', () => {
    it('should pan it into view', async () => {
      const many = mini([{ id: 'root' }, ...Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, parent: 'root', name: `Unit ${i}` }))]);
      const el = await mount(html`<oob-hierarchy .data=${many} layout="indented" style="width:500px;height:200px"></oob-hierarchy>`);
      el.expandAll();
      await settle(el);
      await sendKeys({ press: 'Tab' });
      await press(el, 'End');
      expect(focusedId(el)).to.equal('n39');
      const box = node(el, 'n39').getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(host.bottom);
      expect(box.top).to.be.at.least(host.top);
    });
  });

  describe('when Escape is pressed', () => {
    it('should hide the tooltip of the focused node', async () => {
      const el = await focused('b');
      expect($(el, '[role="tooltip"]')).to.exist;
      expect(node(el, 'b').getAttribute('aria-describedby')).to.equal('oob-hierarchy-tooltip');
      await press(el, 'Escape');
      expect($(el, '[role="tooltip"]')).to.equal(null);
    });
  });

  it('should pass accessibility tests with a node focused and its tooltip open', async () => {
    const el = await focused('c');
    expect($(el, '[role="tooltip"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
