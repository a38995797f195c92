import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import type { OobErrorEvent } from '../../../src/events/index.js';
import '../../../src/elements/strength-chart/define.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import { emulateMediaFeatures, resetMedia } from '../../support/media.js';
import { tinyOob } from '../../fixtures/tiny-oob.js';
import { $, $$, chart, drawnBars } from './helpers.js';
import { TABLE_CHUNK } from '../../../src/elements/strength-chart/data-table.js';

async function withError(setup: (el: OobStrengthChart) => void): Promise<{ el: OobStrengthChart; detail: OobErrorEvent['detail'] }> {
  const el = document.createElement('oob-strength-chart');
  setup(el);
  const event = oneEvent(el, 'oob-error') as Promise<OobErrorEvent>;
  document.body.append(el);
  const { detail } = await event;
  await el.updateComplete;
  return { el, detail };
}

describe('<oob-strength-chart> states, table and export', () => {
  afterEach(async () => {
    await resetMedia();
    document.querySelectorAll('body > oob-strength-chart').forEach((n) => n.remove());
  });

  describe('data table', () => {
    it('has a visually hidden real table with the same numbers, ranges, qualifiers and sources', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 700px"></oob-strength-chart>`);
      const rows = $$(el, 'table:not(.events) tbody tr');
      expect(rows.map((r) => r.getAttribute('data-id'))).to.deep.equal([
        'ina-infantry-infobox',
        'ina-enlisted',
        'ina-reduced-1946',
        'ina-troops-1949',
      ]);
      const cells = [...rows[1]!.children].map((c) => c.textContent?.trim());
      expect(cells.slice(0, 6)).to.deep.equal([
        '8 Apr 1945–6 Jun 1946',
        'Personnel',
        'East Turkistan National Army (Second East Turkestan Republic)',
        '25,000–30,000',
        'range',
        'enlisted',
      ]);
      expect(cells[6]).to.equal('disputed; contradicts 50,000 strength (8 Apr 1945–22 Dec 1949)');
      expect(cells[7]).to.equal('Ili National Army, body');
      expect($(el, '.data')?.classList.contains('sr-only')).to.equal(true);
      expect($$(el, 'table.events tbody tr').length).to.be.greaterThan(5);
    });

    it('the toggle button shows and hides the table', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 700px"></oob-strength-chart>`);
      const button = $<HTMLButtonElement>(el, '[part="table-toggle"]')!;
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(el.showTable).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '.data')?.classList.contains('sr-only')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('a large hidden table fills in a section per frame, after the chart, until it lists every figure', async () => {
      const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
      // Not chart(), which waits for the table.
      const el = await fixture<OobStrengthChart>(
        html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`,
      );
      await el.updateComplete;
      const bars = drawnBars(el);
      expect(bars).to.equal(1200);
      // The rows each frame paints with: a section more each time (one table layout of all 1,200 rows
      // in one frame was about half a second at 5,000 figures).
      const seen: number[] = [];
      const busy = new Set<string | null | undefined>();
      const rows = () => $$(el, 'table:not(.events) tbody tr').length;
      await new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`the table did not fill in: ${seen.join(', ')}`)), 5000);
        const frame = () => {
          if (seen[seen.length - 1] !== rows()) seen.push(rows());
          if (rows() > 0 && rows() < bars) busy.add($(el, 'table.figures')?.getAttribute('aria-busy'));
          if (rows() === bars) {
            clearTimeout(timeout);
            resolve();
          } else requestAnimationFrame(frame);
        };
        frame();
      });
      for (let i = 1; i < seen.length; i += 1)
        expect((seen[i] as number) - (seen[i - 1] as number), `rows added in one frame: ${seen.join(', ')}`).to.be.at.most(TABLE_CHUNK);
      expect(seen[0], 'no rows in the first frame').to.equal(0);
      expect(seen.length, `steps: ${seen.join(', ')}`).to.be.greaterThan(Math.ceil(bars / TABLE_CHUNK));
      expect($$(el, 'table:not(.events) tbody').length).to.equal(Math.ceil(bars / TABLE_CHUNK));
      expect([...busy], 'busy while it fills in').to.deep.equal(['true']);
      expect($(el, 'table.figures')?.getAttribute('aria-busy'), 'then not').to.equal('false');
      expect($$(el, 'table:not(.events) tbody tr').map((r) => r.getAttribute('data-id'))).to.deep.equal(
        el
          .toCSV()
          .trim()
          .split('\r\n')
          .slice(1)
          .map((l) => l.split(',')[0]),
      );
    });
  });

  describe('data table, detached', () => {
    it('a chart given new data and removed in the same task does not fill its table until it is attached again', async () => {
      const el = document.createElement('oob-strength-chart');
      el.style.width = '700px';
      el.data = generateOrderOfBattle({ units: 100, observations: 200, seed: 4 });
      document.body.append(el);
      await el.tableComplete;
      // Its update runs after the removal.
      el.data = generateOrderOfBattle({ units: 300, observations: 600, seed: 3 });
      el.remove();
      await el.updateComplete;
      for (let i = 0; i < 6; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect($$(el, 'table.figures tbody tr').length, 'rows added while detached').to.equal(0);
      document.body.append(el);
      await el.tableComplete;
      expect($$(el, 'table.figures tbody tr').length).to.equal(drawnBars(el));
      el.remove();
    });
  });

  describe('CSV export', () => {
    it('toCSV() has a header and one row per figure shown', async () => {
      const el = await chart(html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`);
      const lines = el.toCSV().split('\r\n');
      expect(lines[0]?.startsWith('id,measure,subject,subject_name,side,side_name,date,')).to.equal(true);
      expect(lines.length - 2).to.equal($$(el, '.bar').length);
      expect(lines.find((l) => l.startsWith('tashkurgan-rebels-survived,'))).to.contain(',approximate,350,200,500,a few hundred,');
    });

    it('toCSV() guards cells that a spreadsheet would run as formulas', async () => {
      const data = structuredClone(iliNationalArmy);
      data.strength![0]!.note = '=HYPERLINK("http://evil.example","click")';
      const el = await chart(html`<oob-strength-chart .data=${data} style="width: 700px"></oob-strength-chart>`);
      expect(el.toCSV()).to.contain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    });
  });

  describe('SVG and PNG export', () => {
    it('toSVG() is a standalone SVG with inlined colours, patterns and a background', async () => {
      const el = await chart(html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`);
      const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
      expect(doc.querySelectorAll('pattern').length).to.be.greaterThan(3);
      expect(doc.querySelector('rect.solid, rect[class]')).to.equal(null);
      expect(doc.querySelectorAll('g[data-id]').length).to.be.greaterThan(5);
      expect(doc.documentElement.querySelector('title')?.textContent).to.equal('Strength over time: Personnel');
    });

    it('toPNG() renders a PNG blob', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 500px"></oob-strength-chart>`);
      const blob = await el.toPNG({ scale: 1 });
      expect(blob.type).to.equal('image/png');
      expect(blob.size).to.be.greaterThan(1000);
    });
  });

  describe('empty state', () => {
    it('says so when the filter matches nothing, and exports nothing', async () => {
      const el = await chart(html`<oob-strength-chart measure="tanks" side="kmt"></oob-strength-chart>`);
      expect($(el, '[part="empty"]')?.textContent).to.equal('No strength figures match this filter (tanks, kmt).');
      expect(await el.toSVG()).to.equal('');
      expect(el.toCSV().split('\r\n').length).to.equal(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('error states', () => {
    it('invalid data: error panel with JSON paths, oob-error, page keeps working', async () => {
      const bad = tinyOob();
      bad.strength![0]!.value = { min: 30, max: 10 };
      const { el, detail } = await withError((e) => (e.data = bad));
      expect(detail.problems.map((p) => p.path)).to.include('/strength/0/value');
      expect($(el, '.oob-error__path')?.textContent).to.equal('/strength/0/value');
      await expect(el).to.be.accessible();
      el.data = tinyOob();
      await el.updateComplete;
      await aTimeout(10);
      expect($$(el, '.bar').map((b) => b.getAttribute('data-id'))).to.deep.equal(['o2', 'o1']);
    });

    it('invalid JSON text and a failing src both show the error panel', async () => {
      const { el } = await withError((e) => e.setAttribute('data', '{"not json'));
      expect($(el, '[part="error"]')).to.exist;
      const { el: remote, detail } = await withError((e) => (e.src = '/does-not-exist.json'));
      expect(detail.origin).to.equal('src');
      expect($(remote, '[part="error"]')?.textContent).to.contain('404');
    });

    it('an invalid from/to date shows an error and fires oob-error', async () => {
      const { el, detail } = await withError((e) => e.setAttribute('from', 'yesterday'));
      expect(detail.problems[0]?.code).to.equal('invalid-date');
      expect($(el, '[part="error"]')?.textContent).to.contain('"from" attribute "yesterday"');
    });

    it('"from" after "to" is a filter problem, not a silent empty chart', async () => {
      const { el, detail } = await withError((e) => {
        e.setAttribute('from', '1949');
        e.setAttribute('to', '1945');
      });
      expect(detail.problems.map((p) => p.code)).to.deep.equal(['date-order']);
      expect($(el, '[part="error"]')?.textContent).to.contain('"from" (1949) is after "to" (1945)');
    });

    it('a measure named twice is drawn once', async () => {
      const el = await chart(
        html`<oob-strength-chart .data=${tinyOob()} side="all" measure="personnel, personnel" style="width: 700px"></oob-strength-chart>`,
      );
      const ids = $$(el, '.bar').map((b) => b.getAttribute('data-id'));
      expect(ids.length).to.be.greaterThan(0);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('negative or non-finite figures never reach the chart: the parser reports their paths', async () => {
      const negative = tinyOob();
      negative.strength![2]!.value = -48;
      const { el, detail } = await withError((e) => (e.data = negative));
      expect(detail.problems.map((p) => [p.path, p.code])).to.deep.equal([['/strength/2/value', 'negative-number']]);
      expect($$(el, '.bar').length).to.equal(0);
      const infinite = tinyOob();
      infinite.strength![2]!.value = { min: 1, max: Number.POSITIVE_INFINITY };
      const second = await withError((e) => (e.data = infinite));
      expect(second.detail.problems.map((p) => [p.path, p.code])).to.deep.equal([['/strength/2/value/max', 'non-finite-number']]);
    });
  });

  describe('log scale with zeros', () => {
    it('omits zero figures on a log scale and says so below the chart', async () => {
      const data = tinyOob();
      data.strength!.push({ id: 'o5', measure: 'personnel', subject: 'corps', date: '1902', value: 0 });
      data.strength!.push({ id: 'o6', measure: 'personnel', subject: 'corps', date: '1903', value: { min: 0, max: 500 } });
      const el = await chart(html`<oob-strength-chart .data=${data} side="all" scale="log" style="width: 700px"></oob-strength-chart>`);
      expect($$(el, '.bar').map((b) => b.getAttribute('data-id'))).not.to.include('o5');
      expect($(el, '[part="notes"]')?.textContent).to.contain('Log scale: 1 figure(s) of zero cannot be drawn');
      expect($(el, '[part="notes"]')?.textContent).to.contain('1 range(s) starting at zero are drawn from the axis');
      expect($$(el, 'table:not(.events) tbody tr').map((r) => r.getAttribute('data-id'))).to.include('o5');
    });
  });

  describe('themes and media', () => {
    it('should pass accessibility tests: default, all sides, several measures, horizontal', async function () {
      // Four axe runs over a few hundred nodes: slow on a loaded machine, not a performance test.
      this.timeout(60_000);
      for (const t of [
        html`<oob-strength-chart style="width: 700px"></oob-strength-chart>`,
        html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`,
        html`<oob-strength-chart measure="aircraft,artillery,trucks,horses" style="width: 700px"></oob-strength-chart>`,
        html`<oob-strength-chart orientation="horizontal" side="all" style="width: 700px"></oob-strength-chart>`,
      ]) {
        await expect(await chart(t)).to.be.accessible();
      }
    });

    it('should pass accessibility tests in dark mode, and uses the dark side colours', async () => {
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      const el = await chart(html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`);
      expect(getComputedStyle($(el, '.bar.side-0 rect.solid')!).fill).to.equal('rgb(88, 166, 255)');
      await expect(el).to.be.accessible();
    });

    it('under forced colours, bars use system colours and sides keep their patterns', async () => {
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const el = await chart(html`<oob-strength-chart side="all" style="width: 700px"></oob-strength-chart>`);
      const solid = getComputedStyle($(el, '.bar.side-1 rect.solid')!).fill;
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      expect(solid).to.equal(getComputedStyle(probe).color);
      probe.remove();
      expect($(el, '.bar.side-1 rect.overlay')?.getAttribute('fill')).to.match(/-side-1\)$/);
    });

    it('under reduced motion, bars do not transition', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const el = await chart(html`<oob-strength-chart style="width: 600px"></oob-strength-chart>`);
      expect(
        getComputedStyle($(el, 'rect.solid')!)
          .transitionDuration.split(',')
          .every((d) => d.trim() === '0s'),
      ).to.equal(true);
    });

    it('custom properties restyle the bars', async () => {
      const el = await chart(
        html`<oob-strength-chart style="width: 600px; --oob-bar-fill: rgb(1, 2, 3); --oob-range-fill: rgb(4, 5, 6)"></oob-strength-chart>`,
      );
      expect(getComputedStyle($(el, 'rect.solid')!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'rect.extension')!).fill).to.equal('rgb(4, 5, 6)');
    });
  });
});
