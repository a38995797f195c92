// The A/B page: build A's strength chart as <oob-a>, B's as <oob-b>, taking turns (the order swapped
// every run) on the same data, so that only the code differs. Results go to window.__result.
import { allDrawn, frameMs, median } from '../harness.js';
import type { OobStrengthChart } from '../../src/elements/strength-chart/oob-strength-chart.js';
import type { generateOrderOfBattle } from '../../src/data/generate.js';
import type { OrderOfBattle } from '../../src/data/types.js';

/** What each build exports (bench/ab/entry.ts), bundled beside this page as a.js and b.js. */
interface Build {
  OobStrengthChart: typeof OobStrengthChart;
  generateOrderOfBattle: typeof generateOrderOfBattle;
}
type Tag = 'oob-a' | 'oob-b';
// URLs, not literal specifiers: the builds are not this page's bundle's to resolve.
const load = (file: string) => import(new URL(file, import.meta.url).href) as Promise<Build>;
const A = await load('./a.js');
const B = await load('./b.js');
customElements.define('oob-a', A.OobStrengthChart);
customElements.define('oob-b', B.OobStrengthChart);
const query = new URLSearchParams(location.search);
const sizes = (query.get('sizes') ?? '50,500,5000').split(',').filter(Boolean).map(Number);
const runs = Number(query.get('runs') ?? 30);
const catalogueRuns = Number(query.get('catalogue') ?? 0);

function chart(tag: Tag, data: OrderOfBattle, width: number): OobStrengthChart {
  const el = document.createElement(tag) as OobStrengthChart;
  el.style.width = `${width}px`;
  el.measure = 'personnel,tanks,artillery';
  el.side = 'all';
  el.data = data;
  return el;
}

/** `count` runs of each, in turns, after a warm-up; the median of each and of the paired ratios B/A. */
async function inTurns(count: number, paint: (tag: Tag) => Promise<number>): Promise<string> {
  const times: Record<Tag, number[]> = { 'oob-a': [], 'oob-b': [] };
  const ratios: number[] = [];
  for (let run = -3; run < count; run += 1) {
    const pair: Record<Tag, number> = { 'oob-a': 0, 'oob-b': 0 };
    for (const tag of (run % 2 ? ['oob-a', 'oob-b'] : ['oob-b', 'oob-a']) as Tag[]) pair[tag] = await paint(tag);
    if (run < 0) continue;
    times['oob-a'].push(pair['oob-a']);
    times['oob-b'].push(pair['oob-b']);
    ratios.push(pair['oob-b'] / pair['oob-a']);
  }
  return `A ${median(times['oob-a']).toFixed(2)} ms, B ${median(times['oob-b']).toFixed(2)} ms, median B/A ${median(ratios).toFixed(3)}`;
}

const lines: string[] = [];
for (const figures of sizes) {
  const data = A.generateOrderOfBattle({ units: Math.max(60, Math.round(figures / 3)), observations: figures, seed: 7 });
  const result = await inTurns(figures >= 5000 ? Math.ceil(runs / 4) : runs, async (tag) => {
    const copy = structuredClone(data);
    await frameMs(() => undefined);
    let el: OobStrengthChart | undefined;
    const ms = await frameMs(async () => {
      el = document.body.appendChild(chart(tag, copy, 1000));
      await allDrawn([el]);
    });
    el?.remove();
    return ms;
  });
  lines.push(`first paint, ${figures} figures: ${result}`);
}
if (catalogueRuns > 0) {
  const armies = Array.from({ length: 100 }, (_, i) => A.generateOrderOfBattle({ units: 30, observations: 12, seed: i + 1 }));
  const page = document.createElement('div');
  document.body.append(page);
  const result = await inTurns(catalogueRuns, async (tag) => {
    const copies = armies.map((army) => structuredClone(army));
    await frameMs(() => undefined);
    const ms = await frameMs(async () => {
      const els = copies.map((data) => page.appendChild(chart(tag, data, 320)));
      await allDrawn(els);
    });
    page.replaceChildren();
    return ms;
  });
  lines.push(`catalogue page, 100 charts of 12 figures: ${result}`);
}
(window as Window & { __result?: string }).__result = lines.join('\n');
