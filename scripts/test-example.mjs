// Browser test of examples/plain-html with the built bundle: serves the repository statically, opens
// the page in headless Chromium and checks that every chart drew the example's own illustrative
// dataset (a chart that fell back to the built-in army fails), at the shared date, with no error.
// The same page is then served with the bundle's <script> moved (end of body, async, defer in the
// head), since the charts must find their <oob-dataset> in every load order. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/oob-charts.bundle.js')) {
  console.error('test-example: dist/oob-charts.bundle.js is missing; run `npm run build` first.');
  process.exit(1);
}
const PAGE = '/examples/plain-html/index.html';
const html = readFileSync(`.${PAGE}`, 'utf8');
const tag = '<script type="module" src="../../dist/oob-charts.bundle.js"></script>';
if (!html.includes(tag)) throw new Error(`test-example: ${PAGE} no longer loads the bundle with ${tag}`);
const withoutTag = html.replace(tag, '');
/** The example with its bundle tag moved: served at /examples/plain-html/<name>.html. */
const variants = {
  'end-of-body': withoutTag.replace('</body>', `${tag}\n</body>`),
  'head-async': withoutTag.replace('</head>', `${tag.replace('<script ', '<script async ')}\n</head>`),
  'head-defer': withoutTag.replace('</head>', `${tag.replace('<script ', '<script defer ')}\n</head>`),
};
/** A page that draws the built-in dataset (a chart with no data, src or provider). */
const builtInPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">${tag}</head>
  <body><oob-hierarchy style="display:block;height:400px"></oob-hierarchy></body></html>`;
/**
 * The bundle loaded with a query (cache busting), drawing compare mode: its on-demand files must find
 * the code they share with it without loading a second copy of the bundle.
 */
const queryPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">${tag.replace('bundle.js"', 'bundle.js?v=2"')}</head>
  <body><oob-hierarchy date="1949-12" compare="1945-04" style="display:block;height:500px"></oob-hierarchy></body></html>`;

const server = await serveStatic(process.cwd());
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
  defaultViewport: { width: 1200, height: 900 },
});
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok, detail });

/** Every chart's tag, id, state and text, once none is loading (null after 30 s). */
async function charts(page) {
  return page
    .waitForFunction(
      () => {
        const all = [...document.querySelectorAll('oob-hierarchy, oob-strength-chart, oob-rank-table, oob-timeline')];
        const states = all.map((el) => ({
          tag: el.tagName.toLowerCase(),
          id: el.id,
          linked: el.closest('oob-dataset') !== null,
          drawn: Boolean(el.shadowRoot?.querySelector('svg, table')) && !el.shadowRoot?.querySelector('[part~="error"], [part~="loading"]'),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        }));
        return states.length > 0 && states.every((s) => s.drawn) ? states : false;
      },
      { timeout: 30_000, polling: 100 },
    )
    .then(
      (h) => h.jsonValue(),
      () => null,
    );
}

/** What each chart must show of examples/plain-html/my-army.json (and the linked date, 12 June 1901). */
const expected = {
  'oob-timeline': ['Battle of the example river'],
  'oob-hierarchy': ['I Corps', '1st Artillery Regiment'],
  'oob-strength-chart': ['I Corps'],
  'oob-rank-table': ['Example general'],
};

function checkCharts(label, states) {
  check(
    `${label}: every chart drew (svg or table, no error, not loading)`,
    states !== null,
    states ? `${states.length} charts` : 'timed out',
  );
  if (!states) return;
  for (const s of states) {
    const name = `${label}: ${s.tag}${s.id ? `#${s.id}` : ''}${s.linked ? ' in <oob-dataset>' : ''}`;
    const missing = expected[s.tag].filter((t) => !s.text.includes(t));
    check(`${name} shows the example's own dataset`, missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : '');
    check(`${name} does not show the built-in army`, !/Ili\b|Ghulja|Kulja/.test(s.text));
  }
  const hierarchy = states.find((s) => s.tag === 'oob-hierarchy' && s.linked);
  // 2nd Division became the 2nd Guards Division in March 1902: at the shared date it has its first name.
  check(
    `${label}: the linked hierarchy is drawn at the provider's date`,
    Boolean(hierarchy && hierarchy.text.includes('2nd Division') && !hierarchy.text.includes('Guards')),
  );
}

try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  const builtInRequested = () => requested.some((url) => /oob-charts\.ili-national-army-[\w-]+\.js$/.test(url));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const name = /\/examples\/plain-html\/([\w-]+)\.html$/.exec(new URL(request.url()).pathname)?.[1];
    requested.push(request.url());
    if (name === 'built-in') void request.respond({ status: 200, contentType: 'text/html', body: builtInPage });
    else if (name === 'query') void request.respond({ status: 200, contentType: 'text/html', body: queryPage });
    else if (name && name in variants) void request.respond({ status: 200, contentType: 'text/html', body: variants[name] });
    else void request.continue();
  });

  await page.goto(`${server.url}${PAGE}`, { waitUntil: 'networkidle0' });
  checkCharts('example', await charts(page));
  const note = await page.$eval('#illustrative-note', (el) => ({
    text: el.textContent ?? '',
    visible: el.getBoundingClientRect().height > 0,
  }));
  check('the page labels its data as illustrative', note.visible && /Illustrative data, not history/.test(note.text));
  const accent = await page.$eval('#themed', (el) => getComputedStyle(el).getPropertyValue('--_accent').trim());
  check('the custom theme reaches the element', accent === '#8a4b08', accent);
  await new Promise((r) => setTimeout(r, 300));
  check('example: no console or page errors', errors.length === 0, errors.join(' | '));
  check(
    'example: the built-in dataset file is never loaded (every chart brings its data)',
    !builtInRequested(),
    requested.filter((u) => u.includes('dist/')).join(' '),
  );

  for (const name of Object.keys(variants)) {
    errors.length = 0;
    await page.goto(`${server.url}/examples/plain-html/${name}.html`, { waitUntil: 'networkidle0' });
    checkCharts(`bundle ${name}`, await charts(page));
    check(`bundle ${name}: no console or page errors`, errors.length === 0, errors.join(' | '));
  }

  requested.length = 0;
  await page.goto(`${server.url}/examples/plain-html/built-in.html`, { waitUntil: 'networkidle0' });
  const builtIn = await page
    .waitForFunction(() => /Ili National Army|Ili\b/.test(document.querySelector('oob-hierarchy')?.shadowRoot?.textContent ?? ''), {
      timeout: 30_000,
    })
    .then(
      () => true,
      () => false,
    );
  check('a chart with no data loads the built-in dataset as a second file beside the bundle and draws it', builtIn && builtInRequested());

  requested.length = 0;
  errors.length = 0;
  await page.goto(`${server.url}/examples/plain-html/query.html`, { waitUntil: 'networkidle0' });
  const compared = await page
    .waitForFunction(() => document.querySelector('oob-hierarchy')?.shadowRoot?.querySelector('[part~="legend"]'), { timeout: 30_000 })
    .then(
      () => true,
      () => false,
    );
  const bundles = requested.filter((url) => /\/dist\/oob-charts\.bundle\.js/.test(url));
  check(
    'the bundle loaded with a query draws compare mode from its on-demand files, and loads once',
    compared && bundles.length === 1 && errors.length === 0,
    [...bundles, ...errors].join(' | '),
  );
} finally {
  await browser.close();
  server.close();
}
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
