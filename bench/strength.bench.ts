/**
 * `<oob-strength-chart>` render cost: the default dataset's 18 figures copied to 50 (all measures,
 * all sides) and 500 and 5,000 generated observations (three measures, two sides), at 1000 px wide.
 * parseMs, selectMs, layoutMs: parsing a fresh copy, selecting the figures, the pure layout; renderMs: element attached to first paint; completeMs: until the
 * data table lists every figure; rerenderMs: switching linear/log scale. The by-unit snapshots
 * (1,000 and 10,000 generated units, one figure each at one date, `group="subject"`) time the
 * first paint and the layout only.
 */
import { bench, heapMB, medianMs, nextPaint, record } from './harness.js';
import { OobStrengthChart } from '../src/elements/strength-chart/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import { parseOrderOfBattle } from '../src/data/parse.js';
import { strengthLayout } from '../src/layout/strength/index.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import { selectPoints, snapshotSelection } from '../src/layout/strength/select.js';
import { snapshotArmy } from '../test/elements/strength-chart/fixtures.js';
import type { OrderOfBattle } from '../src/data/types.js';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-strength-chart')) customElements.define('oob-strength-chart', OobStrengthChart);

/** The built-in dataset with its strength figures copied to reach `n` observations (ids and dates kept valid). */
function fifty(): OrderOfBattle {
  const base = iliNationalArmy.strength ?? [];
  const strength = [...base];
  for (let copy = 1; strength.length < 50; copy += 1) {
    for (const o of base) {
      if (strength.length >= 50) break;
      const { disputes: _ignored, ...rest } = o;
      strength.push({ ...rest, id: `${o.id}-copy${copy}` });
    }
  }
  return { ...iliNationalArmy, strength };
}

async function renderOnce(data: OrderOfBattle, attrs: Record<string, string>): Promise<OobStrengthChart> {
  const el = document.createElement('oob-strength-chart');
  el.style.width = '1000px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  await nextPaint();
  return el;
}

/** Until the data table lists every figure, then painted. */
async function tableComplete(el: OobStrengthChart): Promise<void> {
  await el.tableComplete;
  await nextPaint();
}

bench(async () => {
  const cases: [string, OrderOfBattle, Record<string, string>][] = [
    ['50 observations', fifty(), { measure: 'all', side: 'all' }],
    [
      '500 observations',
      generateOrderOfBattle({ units: 300, observations: 500, seed: 7 }),
      { measure: 'personnel,tanks,artillery', side: 'all' },
    ],
    [
      '5,000 observations',
      generateOrderOfBattle({ units: 1500, observations: 5000, seed: 7 }),
      { measure: 'personnel,tanks,artillery', side: 'all' },
    ],
  ];
  for (const [name, data, attrs] of cases) {
    const parsed = parseOrderOfBattle(data);
    if (!parsed.ok) throw new Error(`${name}: invalid data`);
    // The first paint's parts: parsing a fresh copy (a page's data is never parsed before), selecting the figures, the layout.
    const parseMs = await medianMs(5, () => parseOrderOfBattle(structuredClone(data)));
    const filter = { measure: attrs['measure'] ?? 'all', subject: '', side: 'all', from: '', to: '' };
    const selectMs = await medianMs(5, () => selectPoints(parsed.dataset, filter));
    const points = selectPoints(parsed.dataset, filter).points;
    const layoutMs = await medianMs(5, () => strengthLayout(points, { width: 1000, sideOrder: [...parsed.dataset.sidesById.keys()] }));
    const runs = name.startsWith('5,') ? 5 : 9;
    let bars = 0;
    // First paint of the chart (a hidden data table fills in after it).
    const renderMs = await medianMs(runs, async () => {
      const el = await renderOnce(data, attrs);
      bars = el.bars.length;
      el.remove();
    });
    // Until the data table lists every figure too.
    const completeMs = await medianMs(runs, async () => {
      const el = await renderOnce(data, attrs);
      await tableComplete(el);
      el.remove();
    });
    const el = await renderOnce(data, attrs);
    await tableComplete(el);
    const rerenderMs = await medianMs(runs, async () => {
      el.scale = el.scale === 'log' ? 'linear' : 'log';
      await el.updateComplete;
      await nextPaint();
    });
    const nodes = el.shadowRoot?.querySelectorAll('*').length ?? 0;
    el.remove();
    record({
      bench: 'strength',
      case: name,
      bars,
      parseMs,
      selectMs,
      layoutMs,
      renderMs,
      completeMs,
      rerenderMs,
      domNodes: nodes,
      heapMB: heapMB(),
    });
  }
  for (const units of [1000, 10_000]) {
    const data = snapshotArmy(units);
    const parsed = parseOrderOfBattle(data);
    if (!parsed.ok) throw new Error(`snapshot of ${units}: invalid data`);
    const attrs = { group: 'subject', side: 'all' };
    const layoutMs = await medianMs(units > 1000 ? 1 : 3, () => {
      const selection = snapshotSelection(
        selectPoints(parsed.dataset, { measure: 'personnel', subject: '', side: 'all', from: '', to: '', group: 'subject' }),
        '',
      );
      return strengthLayout(selection.points, {
        width: 1000,
        group: 'subject',
        subjects: selection.subjects,
        sideOrder: [...parsed.dataset.sidesById.keys()],
      });
    });
    let bars = 0;
    const renderMs = await medianMs(units > 1000 ? 1 : 3, async () => {
      const el = await renderOnce(data, attrs);
      bars = el.bars.length;
      el.remove();
    });
    record({ bench: 'strength', case: `snapshot of ${units.toLocaleString('en')} units`, bars, layoutMs, renderMs, heapMB: heapMB() });
  }
});
