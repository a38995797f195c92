// The A/B page: build A's strength chart as <oob-a>, B's as <oob-b>, taking turns (the order swapped
// every run) on the same data, so that only the code differs. Results go to window.__result.
const A = await import('./a.js');
const B = await import('./b.js');
customElements.define('oob-a', A.OobStrengthChart);
customElements.define('oob-b', B.OobStrengthChart);
const query = new URLSearchParams(location.search);
const sizes = (query.get('sizes') ?? '50,500,5000').split(',').filter(Boolean).map(Number);
const runs = Number(query.get('runs') ?? 30);
const catalogueRuns = Number(query.get('catalogue') ?? 0);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// A message posted in a frame runs after that frame's style, layout and paint (as bench/harness.ts).
const frameEnd = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
async function frameMs(work) {
  await nextFrame();
  const start = performance.now();
  await work();
  await frameEnd();
  return performance.now() - start;
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
async function drawn(els) {
  await Promise.all(
    els.map(async (el) => {
      while (!(await el.updateComplete));
    }),
  );
}
function chart(tag, data, width) {
  const el = document.createElement(tag);
  el.style.width = `${width}px`;
  el.measure = 'personnel,tanks,artillery';
  el.side = 'all';
  el.data = data;
  return el;
}

/** `count` runs of each, in turns, after a warm-up; the median of each and of the paired ratios B/A. */
async function inTurns(count, paint) {
  const times = { 'oob-a': [], 'oob-b': [] };
  const ratios = [];
  for (let run = -3; run < count; run += 1) {
    const pair = {};
    for (const tag of run % 2 ? ['oob-a', 'oob-b'] : ['oob-b', 'oob-a']) pair[tag] = await paint(tag);
    if (run < 0) continue;
    for (const tag of ['oob-a', 'oob-b']) times[tag].push(pair[tag]);
    ratios.push(pair['oob-b'] / pair['oob-a']);
  }
  return `A ${median(times['oob-a']).toFixed(2)} ms, B ${median(times['oob-b']).toFixed(2)} ms, median B/A ${median(ratios).toFixed(3)}`;
}

const lines = [];
for (const figures of sizes) {
  const data = A.generateOrderOfBattle({ units: Math.max(60, Math.round(figures / 3)), observations: figures, seed: 7 });
  const result = await inTurns(figures >= 5000 ? Math.ceil(runs / 4) : runs, async (tag) => {
    const copy = structuredClone(data);
    await frameMs(() => undefined);
    let el;
    const ms = await frameMs(async () => {
      el = chart(tag, copy, 1000);
      document.body.append(el);
      await drawn([el]);
    });
    el.remove();
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
      await drawn(els);
    });
    page.replaceChildren();
    return ms;
  });
  lines.push(`catalogue page, 100 charts of 12 figures: ${result}`);
}
window.__result = lines.join('\n');
