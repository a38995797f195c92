import { expect, html } from '@open-wc/testing';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import type { OrderOfBattle, Unit } from '../../../src/data/types.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { $, $$, mini, mount, text, transformOf } from './helpers.js';

/**
 * Issue 10's first-paint rules, measured on screen: every text of the chart (unit names,
 * commanders, the expand/collapse badges) at 11 CSS px or more (computed font size times the
 * screen scale of its element), no two of them overlapping, none cut by the drawing area, and no
 * link crossing a text.
 */

/** An army with a corps of 3 divisions, a lone cavalry brigade and a division of 9 battalions, each with a commander. */
function ragged(): OrderOfBattle {
  const units: (Partial<Unit> & { id: string })[] = [
    { id: 'army', name: '1st Shock Army of the Northern Front', echelon: 'army' },
    { id: 'corps', parent: 'army', name: 'II Mountain Rifle Corps', echelon: 'corps' },
    ...[1, 2, 3].map((n) => ({
      id: `div${n}`,
      parent: 'corps',
      name: `${n}${['st', 'nd', 'rd'][n - 1]} Mountain Rifle Division`,
      echelon: 'division' as const,
    })),
    { id: 'cav', parent: 'army', name: 'Independent Cavalry Brigade "Ala-Too"', echelon: 'brigade', arm: 'cavalry' },
    { id: 'div9', parent: 'army', name: '9th Rifle Division', echelon: 'division' },
    ...Array.from({ length: 9 }, (_, i) => ({
      id: `bn${i + 1}`,
      parent: 'div9',
      name: `${i + 1}th Rifle Battalion`,
      echelon: 'battalion' as const,
    })),
  ];
  const people = units.map((u, i) => ({
    id: `p-${u.id}`,
    name: ['Aleksandr Vasilyevich Gorbatov-Smirnov', 'Ivan Petrov', 'Nurlan Abdrakhmanov'][i % 3] as string,
  }));
  const roles = units.map((u) => ({ id: `r-${u.id}`, person: `p-${u.id}`, type: 'commander' as const, unit: u.id }));
  return mini(units, { people, roles });
}

const DATASETS: [string, () => OrderOfBattle | undefined][] = [
  ['the built-in dataset', () => undefined],
  ['a ragged army (corps of 3 divisions, lone brigade, division of 9 battalions)', ragged],
  ['an unbalanced generated OOB of 60 units', () => generateOrderOfBattle({ units: 60, seed: 3, shape: 'unbalanced' })],
  ['an unbalanced generated OOB of 500 units', () => generateOrderOfBattle({ units: 500, seed: 11, shape: 'unbalanced' })],
];
const WIDTHS = [320, 550, 800, 1100];

interface Label {
  what: string;
  box: DOMRect;
  px: number;
}

/** Every text drawn in the chart, with its box and its size on screen. */
function labels(el: OobHierarchy): Label[] {
  return $$(el, '.node .label, .node .commander, .node-old-name .old-name, .node .badge text').map((t) => {
    const text = t as SVGTextElement;
    const ctm = text.getScreenCTM();
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const owner = text.closest('.node, .node-old-name') as SVGElement;
    const id = owner.dataset.id ?? owner.dataset.for;
    return {
      what: `${id} ${text.getAttribute('class') ?? 'badge'} "${text.textContent?.trim()}"`,
      box: text.getBoundingClientRect(),
      px: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
    };
  });
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;
const inside = (a: DOMRect, outer: DOMRect) =>
  a.left >= outer.left - 0.5 && a.right <= outer.right + 0.5 && a.top >= outer.top - 0.5 && a.bottom <= outer.bottom + 0.5;

/** Asserts issue 10's rules on what `el` draws now. */
function expectLegible(el: OobHierarchy): void {
  const all = labels(el);
  expect(all.filter((l) => l.what.includes('label')).length, 'names drawn').to.be.greaterThan(0);
  const small = all.filter((l) => l.px < 11 - 1e-6).map((l) => `${l.what}: ${l.px.toFixed(2)} px`);
  expect(small, 'texts under 11 px').to.deep.equal([]);
  const clashes: string[] = [];
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1)
      if (overlap((all[i] as Label).box, (all[j] as Label).box)) clashes.push(`${all[i]?.what} × ${all[j]?.what}`);
  }
  expect(clashes, 'overlapping texts').to.deep.equal([]);
  const area = ($(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(inside(area, host)).to.equal(true);
  expect(
    all.filter((l) => !inside(l.box, area)).map((l) => l.what),
    'texts cut by the drawing area',
  ).to.deep.equal([]);
  // Links never run through a text: sample each path every 3 px. Compare mode's links to old superiors run between
  // symbol centres under the nodes: only where no opaque node box hides them do they count.
  const crossed: string[] = [];
  const covers = $$(el, '.node-box')
    .filter((r) => getComputedStyle(r).fill !== 'rgba(0, 0, 0, 0)' && getComputedStyle(r).fill !== 'none')
    .map((r) => r.getBoundingClientRect());
  for (const path of $$(el, '.links .link') as SVGPathElement[]) {
    const length = path.getTotalLength();
    const ctm = path.getScreenCTM() as DOMMatrix;
    const old = path.classList.contains('old-link');
    for (let at = 0; at <= length; at += 3) {
      const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(ctm);
      if (old && covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom)) continue;
      const hit = all.find((l) => p.x > l.box.left + 0.5 && p.x < l.box.right - 0.5 && p.y > l.box.top + 0.5 && p.y < l.box.bottom - 0.5);
      if (hit) {
        crossed.push(hit.what);
        break;
      }
    }
  }
  expect(crossed, 'texts crossed by links').to.deep.equal([]);
}

