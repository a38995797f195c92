import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { OobDataElement } from '../../../src/elements/shared/oob-data-element.js';
import { themeStyles } from '../../../src/elements/shared/tokens.js';
import { stateStyles } from '../../../src/elements/shared/state-styles.js';
import type { OobErrorEvent } from '../../../src/events/index.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';

/** A minimal chart: shows the dataset title, or the base class's loading/error state. */
@customElement('oob-test-chart')
class OobTestChart extends OobDataElement {
  static override styles = [themeStyles, stateStyles];
  override render() {
    return this.renderState() ?? litHtml`<p class="title">${this.parsed?.source.meta.title}</p>`;
  }
}

const title = (el: OobTestChart) => el.shadowRoot?.querySelector('.title')?.textContent ?? null;
const errorPaths = (el: OobTestChart) => [...(el.shadowRoot?.querySelectorAll('.oob-error__path') ?? [])].map((n) => n.textContent);

describe('OobDataElement', () => {
  it('renders the built-in Ili National Army dataset with no data and no src', async () => {
    const el = await fixture<OobTestChart>(html`<oob-test-chart></oob-test-chart>`);
    expect(title(el)).to.equal('East Turkistan National Army (Ili National Army), 1945–1949');
  });

  it('accepts a dataset object, then JSON text in the data attribute', async () => {
    const el = await fixture<OobTestChart>(html`<oob-test-chart .data=${tinyOob()}></oob-test-chart>`);
    expect(title(el)).to.equal('Test corps');
    el.setAttribute('data', JSON.stringify({ ...tinyOob(), meta: { title: 'From JSON', defaultLang: 'en' } }));
    await el.updateComplete;
    expect(title(el)).to.equal('From JSON');
  });

  it('shows an error panel with JSON paths and fires oob-error for invalid data', async () => {
    const bad = tinyOob();
    bad.units[1] = { ...bad.units[1]!, parent: 'nowhere' };
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.data = bad;
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.origin).to.equal('data');
    expect(detail.problems.map((p) => [p.path, p.code])).to.deep.equal([['/units/1/parent', 'dangling-reference']]);
    expect(errorPaths(el)).to.deep.equal(['/units/1/parent']);
    expect(el.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    el.remove();
  });

  it('renders markup in problem messages as text', async () => {
    const bad = tinyOob();
    bad.units[1] = { ...bad.units[1]!, parent: '<img src=x onerror=alert(1)>' };
    const el = await fixture<OobTestChart>(html`<oob-test-chart .data=${bad}></oob-test-chart>`);
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(el.shadowRoot?.querySelector('.oob-error')?.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('loads src, showing a loading state first', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(tinyOob())], { type: 'application/json' }));
    const el = await fixture<OobTestChart>(html`<oob-test-chart src=${url}></oob-test-chart>`);
    expect(el.shadowRoot?.querySelector('[part="loading"]')).to.exist;
    await waitUntil(() => title(el) === 'Test corps', 'src never rendered');
    URL.revokeObjectURL(url);
  });

  it('reports a failing src as fetch-failed with origin src', async () => {
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.src = '/does-not-exist.json';
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.origin).to.equal('src');
    expect(detail.problems[0]?.code).to.equal('fetch-failed');
    expect(detail.problems[0]?.message).to.contain('HTTP 404');
    el.remove();
  });

  it('reports a src served as a web page (text/html) as fetch-failed, saying so', async () => {
    const url = URL.createObjectURL(new Blob(['<html>Page not found</html>'], { type: 'text/html' }));
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.src = url;
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    const problem = (await event).detail.problems[0];
    expect(problem?.code).to.equal('fetch-failed');
    expect(problem?.message).to.contain('a web page, not a JSON dataset');
    el.remove();
    URL.revokeObjectURL(url);
  });

  it('reads src served as text/plain or a +json type, and reports text that is not JSON as invalid-json', async () => {
    for (const type of ['text/plain;charset=utf-8', 'application/vnd.oob+json']) {
      const url = URL.createObjectURL(new Blob([JSON.stringify(tinyOob())], { type }));
      const el = await fixture<OobTestChart>(html`<oob-test-chart src=${url}></oob-test-chart>`);
      await waitUntil(() => title(el) === 'Test corps', `${type} never rendered`);
      URL.revokeObjectURL(url);
    }
    const url = URL.createObjectURL(new Blob(['not json'], { type: 'text/plain' }));
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.src = url;
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    expect((await event).detail.problems[0]?.code).to.equal('invalid-json');
    el.remove();
    URL.revokeObjectURL(url);
  });

  it('keeps only the latest src when src changes quickly', async () => {
    const first = URL.createObjectURL(new Blob([JSON.stringify({ ...tinyOob(), meta: { title: 'First', defaultLang: 'en' } })]));
    const second = URL.createObjectURL(new Blob([JSON.stringify({ ...tinyOob(), meta: { title: 'Second', defaultLang: 'en' } })]));
    const el = await fixture<OobTestChart>(html`<oob-test-chart src=${first}></oob-test-chart>`);
    el.src = second;
    await waitUntil(() => title(el) !== null, 'never rendered');
    await new Promise((r) => setTimeout(r, 50));
    expect(title(el)).to.equal('Second');
  });

  it('leaves other elements on the page working when one has bad data', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <oob-test-chart id="bad" .data=${'{ not json'}></oob-test-chart>
      <oob-test-chart id="good"></oob-test-chart>
    </div>`);
    const bad = wrapper.querySelector<OobTestChart>('#bad')!;
    const good = wrapper.querySelector<OobTestChart>('#good')!;
    await Promise.all([bad.updateComplete, good.updateComplete]);
    expect(errorPaths(bad)).to.deep.equal(['(whole input)']);
    expect(title(good)).to.contain('Ili National Army');
  });

  it('uses the strings property for UI text', async () => {
    const el = await fixture<OobTestChart>(
      html`<oob-test-chart .data=${'[]'} .strings=${{ errorHeading: 'Données invalides' }}></oob-test-chart>`,
    );
    expect(el.shadowRoot?.querySelector('.oob-error__heading')?.textContent).to.contain('Données invalides');
  });

  it('should pass accessibility tests in the error state', async () => {
    const el = await fixture<OobTestChart>(html`<oob-test-chart .data=${'{'}></oob-test-chart>`);
    await expect(el).to.be.accessible();
  });
});

describe('OobDataElement inside <oob-dataset>', () => {
  it('does not reload its own src when the shared date or selection changes', async () => {
    await import('../../../src/elements/dataset/define.js');
    let fetches = 0;
    const url = URL.createObjectURL(new Blob([JSON.stringify(tinyOob())], { type: 'application/json' }));
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input) === url) fetches += 1;
      return realFetch(input, init);
    };
    try {
      const provider = await fixture<HTMLElement & { setDate(d: string): void }>(
        html`<oob-dataset><oob-test-chart src=${url}></oob-test-chart></oob-dataset>`,
      );
      const chart = provider.querySelector('oob-test-chart') as OobTestChart;
      await waitUntil(() => title(chart) === 'Test corps', 'src never rendered');
      provider.setDate('1946-01-01');
      provider.setDate('1947-01-01');
      await chart.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(fetches).to.equal(1);
      expect(title(chart)).to.equal('Test corps');
    } finally {
      window.fetch = realFetch;
      URL.revokeObjectURL(url);
    }
  });

  it('does not put an empty lang attribute on the host (that would hide the page language)', async () => {
    const el = await fixture<OobTestChart>(html`<oob-test-chart></oob-test-chart>`);
    expect(el.hasAttribute('lang')).to.equal(false);
  });
});

describe('OobDataElement and src over a slow or hostile network', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** A fetch that answers `url` only when released, counting calls; other URLs go to the network. */
  function gatedFetch(url: string, body: string) {
    const state = { calls: 0, release: () => undefined as void };
    let open = false;
    const waiting: (() => void)[] = [];
    state.release = () => {
      open = true;
      waiting.splice(0).forEach((go) => go());
    };
    window.fetch = async (input, init) => {
      if (String(input) !== url) return realFetch(input, init);
      state.calls += 1;
      if (!open) await new Promise<void>((go) => waiting.push(go));
      init?.signal?.throwIfAborted();
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    return state;
  }

  it('restarts a request cut short by removal when the element is attached again', async () => {
    const url = '/gated/reattached.json';
    const gate = gatedFetch(url, JSON.stringify(tinyOob()));
    const el = await fixture<OobTestChart>(html`<oob-test-chart src=${url}></oob-test-chart>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    gate.release();
    await new Promise((r) => setTimeout(r, 20));
    parent.append(el);
    await waitUntil(() => title(el) === 'Test corps', 'a re-attached element stayed loading');
    expect(gate.calls).to.equal(2);
  });

  it('restarts its request when moved to another parent during the fetch, and <oob-dataset> does too', async () => {
    await import('../../../src/elements/dataset/define.js');
    const url = '/gated/moved.json';
    const gate = gatedFetch(url, JSON.stringify(tinyOob()));
    const wrapper = await fixture<HTMLElement>(html`<div><section></section>
      <oob-test-chart src=${url}></oob-test-chart>
      <oob-dataset src=${url}><oob-test-chart id="inside"></oob-test-chart></oob-dataset></div>`);
    const chart = wrapper.querySelector('oob-test-chart') as OobTestChart;
    const provider = wrapper.querySelector('oob-dataset') as HTMLElement;
    const inside = wrapper.querySelector('#inside') as OobTestChart;
    const section = wrapper.querySelector('section') as HTMLElement;
    section.append(chart, provider);
    gate.release();
    await waitUntil(() => title(chart) === 'Test corps' && title(inside) === 'Test corps', 'a moved element stayed loading');
  });

  it('ends in the error state with fetch-timeout after `timeout` ms when the server never answers', async () => {
    window.fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.setAttribute('timeout', '150');
    el.src = '/never.json';
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    expect(el.timeout).to.equal(150);
    const { detail } = await event;
    expect(detail.origin).to.equal('src');
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['fetch-timeout']);
    expect(detail.problems[0]?.message).to.contain('150 ms');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('fetch-timeout');
    el.remove();
  });

  it('ends with fetch-timeout when the body starts but never finishes', async () => {
    window.fetch = async () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"schemaVersion":')) }), {
        headers: { 'content-type': 'application/json' },
      });
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.timeout = 150;
    el.src = '/stalls.json';
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    expect((await event).detail.problems.map((p) => p.code)).to.deep.equal(['fetch-timeout']);
    el.remove();
  });

  it('refuses an oversized body while it streams: announced, or counted as the bytes arrive', async () => {
    const { fetchDataset } = await import('../../../src/elements/shared/resolve-dataset.js');
    // Endless bodies: only a refusal during streaming can end these requests.
    const endless = () => new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024).fill(32)) });
    window.fetch = async () => new Response(endless(), { headers: { 'content-type': 'application/json' } });
    const counted = await fetchDataset('/huge.json', new AbortController().signal, { maxBytes: 1_000_000, timeout: 0 });
    expect(counted.ok ? [] : counted.problems.map((p) => [p.code, p.message])).to.deep.equal([
      ['too-large', '"/huge.json" is larger than the limit of 1000000 bytes (refused after 1048576 bytes)'],
    ]);
    window.fetch = async () =>
      new Response(endless(), { headers: { 'content-type': 'application/json', 'content-length': String(60 * 1024 * 1024) } });
    const el = document.createElement('oob-test-chart') as OobTestChart;
    el.timeout = 0;
    el.src = '/announced-huge.json';
    const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
    document.body.append(el);
    const problem = (await event).detail.problems[0];
    expect(problem?.code).to.equal('too-large');
    expect(problem?.message).to.contain('limit of 52428800 bytes');
    el.remove();
  });
});
