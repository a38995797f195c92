// Runs every bench/*.bench.ts (or those named on the command line) in headless Chromium and
// prints a table per bench. Usage: npm run bench [-- hierarchy strength]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-flags.mjs';

const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (benches.length === 0) {
  console.error('no bench/*.bench.ts files matched');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'oob-bench-'));
await build({
  entryPoints: benches.map((f) => join('bench', f)),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outdir: dir,
  minify: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
const server = createServer((req, res) => {
  const name = (req.url ?? '/').split('?')[0].slice(1);
  if (name.endsWith('.js')) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(join(dir, name)));
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="/${name}.js"></script>`);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});
let failed = false;
try {
  console.log(`oob-charts benchmarks · Chromium ${await browser.version()} · ${new Date().toISOString()}`);
  for (const file of benches) {
    const name = file.replace(/\.ts$/, '');
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/${name}`);
    await page.waitForFunction(() => window.__benchDone === true, { timeout: 300_000, polling: 200 });
    const { rows, error } = await page.evaluate(() => ({ rows: window.__benchRows, error: window.__benchError }));
    if (error) {
      failed = true;
      console.error(`[${name}] failed: ${error}`);
    }
    console.log(`\n== ${name}`);
    if (rows.length > 0) console.table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]))));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
