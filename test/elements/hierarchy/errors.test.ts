import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import type { OobErrorDetail } from '../../../src/events/index.js';
import { $, $$, mini, mount, nodeIds, settle, text } from './helpers.js';

const paths = (el: Element) => $$(el, '.oob-error__path').map((p) => text(p));

describe('<oob-hierarchy> bad input', () => {
  it('invalid JSON data shows the error panel and fires oob-error', async () => {
    const el = document.createElement('oob-hierarchy');
    el.data = '{"schemaVersion": "1.0", "units": [';
    const event = oneEvent(el, 'oob-error');
    document.body.append(el);
    const { detail } = (await event) as CustomEvent<OobErrorDetail>;
    await settle(el);
    expect(detail.origin).to.equal('data');
    expect(detail.problems[0]?.code).to.equal('invalid-json');
    expect($(el, '[role="alert"]')).to.exist;
    expect($(el, 'svg')).to.equal(null);
    el.remove();
  });

  it('a cycle and a dangling parent are listed with their JSON paths', async () => {
    const data = mini([{ id: 'a' }, { id: 'b', parent: 'c' }, { id: 'c', parent: 'b' }, { id: 'd', parent: 'ghost' }]);
    const seen: OobErrorDetail[] = [];
    const el = await mount(
      html`<oob-hierarchy .data=${data} @oob-error=${(e: CustomEvent<OobErrorDetail>) => seen.push(e.detail)} style="width:600px;height:300px"></oob-hierarchy>`,
    );
    expect(seen).to.have.length(1);
    const codes = seen[0]?.problems.map((p) => p.code);
    expect(codes).to.include.members(['cycle', 'dangling-reference']);
    expect(paths(el)).to.include('/units/3/parent');
    expect(paths(el).some((p) => /^\/units\/[12]\/parent$/.test(p))).to.equal(true);
  });

  it('a failing src shows the fetch problem', async () => {
    const el = await fixture<OobHierarchy>(html`<oob-hierarchy src="/test/elements/hierarchy/no-such-file.json"></oob-hierarchy>`);
    expect($(el, '.oob-loading')).to.exist;
    const { detail } = (await oneEvent(el, 'oob-error')) as CustomEvent<OobErrorDetail>;
    await settle(el);
    expect(detail.origin).to.equal('src');
    expect(detail.problems[0]?.code).to.equal('fetch-failed');
    expect(text($(el, '.oob-error'))).to.contain('HTTP 404');
  });

  it('a src that is not JSON shows the parse problem', async () => {
    // Served as text/plain, which is accepted (a JavaScript or HTML answer is refused before parsing).
    const el = await fixture<OobHierarchy>(html`<oob-hierarchy src="/test/fixtures/seed-article.txt"></oob-hierarchy>`);
    const { detail } = (await oneEvent(el, 'oob-error')) as CustomEvent<OobErrorDetail>;
    expect(detail.problems[0]?.code).to.equal('invalid-json');
  });

  it('a src that is not JSON (here a script) says the server did not send a JSON dataset', async () => {
    const el = await fixture<OobHierarchy>(html`<oob-hierarchy src="/test/elements/hierarchy/helpers.ts"></oob-hierarchy>`);
    const { detail } = (await oneEvent(el, 'oob-error')) as CustomEvent<OobErrorDetail>;
    expect(detail.problems[0]?.code).to.equal('fetch-failed');
    expect(detail.problems[0]?.message).to.contain('not a JSON dataset');
  });

  it('a working src is fetched and drawn', async () => {
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(mini([{ id: 'a' }, { id: 'b', parent: 'a' }])))}`;
    const el = await fixture<OobHierarchy>(html`<oob-hierarchy src=${url} style="width:600px;height:300px"></oob-hierarchy>`);
    for (let i = 0; i < 20 && nodeIds(el).length === 0; i += 1) await settle(el);
    expect(nodeIds(el)).to.deep.equal(['a', 'b']);
  });

  it('the rest of the page keeps working next to a broken chart', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oob-hierarchy data="not json" style="width:400px;height:200px"></oob-hierarchy>
      <oob-hierarchy .data=${mini([{ id: 'ok' }])} style="width:400px;height:200px"></oob-hierarchy>
    </div>`);
    const [broken, fine] = [...wrapper.querySelectorAll('oob-hierarchy')] as OobHierarchy[];
    await settle(fine as OobHierarchy);
    expect($(broken as Element, '.oob-error')).to.exist;
    expect(nodeIds(fine as Element)).to.deep.equal(['ok']);
  });

  it('should pass accessibility tests in the error state', async () => {
    const el = await mount(html`<oob-hierarchy data='{"units": 3}' style="width:600px;height:300px"></oob-hierarchy>`);
    expect($(el, '.oob-error')).to.exist;
    await expect(el).to.be.accessible();
  });
});
