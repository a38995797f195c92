import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { searchCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { ImportControl, requestedFiles, watchRejections } from '../../support/on-demand.js';
import { $, $$, mini, mount, settle } from './helpers.js';

/**
 * The find-a-unit search is code a first paint never runs: it loads when the field gets focus (or by
 * the first `search()`), and what is typed before it arrives is searched when it does. Its own file,
 * so that the page has not loaded the search before the first test.
 */

const code = new ImportControl(searchCode);

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment' },
  { id: 'c', parent: 'a', name: 'Charlie Regiment' },
  { id: 'd', parent: 'a', name: 'Delta Battalion' },
]);
const searchFilesLoaded = () => requestedFiles(/\/layout\/hierarchy\/search\.ts$/);
const optionNames = (el: OobHierarchy) => $$(el, '[role="option"] .result-name').map((o) => o.textContent);
const status = (el: OobHierarchy) => $(el, '[role="status"]')?.textContent?.trim();

describe('<oob-hierarchy>: the search loads on demand', () => {
  const rejections = watchRejections();
  after(() => {
    code.restore();
    rejections.stop();
  });

  it('is not loaded by a first paint; what is typed before it arrives is searched when it does', async () => {
    code.hold();
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:480px"></oob-hierarchy>`);
    expect(searchFilesLoaded(), 'requested by a first paint').to.deep.equal([]);
    expect(searchCode.loaded).to.equal(undefined);

    ($(el, '.search-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'bat' });
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'reg' });
    await settle(el);
    expect(optionNames(el), 'no results before the code arrives').to.deep.equal([]);
    expect(status(el), 'not "no unit matches" while the code loads').to.equal('Searching…');

    code.release();
    await searchCode.load();
    await settle(el);
    expect(optionNames(el), "the latest query's results").to.deep.equal(['Bravo Regiment', 'Charlie Regiment']);
    expect(searchFilesLoaded()).to.have.length(1);
    expect(status(el)).to.equal('2 units found');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot?.activeElement?.getAttribute('data-id'), 'Enter goes to the first match').to.equal('b');
  });

  it('a list closed while the code loads stays closed when it arrives', async () => {
    code.forget();
    code.hold();
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:480px"></oob-hierarchy>`);
    ($(el, '.search-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'reg' });
    await sendKeys({ press: 'Escape' });
    code.release();
    await searchCode.load();
    await settle(el);
    expect($(el, '.search-input')?.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.search-results')?.hasAttribute('hidden')).to.equal(true);
    // Opened again, it lists what was found meanwhile.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['Bravo Regiment', 'Charlie Regiment']);
  });

  it("a fetch that fails says so in the field's status, quietly, and the next keystroke fetches it again", async () => {
    code.forget();
    code.attempts = 0;
    code.fail('search.js');
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:480px"></oob-hierarchy>`);
    const input = $(el, '.search-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'r' });
    await settle(el);
    expect(optionNames(el)).to.deep.equal([]);
    expect(status(el), 'says why nothing is listed').to.equal('Search could not be loaded; typing again tries once more.');
    const failed = await el.search('alpha').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(failed), 'search() rejects').to.contain('Failed to fetch');
    expect(code.attempts).to.be.within(2, 3);

    code.restore();
    input.blur();
    input.focus();
    await sendKeys({ type: 'e' });
    await searchCode.load();
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['Bravo Regiment', 'Charlie Regiment']);
    expect(status(el)).to.equal('2 units found');
    expect(rejections.problems).to.deep.equal([]);
  });
});
