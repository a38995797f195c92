/** `<oob-rank-table>` cost: the default dataset (16 ranks in 7 groups) and a synthetic system of 200 ranks. */
import { bench, heapMB, medianMs, nextPaint, record } from './harness.js';
import { OobRankTable } from '../src/elements/rank-table/define.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import { shoulderBoard } from '../src/insignia/index.js';
import type { OrderOfBattle, Rank, RankSystem } from '../src/data/types.js';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-rank-table')) customElements.define('oob-rank-table', OobRankTable);

const system = iliNationalArmy.rankSystems?.[0] as RankSystem;

/** The default army with its rank system copied to `n` ranks in groups of 20 (fresh descriptor objects). */
function manyRanks(n: number): OrderOfBattle {
  const source = system.ranks.filter((r) => r.insignia && !r.placeholder);
  const groups = Array.from({ length: Math.ceil(n / 20) }, (_, i) => ({ id: `g${i}`, name: `Group ${i + 1}`, category: i % 2 === 0 ? ('officers' as const) : ('enlisted' as const) }));
  const ranks: Rank[] = Array.from({ length: n }, (_, i) => {
    const base = source[i % source.length] as Rank;
    const { insignia, ...rest } = base;
    return { ...rest, id: `r${i}`, group: `g${Math.floor(i / 20)}`, name: `${base.name} ${i}`, ...(insignia ? { insignia: structuredClone(insignia) } : {}) };
  });
  return { ...iliNationalArmy, roles: [], notes: [], rankSystems: [{ ...system, groups, ranks }] };
}

async function renderOnce(data: OrderOfBattle | undefined, attrs: Record<string, string>): Promise<OobRankTable> {
  const el = document.createElement('oob-rank-table');
  el.style.width = '1200px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  await nextPaint();
  return el;
}

bench(async () => {
  const descriptors = system.ranks.flatMap((r) => (r.insignia ? [r.insignia] : []));
  const geometryMs = await medianMs(9, () => {
    for (let i = 0; i < 1000; i += 1) shoulderBoard(structuredClone(descriptors[i % descriptors.length]!));
  });
  record({ bench: 'rank-table', case: '1,000 boards: geometry only', ms: geometryMs });

  const cases: [string, OrderOfBattle | undefined, Record<string, string>][] = [
    ['default, columns', undefined, {}],
    ['default, rows', undefined, { orientation: 'rows' }],
    ['200 ranks, rows', manyRanks(200), { orientation: 'rows' }],
  ];
  for (const [name, data, attrs] of cases) {
    let boards = 0;
    const renderMs = await medianMs(9, async () => {
      const el = await renderOnce(data, attrs);
      boards = el.shadowRoot?.querySelectorAll('svg[part="insignia"]').length ?? 0;
      el.remove();
    });
    const el = await renderOnce(data, attrs);
    const rerenderMs = await medianMs(9, async () => {
      el.category = el.category === 'all' ? 'officers' : 'all';
      await el.updateComplete;
      await nextPaint();
    });
    const tableSvgMs = await medianMs(5, () => el.toSVG());
    const nodes = el.shadowRoot?.querySelectorAll('*').length ?? 0;
    el.remove();
    record({ bench: 'rank-table', case: name, boards, renderMs, rerenderMs, tableSvgMs, domNodes: nodes, heapMB: heapMB() });
  }
});
