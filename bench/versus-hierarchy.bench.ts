/**
 * `<oob-hierarchy>` against d3-org-chart (with d3-flextree and d3), side by side in one page on the
 * same seeded generated armies: first paint with every unit expanded, expand-all, and single
 * drag and wheel-zoom frames at a readable scale (1:1, 12 px names) and in the fitted overview.
 * Transitions are off for both (reduced motion for ours, duration 0 for the peer).
 */
import { bench, frameMs, median, nextFrame, quick, recordPair, retainedHeapMB, slowPeers, trace } from './harness.js';
import { OobHierarchy } from '../src/elements/hierarchy/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import type { OrderOfBattle } from '../src/data/types.js';
import { drawOrgChart, orgChartScale } from './peers/org-chart.js';
import { ORG_CHART, toOrgRows } from './peers/org-rows.js';
import type { OrgRow } from './peers/org-rows.js';
import type { OrgChart } from 'd3-org-chart';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);

const WIDTH = 1200;
const HEIGHT = 800;
const SIZES = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 50_000];
/** Timed first paints per size, ours and the peer's (the peer needs ~30 s at 50,000 units). */
const RUNS: Record<number, [number, number]> = quick
  ? { 100: [3, 3], 1_000: [3, 1], 10_000: [1, 1] }
  : { 100: [5, 5], 1_000: [5, 3], 10_000: [3, 2], 50_000: [3, 1] };
const FRAMES = quick ? 7 : 15;
/** The peer's frames at 50,000 units take seconds each: fewer of them keep the run within minutes. */
const PEER_FRAMES_50K = 5;
/**
 * The peer grows faster than linearly (30 s at 50,000 units on an idle 2-core machine, 13 minutes
 * on a busy one): when its previous size took longer than this, its next size is skipped and the
 * row says so. `npm run bench -- --slow-peers` runs it anyway.
 */
const PEER_SKIP_AFTER_MS = 10_000;
const fmt = (n: number) => n.toLocaleString('en');

