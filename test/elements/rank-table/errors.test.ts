import { expect, html, oneEvent } from '@open-wc/testing';
import type { OobErrorEvent } from '../../../src/events/index.js';
import type { OrderOfBattle } from '../../../src/data/types.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { $, $$, mount, settle, text } from './helpers.js';
import { rankOob } from './rank-fixture.js';

async function withError(data: OrderOfBattle): Promise<{ el: OobRankTable; event: OobErrorEvent }> {
  const el = document.createElement('oob-rank-table');
  el.data = data;
  const pending = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
  document.body.append(el);
  const event = await pending;
  await settle(el);
  return { el, event };
}

const paths = (el: OobRankTable) => $$(el, '.oob-error__path').map((n) => n.textContent);

describe('oob-rank-table bad input', () => {
  afterEach(() => document.querySelectorAll('body > oob-rank-table').forEach((n) => n.remove()));

  it('shows the error state with paths and fires oob-error for negative stars and unknown shapes', async () => {
    const bad = rankOob((ranks) => {
      const gen = ranks[0];
      if (gen?.insignia) {
        gen.insignia.stars = { count: -1, size: 'large' };
        gen.insignia.shape = 'hexagon' as 'pointed';
      }
    });
    const { el, event } = await withError(bad);
    const problems = event.detail.problems.map((p) => `${p.path} ${p.code}`);
    expect(problems).to.include('/rankSystems/0/ranks/0/insignia/stars/count negative-number');
    expect(problems.some((p) => p.startsWith('/rankSystems/0/ranks/0/insignia/shape '))).to.equal(true);
    expect(event.detail.origin).to.equal('data');
    expect(paths(el)).to.include('/rankSystems/0/ranks/0/insignia/stars/count');
    expect($(el, '[role="alert"]')).to.exist;
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses an unsafe colour when parsing, with its path', async () => {
    const bad = rankOob((ranks) => {
      const capt = ranks[1];
      if (capt?.insignia) capt.insignia.base = 'url(https://example.org/x.svg#p)';
    });
    const { el, event } = await withError(bad);
    expect(event.detail.problems.map((p) => [p.path, p.code])).to.deep.equal([['/rankSystems/0/ranks/1/insignia/base', 'unknown-value']]);
    expect(paths(el)).to.deep.equal(['/rankSystems/0/ranks/1/insignia/base']);
  });

  it('recovers when valid data replaces invalid data', async () => {
    const bad = rankOob((ranks) => {
      const capt = ranks[1];
      if (capt?.insignia) capt.insignia.piping = 'red; fill: url(#x)';
    });
    const { el } = await withError(bad);
    expect($(el, '.oob-error')).to.exist;
    el.data = rankOob();
    await settle(el);
    expect($(el, '.oob-error')).to.equal(null);
    expect($$(el, 'th.rank').map((th) => th.dataset['rank'])).to.deep.equal(['gen', 'capt', 'sgt']);
  });

  it('shows an empty state for a dataset without a rank system', async () => {
    const oob = rankOob();
    delete oob.rankSystems;
    oob.notes = [];
    oob.roles = [];
    const el = await mount(html`<oob-rank-table .data=${oob}></oob-rank-table>`);
    expect(text($(el, '[part="empty"]'))).to.equal('This dataset has no rank system to show.');
    await expect(el).to.be.accessible();
  });

  it('shows the named rank system with the system attribute, and its own footnotes', async () => {
    const oob = rankOob();
    const second = structuredClone(oob.rankSystems![0]!);
    second.id = 'second';
    second.name = 'Second system';
    second.groups = second.groups.map((g) => ({ ...g, id: `${g.id}-2` }));
    second.ranks = second.ranks.map((r) => ({ ...r, id: `${r.id}-2`, group: `${r.group}-2` }));
    oob.rankSystems!.push(second);
    oob.roles = [];
    const el = await mount(html`<oob-rank-table .data=${oob} system="second"></oob-rank-table>`);
    expect(text($(el, 'caption'))).to.match(/^Second system: officer ranks/);
    expect($$(el, 'th.rank').map((th) => th.dataset['rank'])).to.deep.equal(['gen-2', 'capt-2', 'sgt-2']);
    // The dataset note is about /rankSystems/0, not this one.
    expect($$(el, '[part="notes"] li').map((li) => text(li))).to.not.include('About the general. A note on the general.');
  });
});
