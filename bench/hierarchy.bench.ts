/**
 * `<oob-hierarchy>` cost for 100, 1,000 and 10,000 synthetic units (seeded): first render (parse,
 * hierarchy, layout, cull, draw, paint), re-render after a `date` change, expand-all, one zoom
 * step over the expanded tree, the DOM it keeps, and the JS heap; then a find-a-unit keystroke at
 * 1,000, 10,000 and 50,000 units (unbalanced trees); then compare mode (`compare`): first paint of
 * a 10,000-unit diff beside the same chart without it, with `changes-only`, and `toCSV()`.
 */
import { bench, heapMB, medianMs, nextPaint, record } from './harness.js';
import { OobHierarchy } from '../src/elements/hierarchy/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import { searchCode } from '../src/elements/hierarchy/on-demand-code.js';
import type { OrderOfBattle } from '../src/data/types.js';

// Keep the element class referenced: the bundler drops bare side-effect imports under `sideEffects`.
if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);

const SIZES = [100, 1_000, 10_000];
// The generator's dates run from 1940 to 1946: an early and a late date move and re-form many units.
const DATES = ['1941-06-30', '1945-12-31'];

async function painted(el: OobHierarchy): Promise<void> {
  await el.updateComplete;
  await nextPaint();
  // The resize observer reports after the first frame (one more update).
  await el.updateComplete;
}

async function mount(data: OrderOfBattle, attrs: Record<string, string> = {}): Promise<OobHierarchy> {
  // Attributes set before the element connects: the first update already has them.
  const el = document.createElement('oob-hierarchy');
  el.style.width = '1200px';
  el.style.height = '800px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  // A fresh object each time, so the parse is measured too (parses are memoised per object).
  el.data = structuredClone(data);
  document.body.append(el);
  await painted(el);
  return el;
}

const domSize = (el: OobHierarchy) => el.shadowRoot?.querySelectorAll('*').length ?? 0;

