import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/dataset/define.js';
import { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import type { OobSelectEvent } from '../../../src/events/index.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import { $, $$, chart, pathRects, record, tabInto } from './helpers.js';

/**
 * A crowded chart draws its bars as paths with one focusable bar. These tests draw the built-in
 * figures that way too (the limit lowered to 0), so each can be checked against the same chart
 * drawn with an element per bar.
 */
const tooltip = (el: OobStrengthChart) => $<HTMLElement>(el, '[part="tooltip"]')!;
const focused = (el: OobStrengthChart) => el.shadowRoot!.activeElement;
const key = (b: { x: number; y: number; width: number; height: number }) =>
  [b.x, b.y, b.width, b.height].map((n) => (Math.round(n * 100) / 100).toFixed(2)).join(' ');

describe('oob-strength-chart drawing its bars as paths', () => {
  const limit = OobStrengthChart.maxBarElements;
  beforeEach(() => {
    OobStrengthChart.maxBarElements = 0;
  });
  afterEach(() => {
    OobStrengthChart.maxBarElements = limit;
  });

  async function both(template: (tag: string) => ReturnType<typeof html>) {
    const paths = await chart(template('paths'));
    OobStrengthChart.maxBarElements = limit;
    const elements = await chart(template('elements'));
    OobStrengthChart.maxBarElements = 0;
    return { paths, elements };
  }

  it('draws the same rectangles, in the same side styles and looks, as one element per bar', async () => {
    const { paths, elements } = await both(
      () => html`<oob-strength-chart side="all" measure="all" style="width: 800px"></oob-strength-chart>`,
    );
    const fromElements = (selector: string) =>
      $$(elements, `.bar${selector} rect.solid`)
        .map((r) =>
          key({ x: +r.getAttribute('x')!, y: +r.getAttribute('y')!, width: +r.getAttribute('width')!, height: +r.getAttribute('height')! }),
        )
        .sort();
    const fromPaths = (selector: string) =>
      $$(paths, `.series${selector} > .solid`)
        .flatMap((p) => pathRects(p.getAttribute('d')).map(key))
        .sort();
    for (const look of ['.side-0', '.side-1', '.approximate', ':not(.approximate)']) {
      expect(fromPaths(look), look).to.deep.equal(fromElements(look));
    }
    expect(fromPaths('').length).to.equal(elements.bars.length);
    // Ranges: extensions with their hatch and a cap each; sides after the first keep their pattern.
    const extensions = $$(paths, '.series .range > .extension').flatMap((p) => pathRects(p.getAttribute('d')));
    expect(extensions.map(key).sort()).to.deep.equal(
      $$(elements, '.bar rect.extension')
        .map((r) =>
          key({ x: +r.getAttribute('x')!, y: +r.getAttribute('y')!, width: +r.getAttribute('width')!, height: +r.getAttribute('height')! }),
        )
        .sort(),
    );
    expect($$(paths, '.series.side-1 > .overlay')[0]?.getAttribute('fill')).to.match(/-side-1\)$/);
    // The same texts: marks and labels (a label names its bar for tests and styles).
    const texts = (el: OobStrengthChart) =>
      $$(el, '.bar-label, .marks')
        .map((t) => t.textContent?.trim())
        .sort();
    expect(texts(paths)).to.deep.equal(texts(elements));
    expect($(paths, '.bar-label')?.getAttribute('data-for')).to.be.a('string');
    // The same colours and outline styles.
    const look = (el: OobStrengthChart, selector: string) => {
      const style = getComputedStyle($(el, selector)!);
      return [style.fill, style.stroke, style.strokeDasharray];
    };
    expect(look(paths, '.series.side-0:not(.approximate) > .solid')).to.deep.equal(
      look(elements, '.bar.side-0:not(.approximate) rect.solid'),
    );
    expect(look(paths, '.series.approximate > .solid')).to.deep.equal(look(elements, '.bar.approximate rect.solid'));
  });

  for (const orientation of ['vertical', 'horizontal']) {
    it(`sets each mark and label where the layout placed it, as lines of one text (${orientation} bars)`, async () => {
      const { paths, elements } = await both(
        () => html`<oob-strength-chart side="all" measure="all" orientation=${orientation} style="width: 800px"></oob-strength-chart>`,
      );
      // Where a text is drawn, from the corner of its chart (the two charts are on the page one above the other).
      const place = (el: OobStrengthChart, t: Element) => {
        const frame = $(el, 'svg.chart')!.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return [r.left - frame.left, r.top - frame.top, r.width, r.height];
      };
      expect($$(paths, 'svg.chart text.bar-texts')).to.have.length($$(paths, '.panel').length);
      const lines = $$(paths, '.bar-texts > .bar-label, .bar-texts > .marks');
      expect(lines.length).to.equal($$(elements, '.bar text.bar-label, .bar text.marks').length);
      // A label of several lines keeps its lines (value, then detail); after horizontal bars a label is one line.
      if (orientation === 'vertical') expect($$(paths, '.bar-texts > .bar-label > .detail').length).to.be.greaterThan(0);
      for (const line of lines) {
        const kind = line.classList.contains('marks') ? 'text.marks' : 'text.bar-label';
        const own = $(elements, `.bar[data-id="${line.getAttribute('data-for')}"] ${kind}`)!;
        const [x, y, width, height] = place(elements, own);
        const at = place(paths, line);
        // Centred, start- or end-anchored alike: the same box, to a fraction of a pixel.
        expect(at[0], line.textContent ?? '').to.be.closeTo(x!, 0.5);
        expect(at[1], line.textContent ?? '').to.be.closeTo(y!, 0.5);
        expect(at[2], line.textContent ?? '').to.be.closeTo(width!, 0.5);
        expect(at[3], line.textContent ?? '').to.be.closeTo(height!, 0.5);
      }
    });
  }

  it('a chart small enough to animate moves its bar paths to a new scale; a crowded one does not', async () => {
    const el = await chart(html`<oob-strength-chart side="all" style="width: 800px"></oob-strength-chart>`);
    const solid = $<SVGPathElement>(el, '.series > .solid')!;
    expect(getComputedStyle(solid).transitionProperty).to.contain('d');
    el.scale = 'log';
    await el.updateComplete;
    // The browser writes the path back in its own spacing.
    const compact = (d: string | null) => (d ?? '').replace(/\s/g, '').replace(/Z/g, 'z');
    expect(compact(solid.style.getPropertyValue('d'))).to.equal(compact(`path("${solid.getAttribute('d')}")`));
    OobStrengthChart.maxBarElements = limit;
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const big = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    big.scale = 'log';
    await big.updateComplete;
    const path = $<SVGPathElement>(big, '.series > .solid')!;
    expect(path.style.getPropertyValue('d')).to.equal('');
    expect(getComputedStyle(path).transitionProperty).to.equal('none');
  });

  it('shows the tooltip of the bar under the pointer and selects it on click', async () => {
    const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
    const events = record<OobSelectEvent>(el, 'oob-select');
    const index = el.bars.findIndex((b) => b.id === 'ina-reduced-1946');
    const bar = el.bars[index]!.shape.solid;
    const svg = $<SVGSVGElement>(el, 'svg.chart')!;
    const at = new DOMPoint(bar.x + bar.width / 2, bar.y + bar.height / 2).matrixTransform(svg.getScreenCTM()!);
    const position = [Math.round(at.x), Math.round(at.y)] as [number, number];
    await sendMouse({ type: 'move', position });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).textContent).to.contain('11,000–12,000');
    await sendMouse({ type: 'click', position });
    expect(events.map((e) => e.detail.id)).to.deep.equal(['ina-reduced-1946']);
    // Off the bars, the tooltip goes.
    await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round(svg.getBoundingClientRect().bottom - 2)] });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [1, 1] });
  });

  it('has one focusable bar, named like the bar it is on; arrow keys move it and focus follows', async () => {
    const { paths, elements } = await both(() => html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
    const el = paths;
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    const before = await tabInto(el);
    const names = $$(elements, '.bar').map((b) => b.getAttribute('aria-label'));
    const seen: (string | null | undefined)[] = [];
    for (let i = 0; i < names.length; i += 1) {
      const bar = focused(el);
      expect(bar?.classList.contains('cursor'), `bar ${i} focused`).to.equal(true);
      expect(bar?.getAttribute('role')).to.equal('img');
      expect(bar?.getAttribute('aria-describedby')).to.equal(tooltip(el).id);
      seen.push(bar?.getAttribute('aria-label'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect(seen).to.deep.equal(names);
    // The outline shows where the keyboard is: around the bar it names.
    const ring = focused(el)!.querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).strokeWidth).to.equal('3px');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-index')).to.equal('0');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(el);
    before.remove();
    await expect(el).to.be.accessible();
  });

  it('keeps the focus in the chart when the data or the scale change under the focused bar, drawn either way', async () => {
    for (const max of [0, limit]) {
      OobStrengthChart.maxBarElements = max;
      const el = await chart(html`<oob-strength-chart side="all" style="width: 800px"></oob-strength-chart>`);
      el.focusBar(3);
      await el.updateComplete;
      const bar = focused(el);
      expect(bar?.getAttribute('data-index'), `${max}: focused`).to.equal('3');
      el.scale = 'log';
      await el.updateComplete;
      expect(focused(el), `${max}: the same bar keeps the focus over a scale switch`).to.equal(bar);
      // A filter that leaves none of the focused figures: focus goes to the first bar, not to the page.
      el.measure = 'tanks';
      await el.updateComplete;
      expect(focused(el)?.closest('.bar'), `${max}: a bar has the focus`).to.exist;
      expect(focused(el)?.getAttribute('data-index')).to.equal('0');
      expect(document.activeElement).to.equal(el);
    }
  });

  it('outlines the figures of a unit selected in a linked view', async () => {
    const provider = await fixture<OobDataset>(
      html`<oob-dataset><oob-strength-chart measure="personnel" style="width: 800px"></oob-strength-chart></oob-dataset>`,
    );
    const el = provider.querySelector('oob-strength-chart') as OobStrengthChart;
    await waitUntil(() => el.bars.length > 0, 'no bars');
    expect($(el, '.linked-outline')).to.equal(null);
    const unit = iliNationalArmy.units[0]!;
    provider.select({ kind: 'unit', id: unit.id, unit });
    await waitUntil(() => $(el, '.linked-outline'), 'nothing linked');
    const outlined = pathRects($(el, '.linked-outline')!.getAttribute('d')).length;
    expect(outlined).to.equal(4);
    provider.select(undefined);
    await waitUntil(() => !$(el, '.linked-outline'), 'link not cleared');
  });

  it('a generated army of 1,200 figures: hover, keys and export work without an element per bar', async () => {
    OobStrengthChart.maxBarElements = limit;
    const data = generateOrderOfBattle({ units: 300, observations: 1200, seed: 3 });
    const el = await chart(html`<oob-strength-chart .data=${data} measure="all" side="all" style="width: 700px"></oob-strength-chart>`);
    const svg = $<SVGSVGElement>(el, 'svg.chart')!;
    expect(svg.querySelectorAll('*').length, 'elements in the chart, not per bar').to.be.lessThan(600);
    // Every 97th bar, hovered at its middle, is the one the tooltip describes.
    for (let i = 0; i < el.bars.length; i += 97) {
      const b = el.bars[i]!.shape.solid;
      if (b.height < 2) continue;
      // The chart is taller than the window: bring the bar into view.
      window.scrollTo(0, 0);
      window.scrollTo(0, svg.getBoundingClientRect().top + b.y - 200);
      const at = new DOMPoint(b.x + b.width / 2, b.y + b.height / 2).matrixTransform(svg.getScreenCTM()!);
      // Away first: the last tooltip may lie over this bar.
      await sendMouse({ type: 'move', position: [1, 1] });
      await el.updateComplete;
      await sendMouse({ type: 'move', position: [Math.round(at.x), Math.round(at.y)] });
      await el.updateComplete;
      expect(tooltip(el).textContent, `bar ${i}`).to.contain(el.bars[i]!.point.subjectName);
    }
    await sendMouse({ type: 'move', position: [1, 1] });
    el.focusBar(5);
    await el.updateComplete;
    expect(focused(el)?.getAttribute('data-id')).to.equal(el.bars[5]!.id);
    const svgText = await el.toSVG();
    const exported = [...svgText.matchAll(/<path d="([^"]+)"/g)].reduce((n, m) => Math.max(n, pathRects(m[1] ?? '').length), 0);
    expect(exported, 'the most bars in one exported path').to.be.greaterThan(100);
  });
});
