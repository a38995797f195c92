import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/dataset/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OrderOfBattle } from '../../../src/data/types.js';
import type { OobErrorEvent, OobSelectDetail } from '../../../src/events/index.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';
import { OobTestProbe } from './probe.js';

const XSS = '<img src=x onerror="window.__xss = true">';

function text(el: Element, selector: string): string {
  return el.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';
}

async function settled(...els: Element[]): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await Promise.all(els.map((el) => (el as OobDataset | OobTestProbe).updateComplete));
  }
}

function unitSelection(id: string): OobSelectDetail {
  const unit = tinyOob().units.find((u) => u.id === id);
  if (!unit) throw new Error(id);
  return { kind: 'unit', id, unit };
}

describe('<oob-dataset>', () => {
  describe('when it wraps charts without data of their own', () => {
    it('should share one parsed dataset with all of them', async () => {
      // Arrange
      const data = JSON.stringify(tinyOob());
      const el = await fixture<OobDataset>(
        html`<oob-dataset .data=${data}><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>`,
      );
      const [a, b] = [...el.querySelectorAll('oob-test-probe')] as OobTestProbe[];
      await settled(el, a as OobTestProbe, b as OobTestProbe);
      // Assert: a JSON string is parsed once, by the provider; both charts hold that very Dataset.
      expect(a?.parsedDataset).to.not.equal(undefined);
      expect(a?.parsedDataset).to.equal(b?.parsedDataset);
      expect(el.shared?.result?.ok && el.shared.result.dataset).to.equal(a?.parsedDataset);
      expect(text(a as Element, '.title')).to.equal('Test corps');
    });

    it('should fetch `src` once and show loading in the charts meanwhile', async () => {
      // Arrange: a fetch the test releases by hand, counting calls.
      const realFetch = window.fetch;
      let calls = 0;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        calls += 1;
        await gate;
        return realFetch(...args);
      };
      const url = URL.createObjectURL(new Blob([JSON.stringify(tinyOob())], { type: 'application/json' }));
      try {
        const el = await fixture<OobDataset>(
          html`<oob-dataset src=${url}><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>`,
        );
        const probes = [...el.querySelectorAll('oob-test-probe')];
        await settled(el, ...probes);
        expect(probes.map((p) => p.shadowRoot?.querySelector('[part="loading"]') !== null)).to.deep.equal([true, true]);
        // Act
        release();
        await aTimeout(50);
        await settled(el, ...probes);
        // Assert
        expect(calls).to.equal(1);
        expect(probes.map((p) => text(p, '.title'))).to.deep.equal(['Test corps', 'Test corps']);
      } finally {
        window.fetch = realFetch;
        URL.revokeObjectURL(url);
      }
    });

    it('should default to the built-in Ili National Army dataset', async () => {
      const el = await fixture<OobDataset>(html`<oob-dataset><oob-test-probe></oob-test-probe></oob-dataset>`);
      const probe = el.querySelector('oob-test-probe') as OobTestProbe;
      await settled(el, probe);
      expect(text(probe, '.title')).to.contain('Ili National Army');
    });
  });

  describe('when the date moves', () => {
    it('should give the charts the date set on the provider, without an event', async () => {
      // Arrange
      const events: string[] = [];
      const wrap = await fixture(html`<div @oob-date-change=${(e: CustomEvent<{ date: string }>) => events.push(e.detail.date)}>
        <oob-dataset date="1901"><oob-test-probe></oob-test-probe></oob-dataset>
      </div>`);
      const el = wrap.querySelector('oob-dataset') as OobDataset;
      const probe = el.querySelector('oob-test-probe') as OobTestProbe;
      await settled(el, probe);
      expect(text(probe, '.date')).to.equal('1901');
      // Act
      el.date = '1902-03';
      await settled(el, probe);
      // Assert
      expect(text(probe, '.date')).to.equal('1902-03');
      expect(events).to.deep.equal([]);
    });

    it('should move every chart and fire oob-date-change once when a chart calls setDate', async () => {
      // Arrange
      const el = await fixture<OobDataset>(
        html`<oob-dataset .data=${tinyOob()}><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>`,
      );
      const probes = [...el.querySelectorAll('oob-test-probe')] as OobTestProbe[];
      await settled(el, ...probes);
      const seen: string[] = [];
      el.addEventListener('oob-date-change', (e) => seen.push(e.detail.date));
      // Act
      const event = oneEvent(el, 'oob-date-change');
      probes[0]?.provided?.setDate('1901-05-02');
      const { detail } = await event;
      probes[0]?.provided?.setDate('1901-05-02');
      await settled(el, ...probes);
      // Assert
      expect(detail).to.deep.equal({ date: '1901-05-02' });
      expect(seen).to.deep.equal(['1901-05-02']);
      expect(el.date).to.equal('1901-05-02');
      expect(probes.map((p) => text(p, '.date'))).to.deep.equal(['1901-05-02', '1901-05-02']);
    });

    it('should ignore a date it cannot read', async () => {
      const el = await fixture<OobDataset>(
        html`<oob-dataset .data=${tinyOob()} date="next tuesday"><oob-test-probe></oob-test-probe></oob-dataset>`,
      );
      const probe = el.querySelector('oob-test-probe') as OobTestProbe;
      await settled(el, probe);
      expect(el.shared?.date).to.equal(undefined);
      el.shared?.setDate('1945-02-30');
      await settled(el, probe);
      expect(el.date).to.equal('next tuesday');
      expect(text(probe, '.date')).to.equal('');
    });
  });

  describe('when a chart inside selects something', () => {
    it('should share the selection from the bubbling oob-select with every chart', async () => {
      // Arrange
      const el = await fixture<OobDataset>(
        html`<oob-dataset .data=${tinyOob()}><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>`,
      );
      const [a, b] = [...el.querySelectorAll('oob-test-probe')] as OobTestProbe[];
      await settled(el, a as OobTestProbe, b as OobTestProbe);
      const before = el.shared;
      // Act
      a?.pick(unitSelection('div2'));
      await settled(el, a as OobTestProbe, b as OobTestProbe);
      // Assert
      expect(el.selection?.id).to.equal('div2');
      expect(el.shared).to.not.equal(before);
      expect(b?.provided?.selection?.id).to.equal('div2');
      expect([text(a as Element, '.selection'), text(b as Element, '.selection')]).to.deep.equal(['div2', 'div2']);
    });

    it('should clear the selection through the context', async () => {
      const el = await fixture<OobDataset>(html`<oob-dataset .data=${tinyOob()}><oob-test-probe></oob-test-probe></oob-dataset>`);
      const probe = el.querySelector('oob-test-probe') as OobTestProbe;
      await settled(el, probe);
      probe.provided?.select(unitSelection('bde'));
      await settled(el, probe);
      expect(text(probe, '.selection')).to.equal('bde');
      probe.provided?.select(undefined);
      await settled(el, probe);
      expect(text(probe, '.selection')).to.equal('');
    });
  });

  describe('when the data is invalid', () => {
    it('should fire oob-error once with paths and show the problems above the charts', async () => {
      // Arrange
      const bad: OrderOfBattle = { ...tinyOob(), units: [{ id: 'u', name: 'U', echelon: 'corps', parent: 'nowhere' }] };
      const errors: OobErrorEvent[] = [];
      const wrap = await fixture(html`<div @oob-error=${(e: OobErrorEvent) => errors.push(e)}>
        <oob-dataset .data=${bad}><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>
      </div>`);
      const el = wrap.querySelector('oob-dataset') as OobDataset;
      const probes = [...el.querySelectorAll('oob-test-probe')];
      await settled(el, ...probes);
      await aTimeout(0);
      // Assert
      expect(errors.length).to.equal(1);
      expect(errors[0]?.target).to.equal(el);
      expect(errors[0]?.detail.origin).to.equal('data');
      expect(errors[0]?.detail.problems.map((p) => p.path)).to.include('/units/0/parent');
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('/units/0/parent');
      expect(probes.every((p) => p.shadowRoot?.querySelector('[part="error"]'))).to.equal(true);
    });

    it('should report a failed fetch with origin src', async () => {
      const event = new Promise<OobErrorEvent>((resolve) => document.addEventListener('oob-error', (e) => resolve(e), { once: true }));
      await fixture<OobDataset>(html`<oob-dataset src="/no/such/file.json"><oob-test-probe></oob-test-probe></oob-dataset>`);
      const { detail } = await event;
      expect(detail.origin).to.equal('src');
      expect(detail.problems[0]?.code).to.equal('fetch-failed');
    });

    it('should pass accessibility tests', async () => {
      const el = await fixture<OobDataset>(html`<oob-dataset data="{not json"><oob-test-probe></oob-test-probe></oob-dataset>`);
      await settled(el, el.querySelector('oob-test-probe') as Element);
      expect(el.shadowRoot?.querySelector('[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when charts stand outside it or bring their own data', () => {
    it('should leave a chart outside alone and let a chart inside keep its own data', async () => {
      // Arrange
      const wrap = await fixture(html`<div>
        <oob-test-probe id="outside"></oob-test-probe>
        <oob-dataset .data=${tinyOob()} date="1901">
          <oob-test-probe id="shared"></oob-test-probe>
          <oob-test-probe id="own" .data=${{ ...tinyOob(), meta: { title: 'Own data', defaultLang: 'en' } }}></oob-test-probe>
        </oob-dataset>
      </div>`);
      const [outside, shared, own] = ['#outside', '#shared', '#own'].map((s) => wrap.querySelector(s) as OobTestProbe) as [
        OobTestProbe,
        OobTestProbe,
        OobTestProbe,
      ];
      const el = wrap.querySelector('oob-dataset') as OobDataset;
      await settled(el, outside, shared, own);
      el.select(unitSelection('div1'));
      await settled(el, outside, shared, own);
      // Assert
      expect(outside.provided).to.equal(undefined);
      expect([text(outside, '.title'), text(outside, '.date'), text(outside, '.selection')]).to.deep.equal([
        'East Turkistan National Army (Ili National Army), 1945–1949',
        '',
        '',
      ]);
      expect([text(shared, '.title'), text(shared, '.date'), text(shared, '.selection')]).to.deep.equal(['Test corps', '1901', 'div1']);
      expect([text(own, '.title'), text(own, '.date'), text(own, '.selection')]).to.deep.equal(['Own data', '1901', '']);
    });
  });

  describe('when names contain markup', () => {
    it('should render them as text', async () => {
      const data: OrderOfBattle = {
        ...tinyOob(),
        meta: { title: XSS, defaultLang: 'en' },
        units: [...tinyOob().units, { id: 'x', name: 'X', echelon: 'corps', parent: XSS }],
      };
      const el = await fixture<OobDataset>(
        html`<oob-dataset .data=${{ ...data, units: tinyOob().units }}><oob-test-probe></oob-test-probe></oob-dataset>`,
      );
      const probe = el.querySelector('oob-test-probe') as OobTestProbe;
      await settled(el, probe);
      expect(text(probe, '.title')).to.equal(XSS);
      el.data = data;
      await settled(el, probe);
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('<img');
      expect(el.shadowRoot?.querySelector('img')).to.equal(null);
      expect(probe.shadowRoot?.querySelector('img')).to.equal(null);
      // onerror would fire asynchronously, after the image fails to load: give it time.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
    });
  });

  it('should not restyle the page content it wraps', async () => {
    const wrap = await fixture(html`<div style="color: rgb(1, 2, 3); font-family: monospace">
      <oob-dataset theme="dark"><p>page text</p></oob-dataset>
    </div>`);
    const el = wrap.querySelector('oob-dataset') as OobDataset;
    const p = wrap.querySelector('p') as HTMLElement;
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(p).fontFamily).to.equal('monospace');
  });

  it('should pass accessibility tests', async () => {
    const el = await fixture<OobDataset>(html`<oob-dataset><oob-test-probe></oob-test-probe></oob-dataset>`);
    await settled(el, el.querySelector('oob-test-probe') as Element);
    await expect(el).to.be.accessible();
  });
});

describe('one input-and-linking layer for the provider and the charts', () => {
  it('should declare data, src, timeout, lang, strings and theme once, in the shared base of both', async () => {
    const { OobElement } = await import('../../../src/elements/shared/oob-element.js');
    const { OobDataElement } = await import('../../../src/elements/shared/oob-data-element.js');
    const { OobDataset } = await import('../../../src/elements/dataset/oob-dataset.js');
    for (const cls of [OobDataset, OobDataElement]) {
      expect(Object.getPrototypeOf(cls) === OobElement || Object.getPrototypeOf(Object.getPrototypeOf(cls)) === OobElement).to.equal(true);
    }
    for (const name of ['data', 'src', 'timeout', 'lang', 'strings', 'theme']) {
      expect(OobElement.elementProperties.has(name), name).to.equal(true);
      expect(Object.hasOwn(OobDataset.prototype, name), `OobDataset re-declares ${name}`).to.equal(false);
      expect(Object.hasOwn(OobDataElement.prototype, name), `OobDataElement re-declares ${name}`).to.equal(false);
    }
  });

  it('should receive a chart selection once: charts only emit oob-select, the provider listens', async () => {
    const { OobHierarchy } = await import('../../../src/elements/hierarchy/oob-hierarchy.js');
    if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);
    const el = await fixture<OobDataset>(
      html`<oob-dataset .data=${tinyOob()}><oob-hierarchy style="height: 300px"></oob-hierarchy></oob-dataset>`,
    );
    const chart = el.querySelector('oob-hierarchy') as HTMLElement & { updateComplete: Promise<boolean> };
    await settled(el, chart);
    // Count both channels: the context's select() and the provider's oob-select listener.
    let calls = 0;
    const shared = el.shared as NonNullable<OobDataset['shared']>;
    const viaListener = el.select;
    el.select = (s) => ((calls += 1), viaListener(s));
    el.shared = { ...shared, select: (s) => ((calls += 1), shared.select(s)) };
    await settled(el, chart);
    const node = chart.shadowRoot?.querySelector<SVGGElement>('.node[data-id="div1"]');
    node?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(el, chart);
    expect(el.selection?.id).to.equal('div1');
    expect(calls).to.equal(1);
  });

  it("should resolve a chart's date once per update: own readable date, else the provider's; an unreadable own date is reported", async () => {
    const el = await fixture<OobDataset>(
      html`<oob-dataset .data=${tinyOob()} date="1901-06"><oob-test-probe></oob-test-probe></oob-dataset>`,
    );
    const probe = el.querySelector('oob-test-probe') as OobTestProbe;
    await settled(el, probe);
    expect(probe.resolved.asOf.text).to.equal('1901-06');
    expect(probe.resolved.asOf.parsed?.precision).to.equal('month');
    probe.date = '1902-03-15';
    await settled(el, probe);
    expect(probe.resolved.asOf.text).to.equal('1902-03-15');
    const first = probe.resolved.asOf;
    probe.requestUpdate();
    await settled(el, probe);
    expect(probe.resolved.asOf, 'an update that changes no date keeps the parsed date').to.equal(first);
    probe.date = 'next tuesday';
    await settled(el, probe);
    expect(probe.resolved.asOf).to.deep.include({ text: '1901-06', unreadable: 'next tuesday' });
  });

  it('should compute what a shared selection links to once, in the base, for every chart drawing that dataset', async () => {
    const el = await fixture<OobDataset>(
      html`<oob-dataset .data=${tinyOob()} date="1901"><oob-test-probe></oob-test-probe><oob-test-probe></oob-test-probe></oob-dataset>`,
    );
    const [a, b] = [...el.querySelectorAll('oob-test-probe')] as [OobTestProbe, OobTestProbe];
    await settled(el, a, b);
    el.select(unitSelection('corps'));
    await settled(el, a, b);
    expect([...a.resolved.linked.ranks]).to.deep.equal(['gen']);
    expect([...a.resolved.linked.observations].sort()).to.deep.equal(['o1', 'o2']);
    const linked = a.resolved.linked;
    el.date = '1901';
    el.requestUpdate();
    await settled(el, a, b);
    expect(a.resolved.linked, 'unchanged inputs reuse the result').to.equal(linked);
    el.date = '1903';
    await settled(el, a, b);
    expect([...a.resolved.linked.ranks], 'the commander left at the end of 1901').to.deep.equal([]);
  });
});
