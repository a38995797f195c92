// npm run test:csp (after npm run build): loads dist/oob-charts.bundle.js in pages served with a strict
// Content-Security-Policy and Trusted Types, mounts every element, calls its exports, and counts the
// `securitypolicyviolation` events per element and step.
//   strict:   the policy the docs promise works: 0 violations, everything drawn, exports working.
//   tt-none:  `trusted-types 'none'`: the bundle must still load and say clearly which policy it needs.
// Exits 1 when the strict page has any violation or failed step, or the tt-none page cannot load the
// bundle or does not name the policy it needs. `--report-only` prints the same tables and exits 0.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';
import { serveStatic } from './static-server.mjs';

const BUNDLE = resolve('dist/oob-charts.bundle.js');
const POLICIES = {
  strict:
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html oob-charts",
  'tt-none':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types 'none'",
};
const reportOnly = process.argv.includes('--report-only');

if (!existsSync(BUNDLE)) {
  console.error('test:csp: dist/oob-charts.bundle.js is missing; run `npm run build` first.');
  process.exit(1);
}

// Runs before the bundle (a classic script runs before deferred module scripts): every violation from
// the very first one is recorded with the step that was running.
const LISTEN = `window.__step = 'load';
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ step: window.__step, directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: (e.sample || '').slice(0, 80), source: e.sourceFile, line: e.lineNumber });
});
window.addEventListener('error', (e) => window.__violations.push({ step: window.__step, error: String(e.message) }));
`;

// Mounts each element with the built-in dataset (no data attribute: the default), builds nothing from
// strings (no innerHTML), then calls the exports the element has.
const HARNESS = `
const results = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const ELEMENTS = [
  // The change turns compare mode on, so its marks, dashed links and struck-through names are drawn and
  // toCSV() has the changes to export; then a unit gets focus, so its tooltip (on-demand code with its styles) shows.
  ['oob-hierarchy', (el) => { el.style.height = '500px'; }, (el) => {
    el.setAttribute('date', '1949-12');
    el.setAttribute('compare', '1945-04');
    setTimeout(() => el.shadowRoot.querySelector('.node')?.focus(), 100);
  }],
  ['oob-strength-chart', () => {}, (el) => el.setAttribute('side', 'all')],
  // In Uyghur: its built-in strings are a second file the element loads (as compare mode is for the hierarchy).
  ['oob-rank-table', (el) => el.setAttribute('lang', 'ug'), (el) => el.setAttribute('orientation', 'rows')],
  ['oob-timeline', () => {}, (el) => el.setAttribute('date', '1946-06')],
  ['oob-dataset', (el) => el.append(document.createElement('oob-timeline'), document.createElement('oob-strength-chart')), (el) => el.setAttribute('date', '1948')],
];
async function step(name, fn) {
  window.__step = name;
  const start = window.__violations.length;
  let outcome;
  try {
    outcome = await fn();
  } catch (error) {
    outcome = { ok: false, detail: String(error && error.message || error).slice(0, 160) };
  }
  await wait(150);
  await frame();
  const violations = window.__violations.slice(start).filter((v) => !v.error);
  const errors = window.__violations.slice(start).filter((v) => v.error).map((v) => v.error);
  return { violations, errors, ...outcome };
}
const defined = ELEMENTS.map(([tag]) => [tag, Boolean(customElements.get(tag))]);
for (const [tag, setup, change] of ELEMENTS) {
  const row = { tag };
  if (!customElements.get(tag)) {
    results.push({ tag, notDefined: true });
    continue;
  }
  const el = document.createElement(tag);
  el.style.width = '900px';
  el.style.display = 'block';
  setup(el);
  row.mount = await step(tag + ': mount', async () => {
    document.body.append(el);
    await el.updateComplete;
    await wait(500);
    await frame();
    const root = el.shadowRoot;
    const error = root && root.querySelector('[role="alert"]');
    // Nodes drawn by the element and by any chart inside it (the provider draws only a slot itself).
    const inner = [el, ...el.querySelectorAll('*')].map((n) => (n.shadowRoot ? n.shadowRoot.querySelectorAll('*').length : 0));
    const drawn = inner.reduce((a, b) => a + b, 0);
    return { ok: !error && drawn > 5, detail: error ? 'error panel: ' + error.textContent.trim().slice(0, 120) : drawn + ' nodes' };
  });
  row.change = await step(tag + ': change', async () => {
    change(el);
    await el.updateComplete;
    await wait(300);
    return { ok: true, detail: '' };
  });
  for (const name of ['toSVG', 'toPNG', 'toCSV']) {
    if (typeof el[name] !== 'function') continue;
    row[name] = await step(tag + ': ' + name, async () => {
      const out = await el[name]();
      const size = typeof out === 'string' ? out.length : out && typeof out.size === 'number' ? out.size : 0;
      return { ok: size > 0, detail: (typeof out === 'string' ? 'string ' : 'blob ') + size };
    });
  }
  el.remove();
  results.push(row);
}
window.__results = { defined, results, load: window.__violations.filter((v) => v.step === 'load') };
window.__done = true;
`;