bench(async () => {
  // Animations would stretch every measurement to their 450 ms; measure the work, not the tween.
  const media = window.matchMedia;
  window.matchMedia = (q: string) => (q.includes('reduced-motion') ? ({ matches: true } as MediaQueryList) : media.call(window, q));

  for (const units of SIZES) {
    const data = generateOrderOfBattle({ units, seed: 1 });
    const runs = units >= 10_000 ? 5 : 9;
    const heapBefore = heapMB();

    const firstMs = await medianMs(runs, async () => {
      const el = await mount(data);
      el.remove();
    });

    const el = await mount(data, { date: DATES[1] as string });
    const collapsedNodes = el.shadowRoot?.querySelectorAll('.node').length ?? 0;
    // How big the names are at first paint: the zoom scale times the 12 px name size.
    const firstScale = Number(
      /scale\(([\d.e-]+)\)/.exec(el.shadowRoot?.querySelector('.viewport')?.getAttribute('transform') ?? '')?.[1] ?? Number.NaN,
    );
    let flip = 0;
    const dateMs = await medianMs(runs, async () => {
      flip += 1;
      el.date = DATES[flip % 2] as string;
      await painted(el);
    });

    // Timed by hand: medianMs would also count the collapse before each expand.
    const expandOnly: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      el.collapseAll();
      await painted(el);
      const start = performance.now();
      el.expandAll();
      await painted(el);
      expandOnly.push(performance.now() - start);
    }
    expandOnly.sort((a, b) => a - b);

    const expandedDateMs = await medianMs(runs, async () => {
      flip += 1;
      el.date = DATES[flip % 2] as string;
      await painted(el);
    });

    const zoomIn = el.shadowRoot?.querySelector<HTMLButtonElement>('.toolbar .zoom-in');
    const zoomOut = el.shadowRoot?.querySelector<HTMLButtonElement>('.toolbar .zoom-out');
    let zoomed = false;
    const zoomMs = await medianMs(runs, async () => {
      (zoomed ? zoomOut : zoomIn)?.click();
      zoomed = !zoomed;
      await painted(el);
    });

    // Zoomed in to reading scale over the expanded tree, then dragged: each step pans 240 px, so
    // every other step leaves the cull margin and re-draws the nodes in view.
    const svg = el.shadowRoot?.querySelector('svg.chart') as SVGSVGElement;
    const scale = () =>
      Number(/scale\(([\d.e-]+)\)/.exec(el.shadowRoot?.querySelector('.viewport')?.getAttribute('transform') ?? '')?.[1] ?? 1);
    for (let i = 0; i < 40 && scale() < 0.8; i += 1) {
      zoomIn?.click();
      await painted(el);
    }
    await el.focusUnit('u1');
    await painted(el);
    const box = svg.getBoundingClientRect();
    let x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, view: window }));
    const panMs = await medianMs(runs, async () => {
      x += 240;
      window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, view: window }));
      await painted(el);
    });
    window.dispatchEvent(new MouseEvent('mouseup', { clientX: x, clientY: y, bubbles: true, view: window }));
    const detailed = el.shadowRoot?.querySelectorAll('.node').length ?? 0;

    record({
      bench: 'hierarchy',
      case: `${units.toLocaleString('en')} units`,
      'first render ms': firstMs,
      'date change ms': dateMs,
      'expand-all ms': expandOnly[Math.floor(expandOnly.length / 2)] ?? Number.NaN,
      'date change, all open ms': expandedDateMs,
      'zoom step ms': zoomMs,
      'pan step, zoomed in ms': panMs,
      'nodes drawn (zoomed in)': detailed,
      'nodes drawn (first paint)': collapsedNodes,
      'name px at first paint': Math.round(firstScale * 12 * 10) / 10,
      'DOM elements (all open)': domSize(el),
      'heap MB': heapMB(),
      'heap +MB': Math.round((heapMB() - heapBefore) * 10) / 10,
    });
    el.remove();
  }

  // Compare mode at 10,000 units: mid-1941 against late 1945 (most units unchanged) and mid-1940
  // against late 1945 (most formed in between: a change record per unit, the diff's worst case).
  const data = generateOrderOfBattle({ units: 10_000, seed: 1 });
  const plainMs = await medianMs(5, async () => {
    const el = await mount(data, { date: '1945-12' });
    el.remove();
  });
  for (const from of ['1941-06', '1940-06']) {
    const attrs = { date: '1945-12', compare: from };
    const firstMs = await medianMs(5, async () => {
      const el = await mount(data, attrs);
      el.remove();
    });
    const foldedMs = await medianMs(5, async () => {
      const el = await mount(data, { ...attrs, 'changes-only': '' });
      el.remove();
    });
    const el = await mount(data, attrs);
    const csvStart = performance.now();
    const csv = el.toCSV();
    const csvMs = performance.now() - csvStart;
    record({
      bench: 'hierarchy compare',
      case: `10,000 units, ${from} vs 1945-12`,
      'first render, no compare ms': plainMs,
      'first render, compare ms': firstMs,
      'first render, changes-only ms': foldedMs,
      'toCSV ms': csvMs,
      'changes listed': csv.split('\r\n').length - 2,
      'nodes drawn (first paint)': el.shadowRoot?.querySelectorAll('.node').length ?? 0,
      'DOM elements (first paint)': domSize(el),
      'heap MB': heapMB(),
    });
    el.remove();
  }
  window.matchMedia = media;

  // Find a unit: one keystroke (index built once per tree, date and language; timed apart) at 1,000,
  // 10,000 and 50,000 units. Queries of growing length, as typed: a common letter first.
  for (const units of [1_000, 10_000, 50_000]) {
    const data = generateOrderOfBattle({ units, seed: 3, shape: 'unbalanced' });
    const el = await mount(data);
    // The search's code loads on demand: fetched before the clock starts, which times the index.
    await searchCode.load();
    const buildStart = performance.now();
    await el.search('x');
    const buildMs = performance.now() - buildStart;
    const queries = ['r', 'ri', 'rif', 'rifl', 'rifle', 'rifle b', '12th', 'guards', 'zzz'];
    let worst = 0;
    const keystrokeMs = await medianMs(queries.length * 3, async () => {
      const q = queries[Math.floor(Math.random() * queries.length)] as string;
      const start = performance.now();
      await el.search(q);
      worst = Math.max(worst, performance.now() - start);
    });
    record({
      bench: 'hierarchy search',
      case: `${units.toLocaleString('en')} units`,
      'index build ms': buildMs,
      'keystroke median ms': keystrokeMs,
      'keystroke worst ms': worst,
    });
    el.remove();
  }
});
