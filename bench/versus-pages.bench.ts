/**
 * Whole pages: a catalogue page of 100 small charts (a museum's or wiki's list of units, one chart
 * each), against 100 d3-org-charts and 100 Plot charts; and the rank table, which no peer draws.
 * Times run from the first chart added to the end of the frame that shows them all.
 */
import { allDrawn, bench, frameMs, median, quick, recordPair, retainedHeapMB, trace } from './harness.js';
import { OobHierarchy } from '../src/elements/hierarchy/define.js';
import { OobStrengthChart } from '../src/elements/strength-chart/define.js';
import { OobRankTable } from '../src/elements/rank-table/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import type { OrderOfBattle } from '../src/data/types.js';
import { drawOrgChart } from './peers/org-chart.js';
import { ORG_CHART, toOrgRows } from './peers/org-rows.js';
import { PLOT, plotStrength, toPlotRows } from './peers/plot-strength.js';

// Keep the element classes referenced: the bundler drops bare side-effect imports under `sideEffects`.
for (const [tag, cls] of [
  ['oob-hierarchy', OobHierarchy],
  ['oob-strength-chart', OobStrengthChart],
  ['oob-rank-table', OobRankTable],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, cls);
}

const CHARTS = 100;
const RUNS = quick ? 1 : 5;
const SMALL = { width: 320, height: 240 };

/** A grid page of `CHARTS` boxes, drawn into (all in one frame) by `fill`, which resolves when they are drawn. */
type Fill<T> = (page: HTMLElement, input: T) => Promise<unknown>;
interface Catalogue {
  times: number[];
  heapMB: number;
}

/**
 * The peer's page and ours, in turns (the order swapped every run, after an untimed round of each
 * that warms their code up), so that a drift of the machine's speed falls on both alike. `prepare`
 * (not timed) makes our input for each run, as the peer's rows are made before timing.
 */
async function catalogues<T>(
  peerFill: Fill<undefined>,
  oursFill: Fill<T>,
  prepare: () => T,
): Promise<{ peer: Catalogue; ours: Catalogue }> {
  const peer: Catalogue = { times: [], heapMB: 0 };
  const ours: Catalogue = { times: [], heapMB: 0 };
  const once = async <I>(fill: Fill<I>, input: () => I, into: Catalogue | undefined) => {
    const page = document.createElement('div');
    page.style.display = 'grid';
    page.style.gridTemplateColumns = `repeat(4, ${SMALL.width}px)`;
    document.body.append(page);
    const before = await retainedHeapMB();
    // After the heap's baseline: the data a chart keeps counts in its heap, as before the copies moved here.
    const data = input();
    const ms = await frameMs(() => fill(page, data));
    if (into) {
      into.times.push(ms);
      into.heapMB = (await retainedHeapMB()) - before;
    }
    page.remove();
  };
  for (let run = -1; run < RUNS; run += 1) {
    const timed = run >= 0;
    const peerRun = () => once(peerFill, () => undefined, timed ? peer : undefined);
    const ourRun = () => once(oursFill, prepare, timed ? ours : undefined);
    for (const step of run % 2 === 0 ? [peerRun, ourRun] : [ourRun, peerRun]) await step();
  }
  return { peer, ours };
}

