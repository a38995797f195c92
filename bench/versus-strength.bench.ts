/**
 * `<oob-strength-chart>` against Observable Plot (`rectY`, faceted) in one page, on the same seeded
 * generated figures (three measures, two sides), 1000 px wide: first paint, and a switch between
 * linear and log scale (Plot draws a new chart; ours updates).
 */
import { bench, frameMs, median, quick, recordPair, retainedHeapMB, trace } from './harness.js';
import { OobStrengthChart } from '../src/elements/strength-chart/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import type { Measure, OrderOfBattle } from '../src/data/types.js';
import { PLOT, plotStrength, toPlotRows } from './peers/plot-strength.js';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-strength-chart')) customElements.define('oob-strength-chart', OobStrengthChart);

const WIDTH = 1000;
const MEASURES: Measure[] = ['personnel', 'tanks', 'artillery'];
const FIGURES = [50, 500, 5_000];
// Small charts take a few milliseconds, in which a run moves by a third: more runs steady the median.
const RUNS: Record<number, number> = quick ? { 50: 3, 500: 3, 5_000: 1 } : { 50: 21, 500: 15, 5_000: 5 };
/** Untimed first paints of each, at each size, before the timed runs. */
const WARM_UP = quick ? 1 : 3;
const fmt = (n: number) => n.toLocaleString('en');

/** Ours attached and rendered (Lit renders in microtasks, in the frame it is attached in). */
async function mountOurs(data: OrderOfBattle): Promise<OobStrengthChart> {
  const el = document.createElement('oob-strength-chart');
  el.style.width = `${WIDTH}px`;
  el.measure = MEASURES.join(',');
  el.side = 'all';
  el.data = data;
  document.body.append(el);
  while (!(await el.updateComplete));
  return el;
}

/** `runs` runs of each, taking turns, the order swapped every run; `before` runs ahead of each pair. */
async function inTurns(runs: number, peer: () => Promise<void>, ours: () => Promise<void>, before = () => {}): Promise<void> {
  for (let run = 0; run < runs; run += 1) {
    before();
    const [first, second] = run % 2 === 0 ? [peer, ours] : [ours, peer];
    await first();
    await second();
  }
}

function plotInto(parent: HTMLElement, chart: Element): Element {
  parent.replaceChildren(chart);
  return chart;
}

