import { expect, html, waitUntil } from '@open-wc/testing';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { $, $$, chart, num, yOf } from './helpers.js';

describe('<oob-strength-chart> drawing', () => {
  describe('by default (personnel of the National Army)', () => {
    it('draws one bar per personnel figure of the perspective side, in time order', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      expect($$(el, '.bar').map((b) => b.getAttribute('data-id'))).to.deep.equal([
        'ina-infantry-infobox',
        'ina-enlisted',
        'ina-reduced-1946',
        'ina-troops-1949',
      ]);
      expect($(el, 'svg.chart')?.getAttribute('width')).to.equal('800');
    });

    it('puts the ends of exact and range bars at the pixels of their values', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      const panel = $(el, '.panel')!;
      const bar = (id: string) => $(el, `.bar[data-id="${id}"]`)!;
      const baseline = yOf(panel, 0);
      // Exact: one solid bar from the baseline to 50,000.
      const exact = bar('ina-infantry-infobox').querySelector('rect.solid')!;
      expect(num(exact, 'y')).to.be.closeTo(yOf(panel, 50000), 0.02);
      expect(num(exact, 'y') + num(exact, 'height')).to.be.closeTo(baseline, 0.02);
      expect(bar('ina-infantry-infobox').querySelector('.extension')).to.equal(null);
      // Range: solid to the minimum, hatched extension from minimum to maximum, cap at the maximum.
      const range = bar('ina-enlisted');
      expect(num(range.querySelector('rect.solid'), 'y')).to.be.closeTo(yOf(panel, 25000), 0.02);
      expect(num(range.querySelector('rect.extension'), 'y')).to.be.closeTo(yOf(panel, 30000), 0.02);
      expect(num(range.querySelector('rect.extension'), 'y') + num(range.querySelector('rect.extension'), 'height')).to.be.closeTo(
        yOf(panel, 25000),
        0.02,
      );
      expect(num(range.querySelector('line.cap'), 'y1')).to.be.closeTo(yOf(panel, 30000), 0.02);
      expect(range.querySelector('rect.overlay')?.getAttribute('fill')).to.match(/^url\(#oob-strength-\d+-hatch-0\)$/);
    });

    it('draws the disputed pair side by side, both flagged "disputed", never merged', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      const [a, b] = ['ina-infantry-infobox', 'ina-enlisted'].map((id) => $(el, `.bar[data-id="${id}"]`)!);
      expect(a!.classList.contains('disputed') && b!.classList.contains('disputed')).to.equal(true);
      const ra = a!.querySelector('rect.solid')!;
      const rb = b!.querySelector('rect.solid')!;
      expect(num(rb, 'x') - (num(ra, 'x') + num(ra, 'width'))).to.be.within(0, 2);
      expect(a!.querySelector('.marks')?.textContent).to.contain('≠');
      expect(b!.querySelector('.marks')?.textContent).to.contain('≠');
      expect(a!.querySelector('.bar-label')?.textContent).to.contain('disputed');
      expect(b!.getAttribute('aria-label')).to.contain('disputed');
    });

    it('marks approximate figures with "~" and a dashed outline class', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      const bar = $(el, '.bar[data-id="ina-troops-1949"]')!;
      expect(bar.classList.contains('approximate')).to.equal(true);
      expect(bar.querySelector('.marks')?.textContent?.trim()).to.equal('~');
      expect(getComputedStyle(bar.querySelector('rect.solid')!).strokeDasharray).to.equal('3px, 2px');
    });

    it('draws event rules at their dates on the time scale (proportional spacing)', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      expect($(el, '.time-axis')?.getAttribute('data-kind')).to.equal('time');
      const x = (id: string) => num($(el, `.rule[data-id="${id}"] line`), 'x1');
      const t = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
      const perMs = (x('incorporation-into-pla') - x('peace-agreement')) / (t('1949-12-22') - t('1946-06-06'));
      expect(x('deng-liqun-arrives') - x('peace-agreement')).to.be.closeTo(perMs * (t('1949-08-17') - t('1946-06-06')), 0.05);
      // The agreement of 6 June 1946 is on the bar of the reduction it ordered.
      const reduced = $(el, '.bar[data-id="ina-reduced-1946"] rect.solid')!;
      expect(x('peace-agreement')).to.be.closeTo(num(reduced, 'x') + num(reduced, 'width') / 2, 0.05);
      expect($(el, '.rule[data-id="incorporation-into-pla"] title')?.textContent).to.equal(
        'Incorporated into the PLA as the Xinjiang 5th Army Corps (22 Dec 1949)',
      );
    });

    it('labels dates at their precision and never lets tick labels overlap', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 420px" time-scale="band"></oob-strength-chart>`);
      const labels = $$<SVGTextElement>(el, '.time-axis text');
      expect(labels.map((l) => l.textContent)).to.include('18 Aug 1949');
      const boxes = labels.map((l) => l.getBBox());
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.x).to.be.at.least(boxes[i - 1]!.x + boxes[i - 1]!.width);
    });
  });

  describe('with several sides and measures', () => {
    it('groups bars by side with a legend, and patterns (not only colour) per side', async () => {
      const el = await chart(html`<oob-strength-chart side="all" style="width: 900px"></oob-strength-chart>`);
      const legend = $$(el, '.legend-item').map((i) => i.getAttribute('data-key'));
      expect(legend.slice(0, 3)).to.deep.equal(['side-0', 'side-1', 'side-4']);
      const kmt = $(el, '.bar[data-id="kmt-sent-1946-1947"]')!;
      expect(kmt.classList.contains('side-1')).to.equal(true);
      expect(kmt.querySelector('rect.overlay')?.getAttribute('fill')).to.match(/-side-1\)$/);
      expect($(el, '.bar[data-id="ina-enlisted"] rect.overlay[fill*="-side-"]')).to.equal(null);
      expect($(el, '.bar[data-id="kmt-divisions-1945-09"] .marks')?.textContent).to.contain('[?]');
    });

    it('defines the patterns of the sides it shows, and only those', async () => {
      const three = await chart(html`<oob-strength-chart side="all" style="width: 900px"></oob-strength-chart>`);
      const ids = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('defs pattern')].map((p) => p.id.replace(/^oob-strength-\d+-/, '')).sort();
      expect(ids(three)).to.deep.equal(['hatch-0', 'hatch-1', 'hatch-2', 'side-1', 'side-2']);
      // Every pattern a bar or a legend swatch points to is defined.
      const used = [...three.shadowRoot!.querySelectorAll('[fill^="url(#"]')].map(
        (e) => /#oob-strength-\d+-([^)]+)\)/.exec(e.getAttribute('fill')!)![1],
      );
      expect(used.every((id) => ids(three).includes(id!))).to.equal(true);
      const one = await chart(html`<oob-strength-chart style="width: 900px"></oob-strength-chart>`);
      expect(ids(one)).to.deep.equal(['hatch-0']);
    });

    it('draws one panel per measure sharing the time axis', async () => {
      const el = await chart(
        html`<oob-strength-chart measure="aircraft, artillery, trucks, horses" style="width: 800px"></oob-strength-chart>`,
      );
      expect($$(el, '.panel').map((p) => p.getAttribute('data-measure'))).to.deep.equal(['aircraft', 'artillery', 'trucks', 'horses']);
      expect($$(el, '.panel-title').map((p) => p.textContent)).to.deep.equal(['Aircraft', 'Artillery', 'Trucks', 'Horses']);
      const x = (id: string) => num($(el, `.bar[data-id="${id}"] rect.solid`), 'x');
      expect(x('ina-trucks-1949')).to.equal(x('ina-horses-1949'));
      expect($$(el, '.time-axis').length).to.equal(1);
    });

    it('subject, from and to narrow the figures', async () => {
      const el = await chart(
        html`<oob-strength-chart measure="aircraft" subject="aviation" from="1945-06" to="1946" style="width: 600px"></oob-strength-chart>`,
      );
      expect($$(el, '.bar').map((b) => b.getAttribute('data-id'))).to.deep.equal(['aircraft-captured-1945-09']);
    });

    it('orientation="horizontal" grows bars rightwards from one baseline per panel', async () => {
      const el = await chart(html`<oob-strength-chart orientation="horizontal" style="width: 800px"></oob-strength-chart>`);
      const xs = $$(el, '.bar rect.solid').map((r) => num(r, 'x'));
      expect(new Set(xs).size).to.equal(1);
      expect(num($(el, '.bar[data-id="ina-infantry-infobox"] rect.solid'), 'width')).to.be.greaterThan(
        num($(el, '.bar[data-id="ina-reduced-1946"] rect.solid'), 'width'),
      );
    });

    it('scale="log" spans powers of ten and keeps bar order of size', async () => {
      const el = await chart(html`<oob-strength-chart scale="log" side="all" style="width: 800px"></oob-strength-chart>`);
      const values = $$(el, '.panel line.grid').map((l) => Number(l.getAttribute('data-value')));
      expect(values).to.deep.equal([100, 1000, 10000, 100000]);
      const h = (id: string) => num($(el, `.bar[data-id="${id}"] rect.solid`), 'height');
      expect(h('kmt-sent-1946-1947')).to.be.greaterThan(h('ina-reduced-1946'));
    });
  });

  describe('responsiveness and motion', () => {
    it('follows the host width through ResizeObserver', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 500px"></oob-strength-chart>`);
      expect($(el, 'svg.chart')?.getAttribute('width')).to.equal('500');
      el.style.width = '700px';
      // Hidden pages (the runner's background tabs) get no ResizeObserver callbacks until shown;
      // there, stand in for the observer's update request.
      if (document.visibilityState === 'hidden') el.requestUpdate();
      // ResizeObserver fires with the next rendering opportunity, which background tabs delay.
      await waitUntil(() => $(el, 'svg.chart')?.getAttribute('width') === '700', 'the chart did not follow the new width', {
        timeout: 3000,
      });
    });

    it('keys bars by id so a data change transitions them (CSS geometry)', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 600px"></oob-strength-chart>`);
      const before = $(el, '.bar[data-id="ina-reduced-1946"]');
      el.scale = 'log';
      await el.updateComplete;
      expect($(el, '.bar[data-id="ina-reduced-1946"]')).to.equal(before);
      expect(getComputedStyle(before!.querySelector('rect.solid')!).transitionProperty).to.contain('height');
    });

    it('renders names with markup as text', async () => {
      const data = structuredClone(iliNationalArmy);
      data.strength![0]!.subjectLabel = '<img src=x onerror=alert(1)>';
      const el = await chart(html`<oob-strength-chart .data=${data} style="width: 600px"></oob-strength-chart>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect($(el, 'table')?.textContent).to.contain('<img src=x onerror=alert(1)>');
    });
  });
});
