import { expect, html } from '@open-wc/testing';
import { builtInLocales } from '../../../src/elements/shared/strings.js';
import { mini, mount } from '../hierarchy/helpers.js';

/**
 * The built-in translations are a dynamic import (builtin-strings.ts, its own chunk): a page whose
 * elements are in English never loads them, and an element in Uyghur draws once they have loaded,
 * never in English first. The tests run in order in one page: the first sees them not loaded yet.
 */

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment' },
]);
const uyghur = () => builtInLocales.get('ug');

describe('built-in UI strings load on demand', () => {
  it('an element in English draws without loading them', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:600px;height:400px"></oob-hierarchy>`);
    expect(el.shadowRoot?.querySelector('[role="tree"]')?.getAttribute('aria-label')).to.equal('Order of battle');
    expect(uyghur()?.loaded).to.equal(undefined);
    el.remove();
  });

  it('an element with lang="ug" loads them and its first paint is already in Uyghur; updateComplete waits for them', async () => {
    const el = document.createElement('oob-hierarchy');
    el.lang = 'ug';
    el.data = data;
    el.style.cssText = 'display:block;width:600px;height:400px';
    const labels: (string | null)[] = [];
    // Lit attaches the shadow root on connection and draws a microtask later: the observer sees every paint.
    document.body.append(el);
    const root = el.shadowRoot as ShadowRoot;
    const observer = new MutationObserver(() => labels.push(root.querySelector('[role="tree"]')?.getAttribute('aria-label') ?? null));
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    await el.updateComplete;
    observer.disconnect();
    expect(labels.length).to.be.greaterThan(0);
    expect(uyghur()?.loaded?.['treeLabel']).to.be.a('string');
    expect(root.querySelector('[role="tree"]')?.getAttribute('aria-label')).to.equal(uyghur()?.loaded?.['treeLabel']);
    expect(labels.filter((l) => l !== null)).not.to.include('Order of battle');
    el.remove();
  });
});
