/**
 * Static pages, loaded the way a site serves them: the markup is in the HTML and the scripts come
 * in every order a page author may write. Each page is an iframe whose `srcdoc` holds the markup and
 * the `<script>` tags (the entry modules the bundle is built from), with a small dataset of the
 * test's own (test/embedding/pages/northmarch.json): a chart that falls back to the built-in army,
 * or ignores the provider's date, fails.
 */
import { expect } from '@open-wc/testing';
import { chartsState, linkedMarkup, openPage, removeFrames, settle, until } from './pages.js';
import type { ChartState } from './pages.js';

const DATA = '/test/embedding/pages/northmarch.json';
const all = `<script type="module" src="/src/all.ts"></script>`;
const entry = (name: string, extra = '') => `<script type="module"${extra} src="/src/elements/${name}/define.ts"></script>`;

/** Every chart drew the test's dataset, at the provider's date, and nothing else. */
function expectNorthmarch(states: readonly ChartState[]): void {
  expect(states.map((s) => s.tag)).to.deep.equal(['oob-timeline', 'oob-hierarchy', 'oob-strength-chart', 'oob-rank-table']);
  for (const s of states) {
    expect(s.loading, `${s.tag} still loading`).to.equal(false);
    expect(s.builtIn, `${s.tag} drew the built-in army`).to.equal(false);
  }
  const [timeline, hierarchy, strength, ranks] = states as [ChartState, ChartState, ChartState, ChartState];
  // The provider's date (1815-05-20) reached the charts: the muster is the timeline's event, and
  // the horse squadron (formed 1815-06-10) is not in the hierarchy yet.
  expect(timeline.text).to.contain('Northmarch muster');
  expect(hierarchy.text).to.contain('Northmarch Rifles');
  expect(hierarchy.text).to.not.contain('Northmarch Horse');
  expect(strength.text).to.contain('Northmarch Brigade');
  expect(ranks.text).to.contain('Marchwarden');
}

async function expectPage(head: string, body: string): Promise<void> {
  const frame = await openPage(head, body);
  const states = await until(() => {
    const s = chartsState(frame);
    return s.length === 4 && s.every((c) => !c.loading) ? s : undefined;
  });
  await settle(frame);
  expectNorthmarch(chartsState(frame));
}

describe('static pages: charts in the HTML follow their <oob-dataset> in every load order', () => {
  afterEach(removeFrames);

  const markup = linkedMarkup(`src="${DATA}" date="1815-05-20"`);

  it('bundle entry at the end of the body', () => expectPage('', markup + all));
  it('bundle entry in the head (module scripts are deferred)', () => expectPage(all, markup));
  it('bundle entry in the head with defer', () => expectPage(`<script type="module" defer src="/src/all.ts"></script>`, markup));
  it('bundle entry in the head with async', () => expectPage(`<script type="module" async src="/src/all.ts"></script>`, markup));
  it('dataset as inline `data` JSON instead of `src`', async () => {
    const json = await (await fetch(DATA)).text();
    const escaped = json.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    await expectPage(all, linkedMarkup(`data="${escaped}" date="1815-05-20"`));
  });

  it('entries one by one, charts before the provider', () =>
    expectPage(entry('hierarchy') + entry('strength-chart') + entry('rank-table') + entry('timeline') + entry('dataset'), markup));
  it('entries one by one, provider first, each async', () =>
    expectPage(
      entry('dataset', ' async') +
        entry('timeline', ' async') +
        entry('rank-table', ' async') +
        entry('strength-chart', ' async') +
        entry('hierarchy', ' async'),
      markup,
    ));

  it('charts rendered before the provider is defined wait for it instead of drawing the built-in army', async () => {
    const script = `<script type="module">
      await import('/src/elements/hierarchy/define.ts');
      await import('/src/elements/strength-chart/define.ts');
      await import('/src/elements/rank-table/define.ts');
      await import('/src/elements/timeline/define.ts');
      await new Promise((r) => setTimeout(r, 300));
      window.beforeProvider = [...document.querySelectorAll('oob-dataset > *')].map((el) => el.shadowRoot?.textContent ?? '').join(' ');
      await import('/src/elements/dataset/define.ts');
    </script>`;
    const frame = await openPage('', markup + script);
    await until(() => typeof (frame.contentWindow as Window & { beforeProvider?: string }).beforeProvider === 'string' || undefined);
    const before = (frame.contentWindow as Window & { beforeProvider?: string }).beforeProvider ?? '';
    expect(before).to.contain('Loading');
    expect(before).to.not.contain('Ili');
    await until(() => chartsState(frame).every((c) => !c.loading) || undefined);
    await settle(frame);
    expectNorthmarch(chartsState(frame));
  });

  it('a chart whose <oob-dataset> is never defined says so after its timeout instead of loading for good', async () => {
    const frame = await openPage(
      entry('hierarchy'),
      `<oob-dataset src="${DATA}"><oob-hierarchy timeout="300"></oob-hierarchy></oob-dataset>`,
    );
    await until(() => chartsState(frame)[0]?.loading || undefined);
    const state = await until(() => chartsState(frame).find((c) => c.error));
    expect(state.text).to.contain('<oob-dataset>, which is not defined');
    expect(state.builtIn).to.equal(false);
  });

  it('markup parsed after the definitions ran (document.write after the bundle)', async () => {
    const frame = await openPage(all, '');
    await until(() => frame.contentWindow?.customElements.get('oob-dataset') ?? undefined);
    const doc = frame.contentDocument as Document;
    doc.open();
    doc.write(`<!doctype html><html><body>${markup}</body></html>`);
    doc.close();
    await until(() => {
      const s = chartsState(frame);
      return s.length === 4 && s.every((c) => !c.loading) ? s : undefined;
    });
    await settle(frame);
    expectNorthmarch(chartsState(frame));
  });
});