function box(page: HTMLElement): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${SMALL.width}px`;
  div.style.height = `${SMALL.height}px`;
  page.append(div);
  return div;
}

bench(async () => {
  const media = window.matchMedia;
  window.matchMedia = (q: string) => (q.includes('reduced-motion') ? ({ matches: true } as MediaQueryList) : media.call(window, q));
  const armies: OrderOfBattle[] = Array.from({ length: CHARTS }, (_, i) =>
    generateOrderOfBattle({ units: 30, observations: 12, seed: i + 1 }),
  );

  // 100 small hierarchies of 30 units, two levels open (each chart's default).
  const orgRows = armies.map(toOrgRows);
  // A fresh copy of each army every run (parses are memoised per object), made before the clock starts.
  const copies = () => armies.map((army) => structuredClone(army));
  const trees = await catalogues(
    async (page) => {
      const boxes = orgRows.map(() => box(page));
      for (const [i, rows] of orgRows.entries())
        void drawOrgChart(boxes[i] as HTMLDivElement, rows, { expanded: false, height: SMALL.height });
      // Each chart moves its nodes into place on d3's next timer tick: one frame for all of them.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    async (page, data: OrderOfBattle[]) => {
      const els = data.map((army) => {
        const el = document.createElement('oob-hierarchy');
        el.style.width = `${SMALL.width}px`;
        el.style.height = `${SMALL.height}px`;
        el.data = army;
        page.append(el);
        return el;
      });
      await allDrawn(els);
    },
    copies,
  );
  const [peerTrees, ourTrees] = [trees.peer, trees.ours];
  recordPair({
    group: 'pages',
    case: `catalogue page: ${CHARTS} hierarchies of 30 units, 320×240 each`,
    peer: ORG_CHART,
    peerMs: median(peerTrees.times),
    oursMs: median(ourTrees.times),
    peerHeapMB: peerTrees.heapMB,
    oursHeapMB: ourTrees.heapMB,
    runs: `${RUNS} / ${RUNS}`,
    samples: { ours: ourTrees.times, peer: peerTrees.times },
  });

  // 100 small strength charts of 12 figures.
  const plotRows = armies.map((army) => toPlotRows(army, ['personnel', 'tanks', 'artillery']));
  const drawOurBars = async (page: HTMLElement, data: OrderOfBattle[]) => {
    const els = data.map((army) => {
      const el = document.createElement('oob-strength-chart');
      el.style.width = `${SMALL.width}px`;
      el.measure = 'personnel,tanks,artillery';
      el.side = 'all';
      el.data = army;
      page.append(el);
      return el;
    });
    await allDrawn(els);
  };
  const strength = await catalogues(
    async (page) => {
      for (const rows of plotRows) box(page).append(plotStrength(rows, { width: SMALL.width, scale: 'linear' }));
    },
    drawOurBars,
    copies,
  );
  const [peerBars, ourBars] = [strength.peer, strength.ours];
  // Once more, untimed, under a Chrome trace: where a page of small charts spends its time.
  const traced = document.createElement('div');
  document.body.append(traced);
  await trace('start', `catalogue page: ${CHARTS} strength charts`);
  const tracedCopies = copies();
  await frameMs(() => drawOurBars(traced, tracedCopies));
  await trace('stop', `catalogue page: ${CHARTS} strength charts`);
  traced.remove();
  recordPair({
    group: 'pages',
    case: `catalogue page: ${CHARTS} strength charts of 12 figures, 320 px wide`,
    peer: PLOT,
    peerMs: median(peerBars.times),
    oursMs: median(ourBars.times),
    peerHeapMB: peerBars.heapMB,
    oursHeapMB: ourBars.heapMB,
    runs: `${RUNS} / ${RUNS}`,
    samples: { ours: ourBars.times, peer: peerBars.times },
  });

  // The rank table of the generated army (10 ranks with shoulder boards in 5 groups).
  const army = generateOrderOfBattle({ units: 100, seed: 1 });
  const tables: number[] = [];
  let heapMB = 0;
  for (let run = 0; run < RUNS * 3 + 1; run += 1) {
    const copy = structuredClone(army);
    const before = await retainedHeapMB();
    let el: OobRankTable | undefined;
    const ms = await frameMs(async () => {
      el = document.createElement('oob-rank-table');
      el.style.width = '1200px';
      el.data = copy;
      document.body.append(el);
      while (!(await el.updateComplete));
    });
    // The first run warms the code up.
    if (run > 0) tables.push(ms);
    heapMB = (await retainedHeapMB()) - before;
    el?.remove();
  }
  recordPair({
    group: 'pages',
    case: 'rank table, 10 ranks with shoulder boards, first paint',
    peer: 'none',
    peerMs: 'no peer: neither d3-org-chart nor Plot draws rank insignia',
    oursMs: median(tables),
    oursHeapMB: heapMB,
    runs: `${tables.length} / -`,
    samples: { ours: tables },
  });
  window.matchMedia = media;
});
