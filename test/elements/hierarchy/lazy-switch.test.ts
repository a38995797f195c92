import { expect, html } from '@open-wc/testing';
import { compareModeCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import { mini, mount } from './helpers.js';

/**
 * Turning compare mode on in a chart already drawn (a range picked on a timeline) while its code
 * is still loading: the chart drawn stays until compare mode replaces it, never a loading message
 * in between. Its own file: its page has not loaded compare mode yet (see lazy.test.ts).
 */

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment', changes: [{ date: '1947', type: 'redesignated', to: { name: 'Bravo Guards' } }] },
]);

describe('<oob-hierarchy>: compare set on a drawn chart', () => {
  it('keeps the chart drawn while compare mode loads, then draws compare mode', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1948" depth="2" style="width:800px;height:450px"></oob-hierarchy>`);
    expect(compareModeCode.loaded).to.equal(undefined);
    const root = el.shadowRoot as ShadowRoot;
    let blank = false;
    const observer = new MutationObserver(() => {
      blank ||= root.querySelector('[role="tree"] .node') === null;
    });
    observer.observe(root, { childList: true, subtree: true });
    el.compare = '1946';
    await el.updateComplete;
    observer.takeRecords();
    observer.disconnect();
    expect(root.querySelector('.node[data-id="b"]')?.getAttribute('data-change')).to.equal('redesignated');
    expect(blank).to.equal(false);
  });
});