const dir = mkdtempSync(join(tmpdir(), 'oob-csp-'));
writeFileSync(join(dir, 'listen.js'), LISTEN);
writeFileSync(join(dir, 'harness.js'), HARNESS);
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>oob-charts CSP</title>
<script src="/listen.js"></script>
<script type="module" src="/dist/oob-charts.bundle.js"></script>
<script type="module" src="/harness.js"></script>
</head><body></body></html>`,
);

const STEPS = ['mount', 'change', 'toSVG', 'toPNG', 'toCSV'];
let failed = false;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  for (const [name, policy] of Object.entries(POLICIES)) {
    const server = await serveStatic(dir, { mounts: { '/dist/': resolve('dist') }, headers: { 'content-security-policy': policy } });
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const consoleLines = [];
    page.on('console', (msg) => consoleLines.push(`${msg.type()}: ${msg.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    await page
      .waitForFunction('window.__done === true', { timeout: 120_000 })
      .catch(() => consoleLines.push('harness: did not finish in 120 s'));
    const report = await page.evaluate(() => window.__results);
    await page.close();
    server.close();

    console.log(`\n== ${name}: Content-Security-Policy: ${policy}`);
    if (!report) {
      console.log('  no results (the harness did not run)');
      failed = true;
      continue;
    }
    const rows = report.results.map((r) => {
      const row = { element: r.tag };
      if (r.notDefined) return { ...row, mount: 'not defined' };
      for (const s of STEPS) {
        const res = r[s];
        if (!res) continue;
        row[s] = `${res.violations.length} ${res.ok ? 'ok' : 'FAILED'}${res.errors.length ? ` (${res.errors.length} errors)` : ''}`;
      }
      return row;
    });
    console.log(
      `  violations while loading the bundle: ${report.load.filter((v) => !v.error).length}${
        report.load.some((v) => v.error)
          ? `; errors: ${report.load
              .filter((v) => v.error)
              .map((v) => v.error)
              .join(' | ')}`
          : ''
      }`,
    );
    console.log('  violations per element and step ("<count> ok|FAILED"):');
    console.table(rows);
    const all = report.results.flatMap((r) =>
      STEPS.flatMap((s) => (r[s] ? r[s].violations.map((v) => ({ ...v, element: r.tag, step: s })) : [])),
    );
    const byKind = new Map();
    for (const v of [...report.load.filter((x) => !x.error).map((x) => ({ ...x, element: '(load)', step: 'load' })), ...all]) {
      const key = `${v.element} ${v.step}: ${v.directive} ${v.blocked || ''} ${v.sample ? `"${v.sample}"` : ''}`.trim();
      byKind.set(key, (byKind.get(key) ?? 0) + 1);
    }
    if (byKind.size > 0) console.log('  what was blocked:\n' + [...byKind].map(([k, n]) => `    ${n} x ${k}`).join('\n'));
    const failedSteps = report.results.flatMap((r) => STEPS.filter((s) => r[s] && !r[s].ok).map((s) => `${r.tag} ${s}: ${r[s].detail}`));
    if (failedSteps.length) console.log('  failed steps:\n' + failedSteps.map((f) => `    ${f}`).join('\n'));
    const ttLines = consoleLines.filter((l) => /trusted.?types|lit-html|oob-charts|policy/i.test(l));
    if (ttLines.length)
      console.log(
        '  console lines about the policy:\n' +
          ttLines
            .slice(0, 8)
            .map((l) => `    ${l.slice(0, 300)}`)
            .join('\n'),
      );

    if (name === 'strict') {
      const total = all.length + report.load.length;
      console.log(`  strict total: ${total} violations/errors, ${failedSteps.length} failed steps`);
      if (total > 0 || failedSteps.length > 0) failed = true;
    } else {
      const loaded = report.defined.every(([, ok]) => ok);
      // The library's own message (not only Chromium's): it names oob-charts and the directive to add.
      const says = consoleLines.some((l) => /oob-charts/i.test(l) && /trusted-types/i.test(l) && /lit-html/.test(l));
      console.log(
        `  bundle loaded and defined every element: ${loaded ? 'yes' : 'NO'}; an oob-charts message names the policy it needs ("trusted-types lit-html …"): ${says ? 'yes' : 'NO'}`,
      );
      if (!loaded || !says) failed = true;
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failed && !reportOnly) {
  console.error('\ntest:csp: FAILED (see the tables above; --report-only to exit 0)');
  process.exit(1);
}
console.log(`\ntest:csp: ${failed ? 'problems reported (report-only)' : 'passed'}`);
