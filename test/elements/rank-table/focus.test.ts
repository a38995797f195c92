import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { mount } from './helpers.js';
import { compareOob } from './rank-fixture.js';

const focusedRank = (el: OobRankTable) => (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset['rank'];
const ids = (iliNationalArmy.rankSystems?.[0]?.ranks ?? []).filter((r) => !r.placeholder).map((r) => r.id);

/** Tab into the table from a button before it (a real key press, as a keyboard user gets there). */
async function tabIn(el: OobRankTable): Promise<void> {
  const button = document.createElement('button');
  button.textContent = 'before';
  el.before(button);
  button.focus();
  await sendKeys({ press: 'Tab' });
  button.remove();
}

describe('oob-rank-table keeps keyboard focus', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('on the same rank through rapid orientation changes between key presses', async () => {
    const el = await mount(html`<oob-rank-table></oob-rank-table>`);
    await tabIn(el);
    expect(focusedRank(el)).to.equal(ids[0]);
    let expected = 0;
    for (let step = 0; step < 30; step += 1) {
      el.orientation = el.orientation === 'columns' ? 'rows' : 'columns';
      // Every third step presses the key before the update has rendered: it must still land on a rank.
      if (step % 3 !== 0) await el.updateComplete;
      await sendKeys({ press: step % 5 === 4 ? 'ArrowLeft' : 'ArrowRight' });
      expected = step % 5 === 4 ? Math.max(0, expected - 1) : Math.min(ids.length - 1, expected + 1);
      await el.updateComplete;
      expect(document.activeElement === el, `step ${step}: focus left the table`).to.equal(true);
      expect(focusedRank(el), `step ${step}`).to.equal(ids[expected]);
    }
    expect(el.shadowRoot?.activeElement?.closest('table')?.classList.contains(el.orientation)).to.equal(true);
  });

  it('on the same rank when the data is replaced, and on the first rank when the focused one is gone', async () => {
    const el = await mount(html`<oob-rank-table orientation="rows"></oob-rank-table>`);
    await tabIn(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRank(el)).to.equal(ids[2]);
    for (let step = 0; step < 6; step += 1) {
      el.data = structuredClone(iliNationalArmy);
      el.orientation = step % 2 === 0 ? 'columns' : 'rows';
      await el.updateComplete;
      expect(document.activeElement === el, `step ${step}: focus left the table`).to.equal(true);
      expect(focusedRank(el), `step ${step}`).to.equal(ids[2]);
    }
    // The focused rank is gone (renamed, so that the notes' JSON pointers to ranks by index stay valid).
    const without = structuredClone(iliNationalArmy);
    const gone = without.rankSystems?.[0]?.ranks.find((r) => r.id === ids[2]);
    if (gone) gone.id = 'renamed';
    expect(parseOrderOfBattle(without).ok).to.equal(true);
    el.data = without;
    await el.updateComplete;
    expect(document.activeElement === el, 'focus left the table').to.equal(true);
    expect(focusedRank(el)).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedRank(el)).to.equal(ids[1]);
  });

  it('on the same rank when a narrowing container switches the table to rows', async () => {
    const el = await mount(html`<oob-rank-table style="display: block; width: 1200px"></oob-rank-table>`);
    await tabIn(el);
    await sendKeys({ press: 'End' });
    const last = ids[ids.length - 1];
    expect(focusedRank(el)).to.equal(last);
    el.style.width = '360px';
    await new Promise((resolve) => setTimeout(resolve, 60));
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('table')?.classList.contains('rows')).to.equal(true);
    expect(document.activeElement === el, 'focus left the table').to.equal(true);
    expect(focusedRank(el)).to.equal(last);
  });

  it('on the same rank of a comparison when the orientation and the compared systems change', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="alpha beta"></oob-rank-table>`);
    await tabIn(el);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedRank(el)).to.equal('b-gen');
    for (let step = 0; step < 6; step += 1) {
      el.orientation = step % 2 === 0 ? 'rows' : 'columns';
      if (step === 3) el.systems = ['beta', 'alpha', 'test-ranks'];
      await el.updateComplete;
      expect(document.activeElement === el, `step ${step}: focus left the table`).to.equal(true);
      expect(focusedRank(el), `step ${step}`).to.equal('b-gen');
    }
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedRank(el)).to.equal('a-gen');
  });
});
