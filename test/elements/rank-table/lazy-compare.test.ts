import { expect, html } from '@open-wc/testing';
import { compareModeCode } from '../../../src/elements/rank-table/on-demand-code.js';
import type { CompareMode } from '../../../src/elements/rank-table/on-demand-code.js';
import type { OobErrorEvent } from '../../../src/events/index.js';
import { mount } from './helpers.js';
import { compareOob } from './rank-fixture.js';

/**
 * The comparison of rank systems (`systems="a b"`) is code a table of one system never runs: it loads
 * when `systems` is first set, and the table says so when it cannot. Its own file, so that the page
 * has not loaded compare mode before the first test.
 */

type Importer = { importer: () => Promise<CompareMode>; module: unknown };
const code = compareModeCode as unknown as Importer;
const realImporter = code.importer;
const compareFilesLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/(rank-table\/compare-mode|rank-table\/render-compare|layout\/rank-table\/compare)\.ts$/.test(path));

describe('<oob-rank-table>: compare mode on demand', () => {
  const problems: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => {
    code.importer = realImporter;
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('a table of one system does not load it; setting systems shows the loading state, then the comparison', async () => {
    let release: () => void = () => undefined;
    code.importer = () => new Promise<void>((resolve) => (release = resolve)).then(realImporter);
    const el = await mount(html`<oob-rank-table .data=${compareOob()}></oob-rank-table>`);
    expect(el.shadowRoot?.querySelector('table'), 'one system drawn').to.not.equal(null);
    expect(compareFilesLoaded(), 'requested by a table of one system').to.deep.equal([]);
    expect(compareModeCode.loaded).to.equal(undefined);

    el.systems = ['alpha', 'beta'];
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot?.querySelector('[part="loading"]'), 'the loading state while the code loads').to.not.equal(null);
    expect(el.shadowRoot?.querySelector('.wrap.compare')).to.equal(null);

    release();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.wrap.compare'), 'the comparison, once updateComplete settles').to.not.equal(null);
    expect(compareFilesLoaded().length).to.be.greaterThan(0);
  });

  it('says so when it cannot be fetched, without an oob-error, and draws a single system again when systems goes', async () => {
    code.module = undefined;
    let attempts = 0;
    code.importer = () => {
      attempts += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module: compare-mode.js'));
    };
    const errors: OobErrorEvent[] = [];
    const el = await mount(
      html`<oob-rank-table .data=${compareOob()} systems="alpha beta" @oob-error=${(e: OobErrorEvent) => errors.push(e)}></oob-rank-table>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Compare mode could not be loaded: reload the page to try again.');
    el.category = 'officers';
    await el.updateComplete;
    expect(attempts, 'asked once, not on every update').to.equal(1);
    expect(errors).to.deep.equal([]);

    el.systems = undefined;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('table'), 'one system drawn').to.not.equal(null);
    expect(problems).to.deep.equal([]);
  });
});
