import { expect, html } from '@open-wc/testing';
import { compareModeCode } from '../../../src/elements/rank-table/on-demand-code.js';
import type { OobErrorEvent } from '../../../src/events/index.js';
import { ImportControl, requestedFiles, watchRejections } from '../../support/on-demand.js';
import { mount } from './helpers.js';
import { compareOob } from './rank-fixture.js';

/**
 * The comparison of rank systems (`systems="a b"`) is code a table of one system never runs: it loads
 * when `systems` is first set, and the table says so when it cannot. Its own file, so that the page
 * has not loaded compare mode before the first test.
 */

const code = new ImportControl(compareModeCode);
const compareFilesLoaded = () => requestedFiles(/\/(rank-table\/compare-mode|rank-table\/render-compare|layout\/rank-table\/compare)\.ts$/);

describe('<oob-rank-table>: compare mode on demand', () => {
  const rejections = watchRejections();
  after(() => {
    code.restore();
    rejections.stop();
  });

  it('a table of one system does not load it; setting systems shows the loading state, then the comparison', async () => {
    code.hold();
    const el = await mount(html`<oob-rank-table .data=${compareOob()}></oob-rank-table>`);
    expect(el.shadowRoot?.querySelector('table'), 'one system drawn').to.not.equal(null);
    expect(compareFilesLoaded(), 'requested by a table of one system').to.deep.equal([]);
    expect(compareModeCode.loaded).to.equal(undefined);

    el.systems = ['alpha', 'beta'];
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.shadowRoot?.querySelector('[part="loading"]'), 'the loading state while the code loads').to.not.equal(null);
    expect(el.shadowRoot?.querySelector('.wrap.compare')).to.equal(null);

    code.release();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('.wrap.compare'), 'the comparison, once updateComplete settles').to.not.equal(null);
    expect(compareFilesLoaded().length).to.be.greaterThan(0);
  });

  it('says so when it cannot be fetched, without an oob-error, and draws a single system again when systems goes', async () => {
    code.forget();
    code.attempts = 0;
    code.fail('compare-mode.js');
    const errors: OobErrorEvent[] = [];
    const el = await mount(
      html`<oob-rank-table .data=${compareOob()} systems="alpha beta" @oob-error=${(e: OobErrorEvent) => errors.push(e)}></oob-rank-table>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Compare mode could not be loaded: reload the page to try again.');
    el.category = 'officers';
    await el.updateComplete;
    expect(code.attempts, 'asked once, not on every update').to.equal(1);
    expect(errors).to.deep.equal([]);

    el.systems = undefined;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('table'), 'one system drawn').to.not.equal(null);
    expect(rejections.problems).to.deep.equal([]);
  });
});