describe('static pages: providers that come, go and move', () => {
  afterEach(removeFrames);

  const bare = `<div class="charts"><oob-timeline></oob-timeline><oob-hierarchy></oob-hierarchy>
    <oob-strength-chart></oob-strength-chart><oob-rank-table></oob-rank-table></div>`;

  it('a provider added around charts that are already drawn', async () => {
    const frame = await openPage(all, bare);
    await until(() => (chartsState(frame).length === 4 && chartsState(frame).every((c) => !c.loading && c.builtIn)) || undefined);
    const doc = frame.contentDocument as Document;
    const provider = doc.createElement('oob-dataset');
    provider.setAttribute('src', DATA);
    provider.setAttribute('date', '1815-05-20');
    const charts = doc.querySelector('.charts') as Element;
    charts.before(provider);
    provider.append(charts);
    await until(() => chartsState(frame).every((c) => !c.loading && !c.builtIn) || undefined);
    await settle(frame);
    expectNorthmarch(chartsState(frame));
  });

  it('a provider defined after its charts were moved into it', async () => {
    // The provider's element is in the page, undefined; the charts are defined and moved into it.
    const frame = await openPage(
      entry('hierarchy') + entry('strength-chart') + entry('rank-table') + entry('timeline'),
      `<oob-dataset src="${DATA}" date="1815-05-20"></oob-dataset>${bare}`,
    );
    await until(() => (chartsState(frame).length === 4 && chartsState(frame).every((c) => !c.loading)) || undefined);
    const doc = frame.contentDocument as Document;
    doc.querySelector('oob-dataset')?.append(doc.querySelector('.charts') as Element);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/elements/dataset/define.ts';
    doc.head.append(script);
    await until(() => chartsState(frame).every((c) => !c.loading && !c.builtIn) || undefined);
    await settle(frame);
    expectNorthmarch(chartsState(frame));
  });

  it('charts moved out of a provider, into a nested one, and the nested one unwrapped', async () => {
    const json = await (await fetch(DATA)).text();
    const frame = await openPage(
      all,
      `<oob-dataset id="outer" src="${DATA}" date="1815-05-20">
      <oob-dataset id="inner"></oob-dataset>${bare}</oob-dataset>`,
    );
    const doc = frame.contentDocument as Document;
    await until(() => (chartsState(frame).length === 4 && chartsState(frame).every((c) => !c.loading && !c.builtIn)) || undefined);
    const inner = doc.getElementById('inner') as HTMLElement & { data: string };
    inner.data = json.replaceAll('Northmarch', 'Eastwold').replaceAll('Marchwarden', 'Woldwarden');
    const charts = doc.querySelector('.charts') as Element;
    // Into the nested provider: its own dataset (and no date: the latest state, horse included).
    inner.append(charts);
    await until(() => chartsState(frame).every((c) => c.text.includes('Eastwold') || c.text.includes('Woldwarden')) || undefined);
    await settle(frame);
    const nested = chartsState(frame);
    expect(nested.some((c) => c.text.includes('Northmarch'))).to.equal(false);
    expect(nested.find((c) => c.tag === 'oob-hierarchy')?.text).to.contain('Eastwold Horse');
    // Unwrapped: the charts stay in the outer provider and follow it again.
    inner.replaceWith(...inner.childNodes);
    await until(() => chartsState(frame).every((c) => !c.loading && !c.text.includes('Eastwold')) || undefined);
    await settle(frame);
    expectNorthmarch(chartsState(frame));
    // Out of every provider: the built-in dataset, not a stale copy of the provider's.
    doc.body.append(charts);
    (doc.getElementById('outer') as Element).remove();
    await until(() => chartsState(frame).every((c) => !c.loading && c.builtIn) || undefined);
    expect(chartsState(frame).some((c) => c.text.includes('Northmarch'))).to.equal(false);
  });
});

describe('static pages: one list of problems, where the data came in', () => {
  afterEach(removeFrames);

  it('the provider lists the problems once; each chart inside points to it', async () => {
    const bad =
      '{&quot;schemaVersion&quot;:&quot;1.0&quot;,&quot;meta&quot;:{&quot;title&quot;:&quot;x&quot;},&quot;sources&quot;:[],&quot;sides&quot;:[],&quot;units&quot;:[{&quot;id&quot;:&quot;a&quot;}]}';
    const frame = await openPage(all, linkedMarkup(`data="${bad}"`));
    const doc = frame.contentDocument as Document;
    await until(() => (chartsState(frame).length === 4 && chartsState(frame).every((c) => c.error)) || undefined);
    await settle(frame);
    const provider = doc.querySelector('oob-dataset') as Element;
    const listed = provider.shadowRoot?.querySelectorAll('[part~="error"] li').length ?? 0;
    expect(listed).to.be.greaterThan(0);
    for (const chart of doc.querySelectorAll('oob-dataset > *')) {
      const error = chart.shadowRoot?.querySelector('[part~="error"]');
      expect(error?.querySelectorAll('li').length, chart.localName).to.equal(0);
      expect(error?.textContent, chart.localName).to.contain('listed above');
    }
  });
});
