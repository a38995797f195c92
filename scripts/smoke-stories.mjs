// Opens every story and docs page of the built Storybook (storybook-static/index.json) in headless
// Chromium and fails on any console error, page error, Storybook error display or empty render.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';
import { serveStatic } from './static-server.mjs';

// axe-core comes with @open-wc/testing; every story must have zero violations.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const root = process.env.STORYBOOK_DIR ?? 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('smoke: storybook-static/index.json is missing; run `npm run build-storybook` first.');
  process.exit(1);
}
const server = await serveStatic(root);
const base = server.url;
const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const pages = Object.values(entries).filter((e) => e.type === 'story' || e.type === 'docs');
// Stories that show an error state on purpose log nothing, so no allow-list is needed; network
// errors of stories that fetch a missing URL on purpose are tagged `expect-network-error`.
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const failures = [];
try {
  for (const entry of pages) {
    const page = await browser.newPage();
    const problems = [];
    const allowNetwork = (entry.tags ?? []).includes('expect-network-error');
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (allowNetwork && /Failed to load resource/.test(msg.text())) return;
      problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const url = `${base}/iframe.html?id=${entry.id}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const state = await page
      .waitForFunction(
        (isDocs) => {
          const body = document.body;
          if (body.classList.contains('sb-show-errordisplay')) return 'error-display';
          const rootEl = document.querySelector(isDocs ? '#storybook-docs' : '#storybook-root');
          if (!rootEl || !body.classList.contains('sb-show-main')) return false;
          const hasContent =
            rootEl.children.length > 0 && (rootEl.textContent.trim().length > 0 || rootEl.querySelector('*:not(style):not(script)'));
          return hasContent ? 'ok' : false;
        },
        { timeout: 30_000, polling: 100 },
        entry.type === 'docs',
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'empty');
    await new Promise((r) => setTimeout(r, 300));
    if (state !== 'ok') problems.push(`render: ${state}`);
    if (entry.type === 'story') {
      const emptyElements = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter((el) => el.tagName.toLowerCase().startsWith('oob-'))
          .filter((el) => !customElements.get(el.tagName.toLowerCase()) || !el.shadowRoot || el.shadowRoot.childElementCount === 0)
          .map((el) => el.tagName.toLowerCase()),
      );
      if (emptyElements.length > 0) problems.push(`undefined or empty element: ${emptyElements.join(', ')}`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
      });
      for (const v of violations) problems.push(`axe: ${v}`);
    }
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.type} ${entry.id}`);
    if (problems.length) failures.push({ id: entry.id, problems });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.error(`\n${f.id}\n  ${f.problems.join('\n  ')}`);
console.log(`\n${pages.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
