// Browser test of examples/plain-html: serves the repository statically, opens the page in headless
// Chromium and checks that every chart rendered and nothing logged an error. Needs `npm run build`.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/oob-charts.bundle.js')) {
  console.error('test-example: dist/oob-charts.bundle.js is missing; run `npm run build` first.');
  process.exit(1);
}
const server = await serveStatic(process.cwd());
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, defaultViewport: { width: 1200, height: 900 } });
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/examples/plain-html/index.html`, { waitUntil: 'networkidle0' });
  const rendered = await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('oob-hierarchy, oob-strength-chart, oob-rank-table, oob-timeline')];
      const done = charts.map((el) => ({
        tag: el.tagName.toLowerCase(),
        id: el.id,
        drawn: Boolean(el.shadowRoot?.querySelector('svg, table')) && !el.shadowRoot?.querySelector('[part~="error"], [part~="loading"]'),
      }));
      return done.every((d) => d.drawn) ? done : false;
    },
    { timeout: 30_000, polling: 100 },
  ).then((h) => h.jsonValue(), () => null);
  check('all charts rendered (svg or table, no error, not loading)', rendered !== null, rendered ? `${rendered.length} charts` : 'timed out');
  const ownTitle = await page.$eval('#own-data', (el) => el.shadowRoot?.textContent ?? '');
  check('the src chart shows the user JSON', /Blue force|I Corps|Red force/.test(ownTitle));
  const accent = await page.$eval('#themed', (el) => getComputedStyle(el).getPropertyValue('--_accent').trim());
  check('the custom theme reaches the element', accent === '#8a4b08', accent);
  await new Promise((r) => setTimeout(r, 300));
  check('no console or page errors', errors.length === 0, errors.join(' | '));
} finally {
  await browser.close();
  server.close();
}
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