/** Compare mode: no change mark overlaps a text, and none is cut by the drawing area. */
function expectMarksClear(el: OobHierarchy): void {
  const texts = labels(el);
  const area = ($(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
  const bad: string[] = [];
  for (const mark of $$(el, '.node .mark')) {
    const box = mark.getBoundingClientRect();
    const what = `${(mark.closest('.node') as SVGElement).dataset.id} mark ${(mark as SVGElement).dataset.kind}`;
    const hit = texts.find((l) => overlap(box, l.box));
    if (hit) bad.push(`${what} × ${hit.what}`);
    if (!inside(box, area)) bad.push(`${what} cut`);
  }
  expect(bad, 'marks over texts or cut').to.deep.equal([]);
}

/** The legend's items: inside the legend row (nothing cut), at 11 px or more, apart from each other. */
function expectLegendWhole(el: OobHierarchy): void {
  const legend = $(el, '.legend') as HTMLElement;
  const box = legend.getBoundingClientRect();
  const items = $$(el, '.legend .legend-item');
  expect(items.length).to.be.greaterThan(0);
  for (const item of items) {
    const span = item.lastElementChild as HTMLElement;
    expect(inside(item.getBoundingClientRect(), box), `${text(item)} inside the legend`).to.equal(true);
    expect(Number.parseFloat(getComputedStyle(span).fontSize), text(item)).to.be.at.least(11);
  }
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1)
      expect(overlap((items[i] as Element).getBoundingClientRect(), (items[j] as Element).getBoundingClientRect())).to.equal(false);
  }
  const area = ($(el, 'svg.chart') as SVGSVGElement).getBoundingClientRect();
  expect(box.top, 'the legend is below the drawing').to.be.at.least(area.bottom - 0.5);
  expect(box.bottom, 'the legend is inside the chart').to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
}