function peerBox(): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${WIDTH}px`;
  div.style.height = `${HEIGHT}px`;
  document.body.append(div);
  return div;
}

/** Ours, attached and rendered: Lit renders in microtasks, so this is the frame it is attached in. */
async function mountOurs(data: OrderOfBattle, expanded: boolean): Promise<OobHierarchy> {
  const el = document.createElement('oob-hierarchy');
  el.style.width = `${WIDTH}px`;
  el.style.height = `${HEIGHT}px`;
  el.depth = expanded ? Infinity : 2;
  el.data = data;
  document.body.append(el);
  // The first update fits the view, which queues one more.
  while (!(await el.updateComplete));
  return el;
}

const ourSvg = (el: OobHierarchy) => el.shadowRoot?.querySelector('svg.chart') as SVGSVGElement;
const ourScale = (el: OobHierarchy) =>
  Number(/scale\(([\d.e+-]+)\)/.exec(el.shadowRoot?.querySelector('.viewport')?.getAttribute('transform') ?? '')?.[1] ?? Number.NaN);

/** Both charts behind one interface for the interaction cases. */
interface Driven {
  svg: () => SVGSVGElement;
  /** The transform drawn now (the viewport group's attribute), to check every step moved the chart. */
  drawn: () => string;
  scale: () => number;
  fit: () => Promise<void>;
  /** Work after an input event that completes in a later frame (the peer's transitions). */
  settle: () => Promise<void>;
}

function wheel(svg: SVGSVGElement, deltaY: number): void {
  const box = svg.getBoundingClientRect();
  const init = { deltaY, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  svg.dispatchEvent(new WheelEvent('wheel', { ...init, bubbles: true, cancelable: true, composed: true, view: window }));
}

/** Median frame of `FRAMES` wheel steps (in and out in turn) and of `FRAMES` drag moves (40 px back and forth). */
async function interactionFrames(chart: Driven, frames = FRAMES): Promise<{ zoom: number[]; drag: number[]; first: number }> {
  // A fitted 50,000-unit tree sits below the smallest scale the wheel can reach; a first step in
  // brings it there, so the steps in and out after it all move the chart. That first step (the
  // first re-cull after a fit) is reported on its own, not in the median.
  const first = await frameMs(() => wheel(chart.svg(), -100));
  await chart.settle();
  const zoom: number[] = [];
  const moved = async (step: () => void): Promise<number> => {
    const before = chart.drawn();
    const ms = await frameMs(step);
    if (chart.drawn() === before) throw new Error(`an input step did not move the chart (${before})`);
    return ms;
  };
  for (let i = 0; i < frames; i += 1) zoom.push(await moved(() => wheel(chart.svg(), i % 2 === 0 ? -100 : 100)));
  // A wheel gesture ends after 150 ms without wheel events (d3-zoom for the peer, our zoom controller alike).
  await new Promise((resolve) => setTimeout(resolve, 200));
  const svg = chart.svg();
  const box = svg.getBoundingClientRect();
  let x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const mouse = (type: string, target: EventTarget) =>
    target.dispatchEvent(
      new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, view: window, button: 0 }),
    );
  mouse('mousedown', svg);
  const drag: number[] = [];
  for (let i = 0; i < frames; i += 1) {
    x += i % 8 < 4 ? 40 : -40;
    drag.push(await moved(() => mouse('mousemove', window)));
  }
  mouse('mouseup', window);
  await chart.settle();
  return { zoom, drag, first };
}

/** One wheel event straight to scale 1 (names at 12 px), about the centre of the view. */
async function toReadable(chart: Driven): Promise<void> {
  wheel(chart.svg(), Math.log2(chart.scale()) / 0.002);
  await chart.settle();
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (Math.abs(chart.scale() - 1) > 0.01) throw new Error(`zoom to 1:1 ended at scale ${chart.scale()}`);
}

const ms = (values: number[]) => median(values);

/** First paint is timed to the frame ours is attached in: say so if it still changed in the frames after. */
async function checkSettled(el: OobHierarchy): Promise<void> {
  const html = () => el.shadowRoot?.innerHTML.length ?? 0;
  const before = html();
  await nextFrame();
  await nextFrame();
  if (html() !== before) console.log('[bench] note: the hierarchy changed after the frame timed as its first paint');
}

bench(async () => {
  // Animations would stretch every measurement to their 450 ms; measure the work, not the tween.
  const media = window.matchMedia;
  window.matchMedia = (q: string) => (q.includes('reduced-motion') ? ({ matches: true } as MediaQueryList) : media.call(window, q));

  let peerSkipped: string | undefined;
  for (const units of SIZES) {
    const data = generateOrderOfBattle({ units, seed: 1 });
    const rows: OrgRow[] = toOrgRows(data);
    const [ourRuns, peerRuns] = RUNS[units] ?? [1, 1];
    // Warm both up once on the small case, so neither pays for compiling its code in a timed run.
    if (units === SIZES[0]) {
      (await mountOurs(structuredClone(data), true)).remove();
      const div = peerBox();
      await drawOrgChart(div, rows, { expanded: true, height: HEIGHT });
      div.remove();
    }

    // The peer first; its last chart stays for the interaction cases.
    const peerTimes: number[] = [];
    let peer: { chart: OrgChart<OrgRow>; div: HTMLDivElement } | undefined;
    let peerHeapBefore = 0;
    for (let run = 0; run < (peerSkipped ? 0 : peerRuns); run += 1) {
      peer?.div.remove();
      peer = undefined;
      if (run === peerRuns - 1) peerHeapBefore = await retainedHeapMB();
      const div = peerBox();
      let chart: OrgChart<OrgRow> | undefined;
      peerTimes.push(await frameMs(async () => (chart = await drawOrgChart(div, rows, { expanded: true, height: HEIGHT }))));
      peer = { chart: chart as OrgChart<OrgRow>, div };
    }
    const peerHeapMB = (await retainedHeapMB()) - peerHeapBefore;

    // Keep ours at the top of the page, where it is painted.
    if (peer) peer.div.style.display = 'none';
    const ourTimes: number[] = [];
    let ours: OobHierarchy | undefined;
    let oursHeapBefore = 0;
    for (let run = 0; run < ourRuns; run += 1) {
      ours?.remove();
      ours = undefined;
      // A fresh object each run, so the parse is timed too (parses are memoised per object).
      const copy = structuredClone(data);
      if (run === ourRuns - 1) oursHeapBefore = await retainedHeapMB();
      ourTimes.push(await frameMs(async () => (ours = await mountOurs(copy, true))));
    }
    const oursHeapMB = (await retainedHeapMB()) - oursHeapBefore;
    if (ours) await checkSettled(ours);
    recordPair({
      group: 'hierarchy',
      case: `first paint, ${fmt(units)} units, all expanded`,
      peer: ORG_CHART,
      peerMs: peerSkipped ?? ms(peerTimes),
      oursMs: ms(ourTimes),
      ...(peerSkipped ? {} : { peerHeapMB }),
      oursHeapMB,
      runs: `${ourRuns} / ${peerTimes.length}`,
      samples: { ours: ourTimes, peer: peerTimes },
    });
    if (!peerSkipped && !slowPeers && ms(peerTimes) > PEER_SKIP_AFTER_MS) {
      peerSkipped = `skipped: ${fmt(Math.round(ms(peerTimes)))} ms at ${fmt(units)} units (--slow-peers runs it)`;
    }

    if (units >= 10_000 && ours) {
      const el = ours;
      const p = peer;
      const oursDriven: Driven = {
        svg: () => ourSvg(el),
        drawn: () => el.shadowRoot?.querySelector('.viewport')?.getAttribute('transform') ?? '',
        scale: () => ourScale(el),
        fit: async () => {
          el.fit();
          await el.updateComplete;
          await nextFrame();
        },
        settle: async () => {
          await el.updateComplete;
          await nextFrame();
        },
      };
      const peerDriven: Driven | undefined = p && {
        svg: () => p.chart.getChartState().svg.node() as SVGSVGElement,
        drawn: () => p.div.querySelector('g.chart')?.getAttribute('transform') ?? '',
        scale: () => orgChartScale(p.chart),
        fit: async () => {
          p.chart.fit({ animate: false });
          await nextFrame();
          await nextFrame();
        },
        settle: async () => {
          await nextFrame();
          await nextFrame();
        },
      };
      // Only the chart being driven is shown, at the top of the page.
      const only = (shown: HTMLElement) => {
        el.style.display = shown === el ? '' : 'none';
        if (p) p.div.style.display = shown === p.div ? '' : 'none';
      };
      const results: Record<string, { ours: number[]; peer: number[] }> = {};
      for (const view of ['overview (fitted)', 'readable scale (1:1)'] as const) {
        let peerFrames = { zoom: [] as number[], drag: [] as number[], first: Number.NaN };
        if (p && peerDriven) {
          only(p.div);
          await peerDriven.fit();
          if (view !== 'overview (fitted)') await toReadable(peerDriven);
          peerFrames = await interactionFrames(peerDriven, units >= 50_000 ? PEER_FRAMES_50K : FRAMES);
        }
        only(el);
        await oursDriven.fit();
        if (view !== 'overview (fitted)') await toReadable(oursDriven);
        const ourFrames = await interactionFrames(oursDriven);
        results[`first wheel-zoom step after ${view === 'overview (fitted)' ? 'the fit' : 'zooming to 1:1'}`] = {
          ours: [ourFrames.first],
          peer: Number.isNaN(peerFrames.first) ? [] : [peerFrames.first],
        };
        results[`wheel-zoom step, ${view}`] = { ours: ourFrames.zoom, peer: peerFrames.zoom };
        results[`drag frame, ${view}`] = { ours: ourFrames.drag, peer: peerFrames.drag };
        if (units === 50_000) {
          // The same steps again under a Chrome trace, for where the time goes (not timed here: tracing slows them).
          await trace('start', `hierarchy 50,000 units, ${view}`);
          await interactionFrames(oursDriven);
          await trace('stop', `hierarchy 50,000 units, ${view}`);
        }
      }
      for (const [name, s] of Object.entries(results)) {
        const peerMs = s.peer.length > 0 ? ms(s.peer) : (peerSkipped ?? 'not run');
        recordPair({
          group: 'hierarchy',
          case: `${name}, ${fmt(units)} units`,
          peer: ORG_CHART,
          peerMs,
          oursMs: ms(s.ours),
          runs: `${s.ours.length} / ${s.peer.length} frames`,
          samples: s,
        });
      }
    }
    peer?.div.remove();
    ours?.remove();
  }

  // Expand-all from the initial two levels, 10,000 units.
  const units = 10_000;
  const data = generateOrderOfBattle({ units, seed: 1 });
  const rows = toOrgRows(data);
  const runs = quick ? 1 : 3;
  // One peer run: it takes seconds (tens of seconds on a busy machine).
  const div = peerBox();
  const chart = await drawOrgChart(div, rows, { expanded: false, height: HEIGHT });
  const peerTimes = [
    await frameMs(async () => {
      chart.expandAll();
      await nextFrame();
    }),
  ];
  div.remove();
  const el = await mountOurs(structuredClone(data), false);
  const ourTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    el.collapseAll();
    while (!(await el.updateComplete));
    await nextFrame();
    ourTimes.push(
      await frameMs(async () => {
        el.expandAll();
        while (!(await el.updateComplete));
      }),
    );
  }
  el.remove();
  recordPair({
    group: 'hierarchy',
    case: `expand-all, ${fmt(units)} units`,
    peer: ORG_CHART,
    peerMs: ms(peerTimes),
    oursMs: ms(ourTimes),
    runs: `${runs} / ${peerTimes.length}`,
    samples: { ours: ourTimes, peer: peerTimes },
  });
  window.matchMedia = media;
});
