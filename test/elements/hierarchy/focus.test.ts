import { expect, html } from '@open-wc/testing';
import { generateOrderOfBattle, mulberry32 } from '../../../src/data/generate.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { $, mini, mount, settle } from './helpers.js';

const focusedId = (el: OobHierarchy) => (el.shadowRoot?.activeElement as SVGElement | null)?.dataset?.id;
/** Focus is inside the chart, on a tree item: never on the page's <body>. */
const focusKept = (el: OobHierarchy) => document.activeElement === el && el.shadowRoot?.activeElement?.getAttribute('role') === 'treeitem';

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Corps', echelon: 'corps', formed: '1944' },
  { id: 'c', parent: 'b', name: 'Charlie Division', echelon: 'division', formed: '1946' },
  { id: 'd', parent: 'a', name: 'Delta Division', echelon: 'division' },
]);

describe('<oob-hierarchy> keeps keyboard focus when the focused unit goes away', () => {
  it('moves to the nearest superior still drawn when the date is before the unit existed', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1947" depth="9" style="width:900px;height:600px"></oob-hierarchy>`);
    expect(await el.focusUnit('c')).to.equal(true);
    expect(focusedId(el)).to.equal('c');
    el.date = '1945';
    await settle(el);
    expect(focusedId(el)).to.equal('b');
    expect(focusKept(el)).to.equal(true);
    el.date = '1943';
    await settle(el);
    expect(focusedId(el)).to.equal('a');
  });

  it('moves to the first item when a new dataset has no such unit', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1947" depth="9" style="width:900px;height:600px"></oob-hierarchy>`);
    await el.focusUnit('d');
    el.data = mini([
      { id: 'x', name: 'X-ray Army' },
      { id: 'y', parent: 'x', name: 'Yankee' },
    ]);
    await settle(el);
    expect(focusedId(el)).to.equal('x');
    expect(focusKept(el)).to.equal(true);
    expect($(el, '.node[tabindex="0"]')?.getAttribute('data-id')).to.equal('x');
  });

  it('never drops focus to the page under rapid date, layout and data changes', async () => {
    const datasets = [generateOrderOfBattle({ units: 120, seed: 2 }), generateOrderOfBattle({ units: 80, seed: 9, shape: 'unbalanced' })];
    const el = await mount(html`<oob-hierarchy .data=${datasets[0]} style="width:800px;height:480px"></oob-hierarchy>`);
    const random = mulberry32(42);
    const deepest = () => {
      const ids = [...(el.shadowRoot?.querySelectorAll<SVGElement>('.node') ?? [])].map((n) => n.dataset.id as string);
      return ids[Math.floor(random() * ids.length)] as string;
    };
    await el.focusUnit(deepest());
    const lost: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      const roll = random();
      if (roll < 0.45) el.date = String(1940 + Math.floor(random() * 7));
      else if (roll < 0.7)
        el.layout = (['tidy', 'compact', 'horizontal', 'indented', 'radial', 'auto'] as const)[
          Math.floor(random() * 6)
        ] as OobHierarchy['layout'];
      else if (roll < 0.85) el.data = datasets[Math.floor(random() * 2)];
      else await el.focusUnit(deepest());
      await el.updateComplete;
      if (step % 3 === 0) await settle(el, 10);
      if (!focusKept(el)) lost.push(`step ${step}: ${document.activeElement?.tagName}`);
    }
    expect(lost).to.deep.equal([]);
  });
});

describe('<oob-hierarchy> tooltip', () => {
  it('is positioned (through the CSSOM) next to the focused unit', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} date="1947" depth="9" style="width:900px;height:600px"></oob-hierarchy>`);
    await el.focusUnit('b');
    await settle(el);
    const tip = $(el, '[role="tooltip"]') as HTMLElement;
    expect(tip).to.exist;
    expect(tip.style.left).to.match(/px$/);
    expect(tip.style.top).to.match(/px$/);
    const box = ($(el, '.node[data-id="b"]') as SVGGElement).getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    expect(Math.min(Math.abs(tipBox.top - box.bottom), Math.abs(tipBox.bottom - box.top))).to.be.lessThan(20);
  });
});
