// npm run bench [-- --quick] [-- --all] [-- name…]
// Runs oob-charts side by side with the peers users would pick instead (bench/versus-*.bench.ts:
// d3-org-chart, Observable Plot) in headless Chromium, plus page loads from the plain-HTML bundle,
// and prints one table: the peer's time, ours, the ratio and the JS heap. Results also go to
// bench/results/latest.json; Chrome traces taken by a bench are summarised (self time per function).
// --all adds the per-element detail benches and the Node parse bench; names pick benches by file name;
// --slow-peers runs a peer's biggest cases even when its previous size took many seconds.
// TRACE_TOP=n (environment) lists the n busiest functions of each trace (default 15); TRACE_DIR=dir
// also writes each raw trace there (open it in Chrome DevTools' Performance panel).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-flags.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { pageLoads } from './page-load.mjs';
import { summariseTrace } from './trace-summary.mjs';
import { printPairs, ratioInterval } from './report.mjs';

/** Timeline events plus V8's sampling profiler, which gives the self time per function. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const all = args.includes('--all');
const wanted = args.filter((a) => !a.startsWith('--'));
const named = (f) => wanted.length === 0 || wanted.some((w) => f.includes(w));
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => (wanted.length > 0 ? named(f) : all || f.startsWith('versus-')))
  .sort();
const withLoads = named('page-load');
const withParse = wanted.length > 0 ? named('parse') : all;
if (benches.length === 0 && !withLoads && !withParse) {
  console.error('no bench matched');
  process.exit(1);
}
if (withParse) execFileSync('node', ['bench/parse.mjs'], { stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'oob-bench-'));
// Identifiers are kept (whitespace and syntax are minified) so traces name the functions.
await build({
  entryPoints: benches.map((f) => join('bench', f)),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outdir: dir,
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'external',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
for (const f of benches) {
  const name = f.replace(/\.ts$/, '');
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="/${name}.js"></script>`,
  );
}
const server = await serveStatic(dir);
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
  // A peer's 50,000-unit first paint blocks the page for minutes on a busy 2-core machine.
  protocolTimeout: 3_600_000,
});
const chromium = await browser.version();
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(
  `oob-charts benchmarks${quick ? ' (--quick)' : ''} · ${chromium} · ${cpus().length} CPUs · commit ${commit} · ${new Date().toISOString()}`,
);

let failed = false;
const pairs = [];
const detail = {};
const traces = [];
const started = performance.now();
try {
  for (const file of benches) {
    const name = file.replace(/\.ts$/, '');
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
    page.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text()));
    await page.exposeFunction('__benchTrace', async (action, label) => {
      if (action === 'start') await page.tracing.start({ categories: TRACE_CATEGORIES });
      else {
        const raw = Buffer.from(await page.tracing.stop()).toString('utf8');
        if (process.env.TRACE_DIR) {
          mkdirSync(process.env.TRACE_DIR, { recursive: true });
          writeFileSync(join(process.env.TRACE_DIR, `${label.replace(/[^\w]+/g, '-')}.json`), raw);
        }
        const summary = summariseTrace(
          JSON.parse(raw),
          join(dir, `${name}.js.map`),
          `${server.url}/${name}.js`,
          Number(process.env.TRACE_TOP ?? 15),
        );
        traces.push({ label, ...summary });
      }
    });
    const t0 = performance.now();
    const flags = [quick && 'quick', args.includes('--slow-peers') && 'slow-peers'].filter(Boolean).join('&');
    await page.goto(`${server.url}/${name}.html${flags ? `?${flags}` : ''}`);
    await page.waitForFunction(() => window.__benchDone === true, { timeout: 0, polling: 1000 });
    const { rows, error } = await page.evaluate(() => ({ rows: window.__benchRows, error: window.__benchError }));
    if (error) {
      failed = true;
      console.error(`[${name}] failed: ${error}`);
    }
    const own = rows.filter((r) => r.bench !== 'versus');
    pairs.push(...rows.filter((r) => r.bench === 'versus'));
    if (own.length > 0) {
      detail[name] = own;
      console.log(`\n== ${name}`);
      console.table(
        own.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]))),
      );
    }
    console.log(`[${name}] done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await page.close();
  }
  if (withLoads) pairs.push(...(await pageLoads(browser, dir, server.url, quick)));
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

printPairs(pairs);
for (const t of traces) {
  console.log(`\n== Chrome trace: ${t.label}: ${t.frames} frames; JS ${t.jsMs} ms, GC ${t.gcMs} ms in all (totals over the frames)`);
  console.table(t.timeline);
  console.table(t.selfTime);
}
const seconds = Math.round((performance.now() - started) / 1000);
console.log(`\nbenchmarks took ${seconds} s`);
mkdirSync('bench/results', { recursive: true });
const results = {
  date: new Date().toISOString(),
  commit,
  chromium,
  cpus: cpus().length,
  quick,
  seconds,
  pairs: pairs.map((p) => ({ ...p, ratioInterval: ratioInterval(p) })),
  traces,
  detail,
};
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 1)}\n`);
console.log('results: bench/results/latest.json');
process.exit(failed ? 1 : 0);
