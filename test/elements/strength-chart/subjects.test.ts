import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dataset/define.js';
import type { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import type { OrderOfBattle } from '../../../src/data/types.js';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { illustrativeArmy } from './fixtures.js';
import { $, $$, chart } from './helpers.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';

const army = illustrativeArmy();
/** More figures than a chart draws as elements (200): its bars are paths, its marks and labels lines of one text per panel. */
const crowded = generateOrderOfBattle({ units: 200, observations: 600, seed: 7 });
const unitName = new Map(army.units.map((u) => [u.id, u.name]));

const box = (el: Element) => el.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const visible = (el: Element) => box(el).width > 0 && box(el).height > 0;

/** Every drawn text of the chart (not inside <title>); a crowded chart's marks and labels are lines of one text, each its own. */
function texts(el: OobStrengthChart): Element[] {
  return $$(el, 'svg.chart text:not(.bar-texts), svg.chart .bar-texts > tspan').filter((t) => t.textContent?.trim() && !t.closest('title'));
}

/** What a bar shows of its unit without hovering: its row's name, its label, and its key's legend entry. */
function shownName(el: OobStrengthChart, bar: Element): string {
  const subject = bar.getAttribute('data-subject') ?? '';
  const row = $$(el, '.row-label').find((r) => r.getAttribute('data-subject') === subject && r.closest('.panel') === bar.closest('.panel'));
  const name = row?.querySelector('.name');
  const label = bar.querySelector('.bar-label');
  const key = bar.querySelector('text.marks')?.textContent?.split(' ')[0];
  const entry = $$(el, '.legend.subjects .legend-item').find((item) => item.querySelector('.subject-key')?.textContent === key);
  return [name, label, entry]
    .filter((e): e is Element => !!e && visible(e))
    .map((e) => e.textContent ?? '')
    .join(' | ');
}

describe('<oob-strength-chart> names every bar and unit', () => {
  const some = 'army corps-1 corps-2 corps-3 corps-4 division-1 division-2 regiment-1 regiment-2';
  for (const [view, group, subject, width] of [
    ['by unit (auto), 1100 px', 'auto', '', 1100],
    ['by unit (auto), 320 px', 'auto', '', 320],
    ['over time, 9 units, 1100 px', 'time', some, 1100],
    ['over time, 9 units, 600 px', 'time', some, 600],
  ] as const) {
    it(`${view}: every bar has an accessible name with its unit's name and shows that name, or a key in the legend`, async () => {
      const el = await chart(
        html`<oob-strength-chart .data=${army} measure="all" group=${group} subject=${subject} style=${`width: ${width}px`}></oob-strength-chart>`,
      );
      const bars = $$(el, '.bar');
      const ids = new Set(subject.split(' '));
      expect(bars.length).to.equal(army.strength!.filter((o) => !subject || ids.has(o.subject)).length);
      for (const bar of bars) {
        const name = unitName.get(bar.getAttribute('data-subject') ?? '')!;
        expect(bar.getAttribute('aria-label')).to.contain(name);
        expect(shownName(el, bar), `bar ${bar.getAttribute('data-id')}`).to.contain(name);
      }
    });
  }

  it('over time, more units at one date than keys can tell apart: says so under the chart instead of drawing a jumble', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} measure="all" group="time" style="width: 1100px"></oob-strength-chart>`);
    expect($(el, '.notes')?.textContent).to.contain('41 units share these dates');
    expect($$(el, '.bar').every((b) => b.getAttribute('aria-label')?.includes(unitName.get(b.getAttribute('data-subject')!)!))).to.equal(
      true,
    );
  });

  it('auto picks the by-unit view for many units at a few dates: one row per unit, in hierarchy order, indented by depth', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} measure="horses" style="width: 900px"></oob-strength-chart>`);
    expect(el.getAttribute('group')).to.equal('auto');
    const rows = $$(el, '.row-label');
    expect(rows.map((r) => r.getAttribute('data-subject'))).to.deep.equal(
      army.units.filter((u) => u.echelon === 'regiment').map((u) => u.id),
    );
    const personnel = await chart(
      html`<oob-strength-chart .data=${army} measure="personnel" scale="linear" style="width: 900px"></oob-strength-chart>`,
    );
    const named = $$(personnel, '.row-label');
    expect(named.map((r) => r.getAttribute('data-subject')).slice(0, 3)).to.deep.equal(['army', 'corps-1', 'division-1']);
    const x = (id: string) => box(named.find((r) => r.getAttribute('data-subject') === id)!.querySelector('text')!).left;
    expect(x('corps-1')).to.be.greaterThan(x('army'));
    expect(x('division-1')).to.be.greaterThan(x('corps-1'));
    expect(x('regiment-1')).to.be.greaterThan(x('division-1'));
  });

  it('date picks the snapshot: the latest figure at or before it per unit, with its own date where it differs', async () => {
    const el = await chart(
      html`<oob-strength-chart .data=${army} measure="personnel" group="subject" date="1815-06-18" style="width: 900px"></oob-strength-chart>`,
    );
    expect($$(el, '.bar').length).to.equal(41);
    expect($(el, '.caption')?.textContent).to.contain('18 Jun 1815');
    const corps = $(el, '.bar[data-subject="corps-1"] .bar-label')!.textContent!;
    expect(corps).to.contain('Jun 1815');
    expect($(el, '.bar[data-subject="regiment-1"] .bar-label')!.textContent).not.to.contain('Jun 1815');
    el.date = '1815-06-01';
    await el.updateComplete;
    // The regiments' figures are of 18 June: none of them is at or before 1 June.
    expect(
      $$(el, '.bar')
        .map((b) => b.getAttribute('data-subject'))
        .some((s) => s?.startsWith('regiment')),
    ).to.equal(false);
    expect($$(el, '.bar').length).to.equal(17);
  });

  it('a date that cannot be read shows the error panel and fires one oob-error', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} group="subject" style="width: 700px"></oob-strength-chart>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('oob-error', (e) => errors.push(e as CustomEvent));
    el.date = 'June 1815';
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect((errors[0]!.detail as { problems: { message: string }[] }).problems[0]!.message).to.contain('"date" attribute');
    expect($(el, '[part="error"]')).to.not.equal(null);
    expect($$(el, '.bar')).to.have.length(0);
  });

  it("an unreadable own date inside an <oob-dataset> that has a date is still an error, not the provider's date", async () => {
    const provider = await fixture<OobDataset>(
      html`<oob-dataset .data=${army} date="1815-06-18"><oob-strength-chart group="subject" date="June 1815" style="width: 700px"></oob-strength-chart></oob-dataset>`,
    );
    const el = provider.querySelector('oob-strength-chart') as OobStrengthChart;
    await waitUntil(() => $(el, '[part="error"]') !== null, 'no error panel');
    expect($(el, '[part="error"]')!.textContent).to.contain('June 1815');
    expect($$(el, '.bar')).to.have.length(0);
  });

  it('subject takes several units and children-of:ID; echelon takes one level', async () => {
    const el = await chart(
      html`<oob-strength-chart .data=${army} subject="corps-1 corps-3" group="subject" style="width: 700px"></oob-strength-chart>`,
    );
    expect($$(el, '.bar').map((b) => b.getAttribute('data-subject'))).to.deep.equal(['corps-1', 'corps-3']);
    el.subject = 'children-of:corps-2';
    await el.updateComplete;
    expect($$(el, '.bar').map((b) => b.getAttribute('data-subject'))).to.deep.equal(['division-4', 'division-5', 'division-6']);
    el.subject = '';
    el.echelon = 'regiment';
    await el.updateComplete;
    expect($$(el, '.bar').length).to.equal(24);
    expect($$(el, '.row-label .echelon').every((m) => m.textContent === 'III')).to.equal(true);
  });

  it('children-of works on the built-in dataset', async () => {
    const el = await chart(
      html`<oob-strength-chart subject="children-of:ina" measure="all" group="subject" style="width: 700px"></oob-strength-chart>`,
    );
    const parent = (id: string) => iliNationalArmy.units.find((u) => u.id === id)?.parent;
    const subjects = $$(el, '.bar').map((b) => b.getAttribute('data-subject')!);
    expect(subjects.length).to.be.greaterThan(0);
    for (const s of subjects) expect(parent(s)).to.equal('ina');
  });

  it('the scale rule: a measure whose figures differ > 20x gets one panel per echelon with its own scale, said in its title', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} measure="personnel" style="width: 900px"></oob-strength-chart>`);
    const panels = $$(el, '.panel[data-measure="personnel"]');
    expect(panels.length).to.equal(4);
    for (const panel of panels) expect(panel.querySelector('.panel-title')?.textContent).to.contain('own scale');
    const top = (panel: Element) => Math.max(...[...panel.querySelectorAll('line.grid')].map((g) => Number(g.getAttribute('data-value'))));
    // Like with like: the regiments' axis ends near their 540 men, not at the army's 107,000.
    expect(top(panels[3]!)).to.be.below(1000);
    expect(top(panels[0]!)).to.be.at.least(100_000);
  });

  it('the scale rule: when one echelon alone differs > 20x, the measure goes on a log scale, said in its title', async () => {
    const data: OrderOfBattle = {
      ...army,
      strength: army.strength!.map((o) => (o.subject === 'regiment-1' && o.measure === 'personnel' ? { ...o, value: 12 } : o)),
    };
    const el = await chart(html`<oob-strength-chart .data=${data} measure="personnel" style="width: 900px"></oob-strength-chart>`);
    const panels = $$(el, '.panel[data-measure="personnel"]');
    expect(panels.length).to.equal(1);
    expect(panels[0]!.querySelector('.panel-title')?.textContent).to.contain('log scale');
    const values = $$(el, 'line.grid').map((g) => Number(g.getAttribute('data-value')));
    for (const v of values) expect(Math.log10(v) % 1, `${v}`).to.be.closeTo(0, 1e-9);
    el.scale = 'linear';
    await el.updateComplete;
    expect($$(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['Personnel']);
  });

  it('a 1815-06 figure spans its month on a time scale (a bracket from 1 June to 30 June)', async () => {
    const el = await chart(
      html`<oob-strength-chart .data=${army} measure="personnel" subject="army corps-1 regiment-1" group="time" time-scale="time" style="width: 1000px"></oob-strength-chart>`,
    );
    const ticks = $$(el, '.time-axis line').map((l) => Number(l.getAttribute('x1')));
    const labels = $$(el, '.time-axis .tick-label').map((t) => [Date.parse(`${t.textContent} UTC`), Number(t.getAttribute('x'))] as const);
    expect(ticks.length).to.be.greaterThan(1);
    // Pixels per millisecond from two labelled ticks: independent of the layout code.
    const [[t0, x0], [t1, x1]] = [labels[0]!, labels[labels.length - 1]!];
    const xOf = (t: number) => x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
    const bracket = $(el, '.date-span[data-slot="1815-06"]')!;
    const b = (bracket as SVGGraphicsElement).getBBox();
    expect(b.x).to.be.closeTo(xOf(Date.UTC(1815, 5, 1)), 2);
    expect(b.x + b.width).to.be.closeTo(xOf(Date.UTC(1815, 6, 1)), 2);
    expect($(el, '.date-span[data-slot="1815-06-18"]')).to.equal(null);
  });
});

describe('<oob-strength-chart> by unit: keyboard, table, CSV, links, theming', () => {
  it('arrow keys step through the units in hierarchy order, with the tooltip naming each', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} measure="personnel" style="width: 900px"></oob-strength-chart>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-subject');
    expect(focused()).to.equal('army');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused()).to.equal('corps-1');
    expect($(el, '.tooltip')!.textContent).to.contain('I Corps');
    before.remove();
  });

  it('the table and the CSV hold exactly the figures drawn; the chart passes axe', async function () {
    this.timeout(60_000);
    const el = await chart(
      html`<oob-strength-chart .data=${army} measure="all" date="1815-06-18" style="width: 900px"></oob-strength-chart>`,
    );
    await waitUntil(() => $$(el, 'table:not(.events) tbody tr').length === $$(el, '.bar').length, 'table incomplete');
    const drawn = $$(el, '.bar')
      .map((b) => b.getAttribute('data-id'))
      .sort();
    expect(
      $$(el, 'table:not(.events) tbody tr')
        .map((r) => r.getAttribute('data-id'))
        .sort(),
    ).to.deep.equal(drawn);
    const csv = el.toCSV().trim().split('\r\n');
    expect(
      csv
        .slice(1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).to.deep.equal(drawn);
    await expect(el).to.be.accessible();
  });

  it('marks the bar of a unit selected in an enclosing <oob-dataset>', async () => {
    const provider = await fixture<OobDataset>(
      html`<oob-dataset .data=${army}><oob-strength-chart measure="personnel"></oob-strength-chart></oob-dataset>`,
    );
    const el = provider.querySelector('oob-strength-chart') as OobStrengthChart;
    await waitUntil(() => $$(el, '.bar').length > 0, 'no bars');
    const unit = army.units.find((u) => u.id === 'corps-2')!;
    provider.select({ kind: 'unit', id: unit.id, unit });
    await waitUntil(() => $$(el, '.bar[data-linked]').length > 0, 'nothing linked');
    expect($$(el, '.bar[data-linked]').map((b) => b.getAttribute('data-subject'))).to.include('corps-2');
  });

  it('row names and the caption follow the theme tokens', async () => {
    const el = await chart(html`<oob-strength-chart .data=${army} measure="personnel" style="width: 900px"></oob-strength-chart>`);
    el.style.setProperty('--oob-text-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--oob-muted-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle($(el, '.row-label .name')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.row-label .echelon')!).fill).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle($(el, '.caption')!).fill).to.equal('rgb(4, 5, 6)');
  });
});

describe('<oob-strength-chart> legibility at 320-1100 px', () => {
  const cases: [string, () => ReturnType<typeof html>][] = [
    ['the illustrative army (auto: by unit)', () => html`<oob-strength-chart .data=${army} measure="all"></oob-strength-chart>`],
    [
      'the built-in dataset over time, all sides and measures',
      () => html`<oob-strength-chart measure="all" side="all"></oob-strength-chart>`,
    ],
    ['the built-in personnel story (event labels)', () => html`<oob-strength-chart side="all"></oob-strength-chart>`],
    [
      'a crowded chart, its bars drawn as paths (600 figures)',
      () => html`<oob-strength-chart .data=${crowded} measure="all" side="all"></oob-strength-chart>`,
    ],
  ];
  for (const [name, template] of cases) {
    for (const width of [320, 600, 1100]) {
      it(`${name} at ${width} px: text >= 11 px on screen, none overlapping, none cut`, async () => {
        const el = await chart(html`<div style=${`width: ${width}px`}>${template()}</div>`).then(
          (div) => div.querySelector('oob-strength-chart') as OobStrengthChart,
        );
        await el.updateComplete;
        const svg = $(el, 'svg.chart') as SVGSVGElement;
        const frame = box(svg);
        expect(frame.width).to.be.at.most(width + 0.5);
        const all = texts(el);
        expect(all.length).to.be.greaterThan(3);
        for (const t of all) {
          const size = parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM()?.a ?? 1);
          expect(size, t.textContent ?? '').to.be.at.least(11);
          const r = box(t);
          expect(r.left, t.textContent ?? '').to.be.at.least(frame.left - 0.5);
          expect(r.right, t.textContent ?? '').to.be.at.most(frame.right + 0.5);
          // Up and down too: nothing is cut at the top or bottom either.
          expect(r.top, t.textContent ?? '').to.be.at.least(frame.top - 0.5);
          expect(r.bottom, t.textContent ?? '').to.be.at.most(frame.bottom + 0.5);
        }
        const boxes = all.map((t) => [t, box(t)] as const);
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const [a, ra] = boxes[i]!;
            const [b, rb] = boxes[j]!;
            expect(overlap(ra, rb), `"${a.textContent}" overlaps "${b.textContent}"`).to.equal(false);
          }
        }
      });
    }
  }
});
