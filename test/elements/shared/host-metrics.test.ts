import { expect, fixture, html } from '@open-wc/testing';
import { hostMetrics } from '../../../src/elements/shared/host-metrics.js';
import '../../../src/elements/strength-chart/define.js';
import '../../../src/elements/hierarchy/define.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';

/** Spies on `clientWidth` reads of elements whose tag matches, calling `seen` with the element read. */
function spyWidth(seen: (el: Element) => void): () => void {
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
  Object.defineProperty(Element.prototype, 'clientWidth', {
    configurable: true,
    get(this: Element) {
      seen(this);
      return own.get!.call(this);
    },
  });
  return () => Object.defineProperty(Element.prototype, 'clientWidth', own);
}

describe('hostMetrics', () => {
  it('reads the hosts that ask in one round of microtasks together, after all have asked, with their own widths', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="font-family: serif"></div>`);
    const hosts = [200, 300, 400].map((width) => {
      const el = document.createElement('div');
      el.style.width = `${width}px`;
      page.append(el);
      return el;
    });
    const log: string[] = [];
    const restore = spyWidth((el) => hosts.includes(el as HTMLDivElement) && log.push(`read ${hosts.indexOf(el as HTMLDivElement)}`));
    try {
      // Like Lit's updates: each asks from its own microtask.
      const answers = await Promise.all(
        hosts.map((host, i) =>
          Promise.resolve().then(() => {
            log.push(`ask ${i}`);
            return hostMetrics(host);
          }),
        ),
      );
      expect(log).to.deep.equal(['ask 0', 'ask 1', 'ask 2', 'read 0', 'read 1', 'read 2']);
      expect(answers.map((a) => a.width)).to.deep.equal([200, 300, 400]);
      expect(answers[0]!.fontFamily).to.equal('serif');
    } finally {
      restore();
    }
  });

  for (const [tag, drawing] of [
    ['oob-strength-chart', 'svg.chart'],
    ['oob-hierarchy', 'svg.chart [role="treeitem"]'],
  ] as const) {
    it(`lets a page that adds many <${tag}> at once lay itself out once for all of them, not once per chart`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const drawn = () => [...page.querySelectorAll(tag)].filter((c) => c.shadowRoot?.querySelector(drawing)).length;
      let readsAfterADraw = 0;
      let reads = 0;
      const restore = spyWidth((el) => {
        if (el.localName !== tag) return;
        reads += 1;
        if (drawn() > 0) readsAfterADraw += 1;
      });
      try {
        const charts = Array.from({ length: 12 }, (_, i) => {
          const chart = document.createElement(tag) as OobStrengthChart;
          chart.style.display = 'block';
          chart.style.width = `${300 + i * 10}px`;
          chart.style.height = '300px';
          chart.data = generateOrderOfBattle({ units: 20, observations: 8, seed: i + 1 });
          page.append(chart);
          return chart;
        });
        await Promise.all(charts.map((c) => c.updateComplete));
        expect(drawn()).to.equal(12);
        expect(reads, 'each chart read its width').to.be.at.least(12);
        expect(readsAfterADraw, 'no chart read its width after another had drawn').to.equal(0);
        if (tag === 'oob-strength-chart') {
          expect(charts.map((c) => c.shadowRoot!.querySelector('svg.chart')!.getAttribute('width'))).to.deep.equal(
            charts.map((_, i) => String(300 + i * 10)),
          );
        }
      } finally {
        restore();
      }
    });
  }
});
