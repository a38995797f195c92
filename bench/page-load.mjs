// Page load to first chart painted, from plain HTML pages as a museum or wiki would write them:
// oob-charts from dist/oob-charts.bundle.js (`npm run build`), d3-org-chart from its UMD build
// with d3's and d3-flextree's, each fetching the same generated army as its own JSON. Timed from
// navigation start to the end of the first frame that shows chart content, cache off.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTypeScript } from './import-ts.mjs';

const BUNDLE = 'dist/oob-charts.bundle.js';
const UMD = [
  'node_modules/d3/dist/d3.min.js',
  'node_modules/d3-flextree/build/d3-flextree.min.js',
  'node_modules/d3-org-chart/build/d3-org-chart.min.js',
];
const UNITS = 1_000;

/** Resolves (ms since navigation) after the first frame in which `check()` finds chart content. */
const probe = (check) => `window.__painted = new Promise((resolve) => {
  const tick = () => {
    if (!(${check})()) return requestAnimationFrame(tick);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
});`;

const page = (head, body) => `<!doctype html><meta charset="utf-8"><title>page load</title>${head}<body style="margin:0">${body}`;
const box = 'style="display:block;width:1200px;height:800px"';

export async function pageLoads(browser, dir, baseUrl, quick) {
  if (!existsSync(BUNDLE)) {
    console.log(`[page-load] ${BUNDLE} is missing: running npm run build first`);
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  // The generated army and the peer's rows, made in Node with the same code the in-page benches use.
  const { ORG_CHART, generateOrderOfBattle, toOrgRows, orgCardHTML } = await importTypeScript([
    "export { generateOrderOfBattle } from './src/data/generate.ts';",
    "export { ORG_CHART, toOrgRows, orgCardHTML } from './bench/peers/org-rows.ts';",
  ]);
  const load = join(dir, 'load');
  mkdirSync(load, { recursive: true });
  // The bundle with the chunks it loads on demand (dist/oob-charts.*.js), and the peer's scripts.
  const chunks = readdirSync('dist')
    .filter((f) => f.startsWith('oob-charts.') && f.endsWith('.js'))
    .map((f) => join('dist', f));
  for (const file of [...chunks, ...UMD]) copyFileSync(file, join(load, file.replace(/^.*\//, '')));
  const army = generateOrderOfBattle({ units: UNITS, seed: 1 });
  writeFileSync(join(load, 'army.json'), JSON.stringify(army));
  writeFileSync(join(load, 'org-rows.json'), JSON.stringify(toOrgRows(army)));

  const hasChart = `() => document.querySelector('oob-hierarchy')?.shadowRoot?.querySelector('svg.chart .viewport *')`;
  writeFileSync(
    join(load, 'ours.html'),
    page(
      '<script type="module" src="oob-charts.bundle.js"></script>',
      `<oob-hierarchy src="army.json" ${box}></oob-hierarchy><script>${probe(hasChart)}</script>`,
    ),
  );
  writeFileSync(
    join(load, 'ours-builtin.html'),
    page(
      '<script type="module" src="oob-charts.bundle.js"></script>',
      `<oob-hierarchy ${box}></oob-hierarchy><script>${probe(hasChart)}</script>`,
    ),
  );
  const peerScript = `fetch('org-rows.json').then((r) => r.json()).then((rows) => {
    const card = ${orgCardHTML.toString()};
    new d3.OrgChart().container('#chart').data(rows).svgHeight(800).duration(0).initialExpandLevel(2)
      .nodeWidth(() => 200).nodeHeight(() => 64).nodeContent((d) => card(d.data)).render();
  });`;
  writeFileSync(
    join(load, 'peer.html'),
    page(
      UMD.map((f) => `<script src="${f.replace(/^.*\//, '')}"></script>`).join(''),
      `<div id="chart" ${box}></div><script>${peerScript}${probe(`() => document.querySelector('#chart .node')`)}</script>`,
    ),
  );

  const runs = quick ? 3 : 7;
  const tab = await browser.newPage();
  // A tab behind the bench page gets no animation frames, and the probe waits for one: in front, or
  // the wait never ends (the hang seen once in a quick run).
  await tab.bringToFront();
  await tab.setCacheEnabled(false);
  tab.on('pageerror', (e) => console.error(`[page-load] page error: ${e.message}`));
  const measure = async (file) => {
    const times = [];
    let heap = Number.NaN;
    for (let i = 0; i < runs + 1; i += 1) {
      await tab.goto(`${baseUrl}/load/${file}`, { waitUntil: 'load' });
      // A chart that never paints is a figure (NaN, printed as such), not a bench that hangs.
      const ms = await tab.evaluate(() =>
        Promise.race([window.__painted, new Promise((resolve) => setTimeout(() => resolve(Number.NaN), 60_000))]),
      );
      // The first load warms the server and the disk cache; it is not counted.
      if (i > 0) times.push(ms);
      heap = await tab.evaluate(() => {
        window.gc?.();
        return performance.memory ? performance.memory.usedJSHeapSize / 1048576 : Number.NaN;
      });
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], times, heap };
  };
  const peer = await measure('peer.html');
  const ours = await measure('ours.html');
  const builtin = await measure('ours-builtin.html');
  await tab.close();
  const units = UNITS.toLocaleString('en');
  return [
    {
      group: 'page load (plain HTML, script tags)',
      case: `to first chart painted, own data (${units} units, JSON), 2 levels open`,
      peer: ORG_CHART,
      peerMs: peer.ms,
      oursMs: ours.ms,
      peerHeapMB: peer.heap,
      oursHeapMB: ours.heap,
      runs: `${runs} / ${runs}`,
      samples: { ours: ours.times, peer: peer.times },
    },
    {
      group: 'page load (plain HTML, script tags)',
      case: 'to first chart painted, built-in dataset (no data given)',
      peer: ORG_CHART,
      peerMs: 'cannot: no built-in data',
      oursMs: builtin.ms,
      oursHeapMB: builtin.heap,
      runs: `${runs} / -`,
      samples: { ours: builtin.times },
    },
  ];
}