bench(async () => {
  const peerBox = document.createElement('div');
  peerBox.style.width = `${WIDTH}px`;
  document.body.append(peerBox);
  for (const figures of FIGURES) {
    const data = generateOrderOfBattle({ units: Math.max(60, Math.round(figures / 3)), observations: figures, seed: 7 });
    const rows = toPlotRows(data, MEASURES);
    const runs = RUNS[figures] ?? 1;
    // Warm both up at every size, so neither pays for compiling its code in a timed run: a chart of
    // more than 200 bars draws them as paths, code that smaller charts never run (warmed up at the
    // first size only, ours ran it cold in the first timed runs of 500 figures).
    for (let warm = 0; warm < WARM_UP; warm += 1) {
      (await mountOurs(structuredClone(data))).remove();
      plotInto(peerBox, plotStrength(rows, { width: WIDTH, scale: 'linear' }));
      peerBox.replaceChildren();
    }

    // Ours and the peer take turns (the order swapped every run), each on a page without the other's
    // chart: a drift of the machine's speed, and the garbage each leaves, fall on both alike. (A full
    // collection before each run made both slower, by 30-60%, without changing who is faster.)
    const peerTimes: number[] = [];
    const ourTimes: number[] = [];
    let el: OobStrengthChart | undefined;
    // The other's chart goes, and a frame renders its removal (Plot's charts carry a <style>, whose
    // removal restyles the page), before the timed frame.
    const clear = async () => {
      el?.remove();
      el = undefined;
      peerBox.replaceChildren();
      await frameMs(() => undefined);
    };
    const peerPaint = async () => {
      await clear();
      peerTimes.push(await frameMs(() => plotInto(peerBox, plotStrength(rows, { width: WIDTH, scale: 'linear' }))));
    };
    const ourPaint = async () => {
      await clear();
      // A fresh object each run, so the parse is timed too (parses are memoised per object).
      const copy = structuredClone(data);
      ourTimes.push(await frameMs(async () => (el = await mountOurs(copy))));
    };
    await inTurns(runs, peerPaint, ourPaint);
    // The JS heap each keeps for its chart, measured apart from the timed runs.
    el?.remove();
    peerBox.replaceChildren();
    let before = await retainedHeapMB();
    plotInto(peerBox, plotStrength(rows, { width: WIDTH, scale: 'linear' }));
    const peerHeapMB = (await retainedHeapMB()) - before;
    const peerBars = peerBox.querySelectorAll('rect').length;
    const copy = structuredClone(data);
    before = await retainedHeapMB();
    const chart = await mountOurs(copy);
    const oursHeapMB = (await retainedHeapMB()) - before;
    // Bar elements, or in a crowded chart the rectangles of its bar paths (one subpath each).
    const root = chart.shadowRoot;
    const ourBars =
      (root?.querySelectorAll('.bar:not(.cursor)').length ?? 0) +
      [...(root?.querySelectorAll('.series > .solid') ?? [])].reduce((n, p) => n + (p.getAttribute('d')?.split('M').length ?? 1) - 1, 0);
    if (ourBars < figures * 0.9) throw new Error(`ours drew ${ourBars} bars for ${figures} figures`);
    // The hidden table fills in over the frames after the first paint: the switches are timed once it has.
    await chart.tableComplete;
    // Scale switches, in turns too: the peer draws a new chart, ours updates (both charts on the page).
    let scale: 'linear' | 'log' = 'linear';
    const peerSwitch: number[] = [];
    const ourSwitch: number[] = [];
    const peerStep = async () => {
      const next = scale;
      peerSwitch.push(await frameMs(() => plotInto(peerBox, plotStrength(rows, { width: WIDTH, scale: next }))));
    };
    const ourStep = async () => {
      ourSwitch.push(
        await frameMs(async () => {
          chart.scale = scale;
          while (!(await chart.updateComplete));
        }),
      );
    };
    await inTurns(runs, peerStep, ourStep, () => {
      scale = scale === 'log' ? 'linear' : 'log';
    });
    chart.remove();
    peerBox.replaceChildren();
    const label = `${fmt(figures)} figures (3 measures, 2 sides)`;
    recordPair({
      group: 'strength chart',
      case: `first paint, ${label}`,
      peer: `${PLOT} (${fmt(peerBars)} rects)`,
      peerMs: median(peerTimes),
      oursMs: median(ourTimes),
      peerHeapMB,
      oursHeapMB,
      runs: `${runs} / ${runs}`,
      samples: { ours: ourTimes, peer: peerTimes },
    });
    recordPair({
      group: 'strength chart',
      case: `scale switch linear/log, ${label}`,
      peer: `${PLOT}, drawn anew`,
      peerMs: median(peerSwitch),
      oursMs: median(ourSwitch),
      runs: `${runs} / ${runs}`,
      samples: { ours: ourSwitch, peer: peerSwitch },
    });
  }
  peerBox.remove();
  // The visually hidden data table fills in after the first paint: the longest frame while it does
  // (from the first frame after the paint until every row is in), which is how long a click or a key
  // can wait. The first section's script runs before that frame and is not counted; it costs what
  // each later section's does. Plot draws no table.
  {
    const figures = FIGURES[FIGURES.length - 1] as number;
    const data = generateOrderOfBattle({ units: Math.max(60, Math.round(figures / 3)), observations: figures, seed: 7 });
    const longest: number[] = [];
    for (let run = 0; run < (quick ? 1 : 3); run += 1) {
      const el = await mountOurs(structuredClone(data));
      await frameMs(() => undefined);
      // Frame to frame, by the frames' own timestamps, until three frames after the last row went in
      // (the last section is laid out in the frame after it).
      const gaps: number[] = [];
      let last: number | undefined;
      let framesLeft = Infinity;
      let stopped: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (stopped = resolve));
      const tick = (now: number) => {
        if (last !== undefined) gaps.push(now - last);
        last = now;
        framesLeft -= 1;
        if (framesLeft > 0) requestAnimationFrame(tick);
        else stopped();
      };
      requestAnimationFrame(tick);
      await el.tableComplete;
      framesLeft = 3;
      await done;
      longest.push(Math.max(...gaps));
      el.remove();
    }
    recordPair({
      group: 'strength chart',
      case: `longest frame while the hidden data table fills in, ${fmt(figures)} figures`,
      peer: 'no peer',
      peerMs: 'no peer: Plot draws no data table',
      oursMs: median(longest),
      runs: `${longest.length} / -`,
      samples: { ours: longest },
    });
  }
  // Untimed first paints under a Chrome trace, after every timed run (so they warm up nothing that
  // is timed): where the time goes. A first paint of 500 figures is a few dozen profiler samples,
  // so that case is traced over 10 of them; the biggest case once.
  for (const [figures, times] of [
    [500, 10],
    [FIGURES[FIGURES.length - 1] as number, 1],
  ] as const) {
    const data = generateOrderOfBattle({ units: Math.max(60, Math.round(figures / 3)), observations: figures, seed: 7 });
    const label = `strength chart first paint, ${fmt(figures)} figures${times > 1 ? `, ${times} times` : ''}`;
    const copies = Array.from({ length: times }, () => structuredClone(data));
    await trace('start', label);
    for (const copy of copies) {
      let traced: OobStrengthChart | undefined;
      await frameMs(async () => (traced = await mountOurs(copy)));
      traced?.remove();
    }
    await trace('stop', label);
  }
});
