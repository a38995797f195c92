import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { compareModeCode } from '../../../src/elements/hierarchy/on-demand-code.js';
import type { OobErrorEvent } from '../../../src/events/index.js';
import { ImportControl } from '../../support/on-demand.js';
import { mini, mount, nodeIds, settle } from './helpers.js';

/**
 * Compare mode's chunk can fail to arrive (offline, a deploy that removed the old chunk): the chart
 * says so instead of drawing nothing or breaking the page, and a chart added later tries again. The
 * tests run in order in one page, where compare mode has not loaded before.
 */

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment', changes: [{ date: '1947', type: 'redesignated', to: { name: 'Bravo Guards' } }] },
]);

const code = new ImportControl(compareModeCode);

describe('<oob-hierarchy>: compare mode that fails to load', () => {
  const problems: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const consoleError = console.error;

  before(() => {
    code.fail('compare-mode.js');
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  });

  after(() => {
    code.restore();
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    console.error = consoleError;
    for (const el of document.querySelectorAll('oob-hierarchy')) el.remove();
  });

  it('says compare mode could not be loaded, once, quietly, and keeps working without it', async () => {
    const errors: OobErrorEvent[] = [];
    const el = await mount(
      html`<oob-hierarchy .data=${data} date="1948" compare="1946" style="width:800px;height:450px"
        @oob-error=${(e: OobErrorEvent) => errors.push(e)}></oob-hierarchy>`,
    );
    expect(compareModeCode.loaded).to.equal(undefined);
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.contain('Compare mode could not be loaded: reload the page to try again.');
    expect(nodeIds(el), 'no single-date chart in its place').to.deep.equal([]);
    // Later updates (a new date) do not ask the network again for this chart.
    el.date = '1949';
    await settle(el);
    expect(code.attempts).to.equal(1);
    expect(el.shadowRoot?.textContent).to.contain('Compare mode could not be loaded');
    // Without compare, the chart draws its single date.
    el.removeAttribute('compare');
    await settle(el);
    expect(nodeIds(el)).to.include('b');
    expect(errors, 'a missing chunk is not a data problem').to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });

  it('a chart added once the chunk can be fetched again loads it and draws compare mode', async () => {
    code.restore();
    const el = await mount(
      html`<oob-hierarchy .data=${data} date="1948" compare="1946" depth="2" style="width:800px;height:450px"></oob-hierarchy>`,
    );
    expect(compareModeCode.loaded).not.to.equal(undefined);
    expect(el.shadowRoot?.querySelector('.node[data-id="b"]')?.getAttribute('data-change')).to.equal('redesignated');
    expect(problems).to.deep.equal([]);
  });
});