describe('<oob-hierarchy> legibility at first paint', () => {
  for (const [name, data] of DATASETS) {
    describe(name, () => {
      for (const width of WIDTHS) {
        it(`at ${width} px wide: texts >= 11 px on screen, none overlapping, none cut, no link across a text`, async () => {
          const el = await mount(html`<oob-hierarchy .data=${data()} style=${`width:${width}px;height:480px`}></oob-hierarchy>`);
          expectLegible(el);
        });
      }
    });
  }

  // Compare mode adds marks beside the symbols, old names under the new ones, dashed links to old superiors and a legend row.
  const COMPARED: [string, () => OrderOfBattle | undefined, string, string][] = [
    ['the built-in dataset, April 1945 against December 1949', () => undefined, '1945-04', '1949-12'],
    [
      'a generated OOB of 60 units, mid-1941 against 1945',
      () => generateOrderOfBattle({ units: 60, seed: 3, shape: 'unbalanced' }),
      '1941-06',
      '1945-12',
    ],
    [
      'a generated OOB of 500 units, mid-1940 against 1945',
      () => generateOrderOfBattle({ units: 500, seed: 11, shape: 'unbalanced' }),
      '1940-06',
      '1945-12',
    ],
  ];
  for (const [name, data, from, to] of COMPARED) {
    describe(`compare mode: ${name}`, () => {
      for (const width of WIDTHS) {
        it(`at ${width} px wide: the same rules, marks clear of every text, the legend whole and readable`, async () => {
          const el = await mount(
            html`<oob-hierarchy .data=${data()} date=${to} compare=${from} style=${`width:${width}px;height:480px`}></oob-hierarchy>`,
          );
          expect($$(el, '.node[data-change]').length, 'compare mode drawn').to.be.greaterThan(0);
          expectLegible(el);
          expectMarksClear(el);
          expectLegendWhole(el);
        });
      }
    });
  }

  for (const width of [320, 800]) {
    it(`with 16 px names at ${width} px wide, symbols, badges and gaps grow with them and the rules still hold`, async () => {
      const el = await mount(
        html`<oob-hierarchy .data=${ragged()} style=${`width:${width}px;height:480px;--oob-label-font-size:16px`}></oob-hierarchy>`,
      );
      expectLegible(el);
      const names = $$(el, '.node .label').map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
      expect(Math.min(...names)).to.equal(16);
    });
  }

  it('wraps names by their measured width: every drawn line fits the card, long names end in "…" with the full name kept', async () => {
    const long = mini([
      {
        id: 'a',
        name: 'Independent Special-Purpose Motorised Rifle and Mountain Artillery Training Brigade of the Northern Front',
        echelon: 'brigade',
      },
      { id: 'b', parent: 'a', name: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', echelon: 'battalion' },
      { id: 'c', parent: 'a', name: 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii', echelon: 'battalion' },
    ]);
    for (const layout of ['tidy', 'compact']) {
      const el = await mount(html`<oob-hierarchy .data=${long} layout=${layout} style="width:1100px;height:480px"></oob-hierarchy>`);
      for (const line of $$(el, '.node .label tspan') as SVGTSpanElement[])
        expect(line.getComputedTextLength(), `${layout}: ${line.textContent}`).to.be.at.most(150.5);
      const a = $(el, '.node[data-id="a"]') as SVGGElement;
      expect($$(a, '.label tspan')).to.have.length(2);
      expect($$(a, '.label tspan')[1]?.textContent?.endsWith('…')).to.equal(true);
      expect(a.getAttribute('aria-label')).to.contain(
        'full name: Independent Special-Purpose Motorised Rifle and Mountain Artillery Training Brigade of the Northern Front',
      );
      expect($(a, '.label title')?.textContent).to.equal(
        'Independent Special-Purpose Motorised Rifle and Mountain Artillery Training Brigade of the Northern Front',
      );
      // Narrow letters fill a line further than wide ones: the widths are measured, not counted.
      const iLine = ($$(el, '.node[data-id="c"] .label tspan')[0]?.textContent ?? '').length;
      const wLine = ($$(el, '.node[data-id="b"] .label tspan')[0]?.textContent ?? '').length;
      expect(iLine).to.be.greaterThan(2 * wLine);
    }
  });

  it('shows the top levels readably when the whole tree cannot be, with the rest a badge away', async () => {
    const el = await mount(html`<oob-hierarchy .data=${ragged()} depth="9" style="width:320px;height:480px"></oob-hierarchy>`);
    const drawn = $$(el, '.node');
    expect(drawn.length).to.be.greaterThan(1);
    expect(drawn.length).to.be.lessThan(16);
    expect($$(el, '.node .badge').some((b) => b.textContent?.trim().startsWith('+'))).to.equal(true);
    expect($(el, '.overview')).to.equal(null);
  });

  it('Fit all still gives the overview of a big tree, never the first paint', async () => {
    const el = await mount(
      html`<oob-hierarchy .data=${generateOrderOfBattle({ units: 500, seed: 11, shape: 'unbalanced' })} depth="9" style="width:550px;height:480px"></oob-hierarchy>`,
    );
    expect($(el, '.overview')).to.equal(null);
    el.expandAll();
    await el.updateComplete;
    expect($(el, '.overview'), 'after Expand all').to.equal(null);
    expect($(el, '.minimap'), 'the minimap shows the rest').to.exist;
    el.fit();
    await el.updateComplete;
    expect($(el, '.overview')).to.exist;
  });

  it('fits before the first render: no update is scheduled from inside an update (Lit\'s "update after update" warning)', async () => {
    const el = document.createElement('oob-hierarchy') as OobHierarchy;
    el.style.width = '800px';
    el.style.height = '480px';
    const late: boolean[] = [];
    const updated = (el as unknown as { updated: () => void }).updated.bind(el);
    (el as unknown as { updated: () => void }).updated = () => {
      updated();
      late.push(el.isUpdatePending);
    };
    document.body.append(el);
    try {
      // The built-in dataset arrives by a dynamic import: on a busy machine that can take a while.
      for (let i = 0; i < 500 && $$(el, '.node').length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
      for (let i = 0; i < 5; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(late.length).to.be.greaterThan(0);
      expect(late.every((pending) => !pending)).to.equal(true);
      expect($$(el, '.node').length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });
});

describe('<oob-hierarchy> minimap', () => {
  it('is hidden while the whole tree is in view, shown when it is larger, and a click in it pans there', async () => {
    const el = await mount(html`<oob-hierarchy .data=${ragged()} style="width:1100px;height:480px"></oob-hierarchy>`);
    expect($(el, '.minimap'), 'everything fits').to.equal(null);
    el.expandAll();
    await el.updateComplete;
    const map = $(el, '.minimap svg') as SVGSVGElement;
    expect(map, 'after Expand all').to.exist;
    expect($(el, '.minimap')?.getAttribute('aria-hidden')).to.equal('true');
    const before = transformOf(el);
    const box = map.getBoundingClientRect();
    // Click the inset's bottom-right corner: the view moves right and down.
    map.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 2, clientY: box.bottom - 2, bubbles: true, pointerId: 1 }));
    await el.updateComplete;
    const after = transformOf(el);
    expect(after.k).to.equal(before.k);
    expect(after.x).to.be.lessThan(before.x);
    expect(after.y).to.be.lessThan(before.y);
    const frame = $(el, '.minimap-view') as SVGRectElement;
    expect(Number(frame.getAttribute('x'))).to.be.greaterThan(0);
  });
});
