// npm run bench:ab -- [rev] [sizes] [runs] [catalogue runs]
// The strength chart's first paint, as committed at `rev` (A, default HEAD) and as in the working tree
// (B), in one page of headless Chromium, taking turns: a change's effect to a few per cent, where
// `npm run bench` (against the peers) moves by more from run to run. Prints the median of each and
// of the paired ratios B/A (below 1: the working tree is faster); run it twice, and once with no
// change (A/A), before trusting a difference of 3% or less.
// Example: npm run bench:ab -- HEAD 50,500 40 10
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-flags.mjs';
import { minifyCssTemplatesPlugin } from '../scripts/css-templates.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const [rev = 'HEAD', sizes = '50,500,5000', runs = '30', catalogue = '0'] = process.argv.slice(2);
const here = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'oob-ab-'));
try {
  // Build A from `rev`'s sources (with this checkout's node_modules), B from the working tree.
  const base = join(work, 'a-src');
  mkdirSync(join(base, 'bench/ab'), { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', rev, 'src', 'tsconfig.json'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', base], { input: archive });
  symlinkSync(join(here, 'node_modules'), join(base, 'node_modules'));
  copyFileSync('bench/ab/entry.ts', join(base, 'bench/ab/entry.ts'));
  const out = join(work, 'out');
  const bundle = (root, name) =>
    build({
      entryPoints: { [name]: join(root, 'bench/ab/entry.ts') },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outdir: out,
      minify: true,
      conditions: ['production'],
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
      plugins: [minifyCssTemplatesPlugin],
    });
  await bundle(base, 'a');
  await bundle(here, 'b');
  // The page, with the harness's timing: the builds it loads stay outside it (loaded by URL).
  await build({
    entryPoints: { page: 'bench/ab/page.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outdir: out,
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="/page.js"></script>',
  );
  const server = await serveStatic(out);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 3_600_000,
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${server.url}/index.html?sizes=${sizes}&runs=${runs}&catalogue=${catalogue}`);
    await page.waitForFunction(() => window.__result, { timeout: 0, polling: 500 });
    console.log(`A = ${rev}, B = the working tree\n${await page.evaluate(() => window.__result)}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
