/**
 * `<oob-rank-table>` cost: the default dataset (16 ranks in 7 groups), a synthetic system of 200
 * ranks, and a comparison of four synthetic systems of 20 coded ranks each (`systems`).
 */
import { bench, heapMB, medianMs, nextPaint, record } from './harness.js';
import { OobRankTable } from '../src/elements/rank-table/define.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import { shoulderBoard } from '../src/insignia/index.js';
import type { NatoRankCode, OrderOfBattle, Rank, RankSystem } from '../src/data/types.js';
import { compareRankSystems, NATO_CODES } from '../src/data/rank-table.js';
import { parseOrderOfBattle } from '../src/data/parse.js';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-rank-table')) customElements.define('oob-rank-table', OobRankTable);

const system = iliNationalArmy.rankSystems?.[0] as RankSystem;

/** The default army with its rank system copied to `n` ranks in groups of 20 (fresh descriptor objects). */
function manyRanks(n: number): OrderOfBattle {
  const source = system.ranks.filter((r) => r.insignia && !r.placeholder);
  const groups = Array.from({ length: Math.ceil(n / 20) }, (_, i) => ({
    id: `g${i}`,
    name: `Group ${i + 1}`,
    category: i % 2 === 0 ? ('officers' as const) : ('enlisted' as const),
  }));
  const ranks: Rank[] = Array.from({ length: n }, (_, i) => {
    const base = source[i % source.length] as Rank;
    const { insignia, ...rest } = base;
    return {
      ...rest,
      id: `r${i}`,
      group: `g${Math.floor(i / 20)}`,
      name: `${base.name} ${i}`,
      ...(insignia ? { insignia: structuredClone(insignia) } : {}),
    };
  });
  return { ...iliNationalArmy, roles: [], notes: [], rankSystems: [{ ...system, groups, ranks }] };
}

/** The default army with `n` synthetic systems of 20 ranks, one per NATO code (fresh descriptors). */
function manySystems(n: number): OrderOfBattle {
  const source = system.ranks.filter((r) => r.insignia && !r.placeholder);
  const systems: RankSystem[] = Array.from({ length: n }, (_, s) => ({
    id: `s${s}`,
    name: `System ${s + 1}`,
    groups: [
      { id: `s${s}-off`, name: 'Officers', category: 'officers' },
      { id: `s${s}-enl`, name: 'Enlisted', category: 'enlisted' },
    ],
    ranks: NATO_CODES.map((code: NatoRankCode, i): Rank => {
      const insignia = source[(i + s) % source.length]?.insignia;
      return {
        id: `s${s}-r${i}`,
        group: code.startsWith('OF') ? `s${s}-off` : `s${s}-enl`,
        name: `Rank ${code}`,
        nato: code,
        ...(insignia ? { insignia: structuredClone(insignia) } : {}),
      };
    }),
  }));
  return { ...iliNationalArmy, roles: [], notes: [], rankSystems: [system, ...systems] };
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

  const compared = manySystems(4);
  const parsed = parseOrderOfBattle(compared);
  if (parsed.ok) {
    const ids = ['s0', 's1', 's2', 's3'];
    const alignMs = await medianMs(9, () => {
      for (let i = 0; i < 100; i += 1) compareRankSystems(parsed.dataset, ids);
    });
    record({ bench: 'rank-table', case: '100 alignments of 4 systems (pure)', ms: alignMs });
  }

  const cases: [string, OrderOfBattle | undefined, Record<string, string>][] = [
    ['default, columns', undefined, {}],
    ['default, rows', undefined, { orientation: 'rows' }],
    ['200 ranks, rows', manyRanks(200), { orientation: 'rows' }],
    ['compare 4 systems, columns', compared, { systems: 's0 s1 s2 s3' }],
    ['compare built-in + 4, rows', compared, { systems: 'etr-national-army-ranks s0 s1 s2 s3', orientation: 'rows' }],
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
