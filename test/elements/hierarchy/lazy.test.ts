import { expect } from '@open-wc/testing';
import { compareModeCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { mini, mount, nodeIds, settle } from './helpers.js';
import { html } from 'lit';

/**
 * Compare mode is a dynamic import (its own chunk): a page that never compares never loads it, and
 * a chart with `compare` in its markup draws nothing until it has, never the single-date chart
 * first. The tests run in order in one page: the first sees compare mode not loaded yet.
 */

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment', changes: [{ date: '1947', type: 'redesignated', to: { name: 'Bravo Guards' } }] },
  { id: 'c', parent: 'a', name: 'Charlie Regiment' },
]);

/** Appends a chart and records, on every change to its shadow DOM, whether nodes were drawn without compare mode's marks. */
function watch(attrs: Record<string, string>): { el: OobHierarchy; plainDrawn: () => boolean } {
  const el = document.createElement('oob-hierarchy');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  el.style.cssText = 'display:block;width:800px;height:450px';
  document.body.append(el);
  let plain = false;
  const root = el.shadowRoot as ShadowRoot;
  const observer = new MutationObserver(() => {
    plain ||= [...root.querySelectorAll('.node')].some((n) => !n.hasAttribute('data-change'));
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  return {
    el,
    plainDrawn: () => {
      observer.takeRecords();
      observer.disconnect();
      return plain;
    },
  };
}

describe('<oob-hierarchy>: compare mode loads on demand', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('oob-hierarchy')) el.remove();
  });

  it('a chart without compare draws without loading compare mode', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1948" style="width:800px;height:450px"></oob-hierarchy>`);
    expect(nodeIds(el)).to.include('b');
    expect(compareModeCode.loaded).to.equal(undefined);
    expect(el.toCSV()).to.equal('');
  });

  it('with compare in the markup, the first chart drawn is already compare mode, and updateComplete waits for it', async () => {
    const { el, plainDrawn } = watch({ date: '1948', compare: '1946', depth: '2' });
    await el.updateComplete;
    expect(compareModeCode.loaded).not.to.equal(undefined);
    const b = el.shadowRoot?.querySelector('.node[data-id="b"]');
    expect(b?.getAttribute('data-change')).to.equal('redesignated');
    expect(el.shadowRoot?.querySelector('[part~="legend"]')).not.to.equal(null);
    expect(el.toCSV()).to.contain('Bravo Guards');
    expect(plainDrawn()).to.equal(false);
  });

  it('OobHierarchy.loadCompareMode() resolves once compare mode has loaded (servers await it before rendering)', async () => {
    const { OobHierarchy } = await import('../../../src/elements/hierarchy/oob-hierarchy.js');
    await OobHierarchy.loadCompareMode();
    expect(compareModeCode.loaded?.diffHierarchies).to.be.a('function');
  });

  it('setting compare later on a drawn chart switches to compare mode; unsetting it goes back', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1948" depth="2" style="width:800px;height:450px"></oob-hierarchy>`);
    el.compare = '1946';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.node[data-id="b"]')?.getAttribute('data-change')).to.equal('redesignated');
    el.compare = undefined;
    await settle(el);
    expect(el.shadowRoot?.querySelector('.node[data-id="b"]')?.hasAttribute('data-change')).to.equal(false);
  });
});
