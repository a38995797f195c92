// npm run size: what a page pays for each entry, and what npm users download.
// Each entry is bundled alone (its own Lit and D3, as a consumer without a shared chunk gets it),
// with code splitting on, as a bundler user would: a dynamic import (the built-in dataset, loaded
// only when a chart has no data) becomes its own chunk, which a page that brings its own data never
// loads. "up front" is the gzip of the entry and everything it imports statically; "lazy" is the
// rest. Then the packed package (`npm pack --dry-run`). Sizes are KiB (1024 bytes), gzip level 9.
// The script-tag bundle is measured as scripts/build.mjs writes it (Rollup, scripts/bundle.mjs); the
// package's entries as esbuild splits them (budgets), and, for comparison, as Rollup (so Vite) splits
// them: it keeps code shared by an entry and its on-demand chunks in the entry, where esbuild gives it
// files of its own, each compressed alone.
// `npm run size -- --why` also lists, per entry, what its up-front code is made of (minified KiB by
// package or source folder, before gzip; for the bundle, before minifying), to see where the next cut could come from.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildBundle } from './bundle.mjs';
import { gzipSync } from 'node:zlib';
import { checkCssTemplates, minifyCssTemplatesPlugin } from './css-templates.mjs';

/**
 * Budgets in KiB gzip (up front); the README lists the same numbers. Each is just above what its entry
 * reaches, so that a regression fails the command. Last lowered when the charts' SVG and PNG export,
 * the hierarchy's search and the rank table's comparison became on-demand code (bundle 110.0 -> 105.2,
 * hierarchy 57.5 -> 56.4, rank table 40.5 -> 38.1, strength chart 57.0 -> 56.3); the hierarchy's and the
 * rank table's again when their on-demand modules began to import the element, which keeps their page
 * code in one file with esbuild (hierarchy 56.5 -> 54.8, rank table 38.2 -> 36.8; see
 * src/elements/hierarchy/on-demand-code.ts); every entry's when the elements declared their reactive
 * properties in `static properties` instead of decorators (bundle 105.4 -> 104.4, hierarchy -> 54.2,
 * strength chart 56.4 -> 55.8, rank table -> 36.2, dataset 24.2 -> 23.5, timeline 33.6 -> 32.9); the
 * bundle's when Terser began to minify it (104.4 -> 100.5), and it and the strength chart's when the
 * chart's compact numbers stopped using d3-format (bundle -> 98.7, strength chart 55.8 -> 54.0).
 */
const budgets = {
  bundle: 99,
  'oob-charts/data': 30,
  'oob-charts/data/import': 29,
  'elements/hierarchy': 54.5,
  'elements/strength-chart': 54.5,
  'elements/rank-table': 36.5,
  'elements/dataset': 24,
  'elements/timeline': 33,
};
/**
 * Issue 14's targets, reported as met or missed; a miss is not fatal until it passes on main (then
 * `fatal: true`, as the hierarchy's now is). What stands between the bundle and its target: `--why`
 * lists it.
 */
const targets = {
  bundle: { kib: 90, what: 'a page that brings its own data, all five elements', fatal: false },
  'elements/hierarchy': { kib: 55, what: 'oob-charts/elements/hierarchy alone', fatal: true },
};
/**
 * Code that must stay out of an entry's up-front files (its dynamic imports): a static import of any
 * of these would put it back into every page, so it fails the command whatever the budgets say.
 */
const hierarchyOnDemand = [
  'src/elements/hierarchy/compare-mode.ts',
  'src/elements/hierarchy/render-compare.ts',
  'src/elements/hierarchy/extras.ts',
  'src/elements/hierarchy/render-tooltip.ts',
  'src/elements/hierarchy/render-minimap.ts',
  'src/elements/hierarchy/render-overview.ts',
  'src/elements/hierarchy/search-code.ts',
  'src/layout/hierarchy/search.ts',
];
const builtInDataset = 'src/data/ili-national-army.ts';
// The image export (every element's toSVG() and toPNG(): the standalone SVG copy, the rasteriser, the
// rank table's grid layout) loads with the first export.
const exportCode = [
  'src/elements/shared/export-tree.ts',
  'src/elements/shared/export-png.ts',
  'src/elements/hierarchy/export-svg.ts',
  'src/elements/rank-table/export-svg.ts',
  'src/layout/rank-table/grid.ts',
];
// The rank table's comparison of systems loads when `systems` is first set.
const rankCompareMode = [
  'src/elements/rank-table/compare-mode.ts',
  'src/elements/rank-table/render-compare.ts',
  'src/layout/rank-table/compare.ts',
];
const onDemand = {
  bundle: [...hierarchyOnDemand, ...rankCompareMode, ...exportCode, builtInDataset],
  'elements/hierarchy': [...hierarchyOnDemand, ...exportCode, builtInDataset],
  'elements/strength-chart': [...exportCode, builtInDataset],
  'elements/rank-table': [...rankCompareMode, ...exportCode, builtInDataset],
  'elements/dataset': [builtInDataset],
  'elements/timeline': [builtInDataset],
};
/** Text only docs need (a theme token's description, in THEME_TOKENS): no element entry may carry it up front. */
const docsOnly = 'Corner radius of panels and buttons.';
/** The packed tarball, KiB: what `npm install oob-charts` downloads. */
// milsymbol's on-demand file (864 KB, about 200 KiB of the tarball) ships in dist/ for script-tag users.
// Raised from 760 when the export, the search and the rank comparison became files of their own (the
// bundle's on-demand chunks beside the modules) and the README's changelog grew: 754.8 -> 762.4 KiB,
// 427 -> 438 files, on a clean clone (a working copy's dist/ can hold fewer files and pack smaller);
// lowered back when Terser began to minify the bundle and its on-demand files: 763.5 -> 758.0 KiB.
const packedBudget = 760;

const entries = { bundle: 'src/all.ts', 'oob-charts/data': 'src/data/index.ts', 'oob-charts/data/import': 'src/data/import/index.ts' };
// milsymbol (with the module that draws from it) is a dynamic import, fetched only for SIDCs the built-in symbols
// cannot draw: code splitting puts it in the "lazy" column.
for (const dir of readdirSync('src/elements')) {
  if (existsSync(`src/elements/${dir}/define.ts`)) entries[`elements/${dir}`] = `src/elements/${dir}/define.ts`;
}

checkCssTemplates();
const kib = (bytes) => bytes / 1024;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const round = (n) => Math.round(n * 10) / 10;

/** Up-front and lazy gzip sizes of one entry bundled with splitting. */
async function measure(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: 'size-out',
    metafile: true,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    // As scripts/build.mjs ships the modules: with the CSS of their `css` templates minified.
    plugins: [minifyCssTemplatesPlugin],
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*size-out\//, 'size-out/'), f.contents]));
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((o) => outputs[o].entryPoint === entry);
  // Everything reachable from the entry by static imports loads with it.
  const eager = new Set();
  const visit = (out) => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(main);
  let upFront = 0;
  let lazy = 0;
  let minified = 0;
  for (const [path, bytes] of files) {
    if (path.endsWith('.map')) continue;
    if (eager.has(path)) {
      upFront += gzip(bytes);
      minified += bytes.length;
    } else lazy += gzip(bytes);
  }
  // Minified bytes of each input in the up-front files, by npm package or by source folder.
  const parts = new Map();
  for (const out of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[out].inputs)) {
      const part = input.includes('node_modules/')
        ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : input.replace(/\/[^/]+$/, '/');
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  const text = [...files]
    .filter(([path]) => eager.has(path))
    .map(([, bytes]) => Buffer.from(bytes).toString('utf8'))
    .join('\n');
  const inputs = new Set([...eager].flatMap((out) => Object.keys(outputs[out].inputs)));
  // Files with code in them: an entry that only re-exports its chunk is not one.
  const codeFiles = [...eager].filter((out) => Object.values(outputs[out].inputs).some((i) => i.bytesInOutput > 200)).length;
  return {
    upFront: kib(upFront),
    lazy: kib(lazy),
    minified: kib(minified),
    parts,
    inputs,
    text,
    policyFirst: policyFirst(outputs, main),
    codeFiles,
  };
}

/**
 * Whether the entry's files run the Trusted Types policy check (policy-check.ts) before Lit, which it
 * must (see the module). Files run depth-first over their static imports, in order, then their own
 * code. esbuild keeps the check in Lit's file, ahead of Lit, only while every on-demand chunk that
 * imports one imports the other: a chunk with the check and no Lit (or Lit and no check) splits them
 * into two files, and esbuild may then import Lit's first.
 */
function policyFirst(outputs, main) {
  const order = [];
  const seen = new Set();
  const visit = (out) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
    order.push(...Object.keys(outputs[out].inputs));
  };
  visit(main);
  const check = order.findIndex((input) => input.endsWith('src/elements/shared/policy-check.ts'));
  const lit = order.findIndex((input) => /node_modules\/(lit-html\/lit-html|@lit\/reactive-element\/reactive-element)\.js$/.test(input));
  return lit === -1 || (check !== -1 && check < lit);
}

/**
 * The same, for an entry as Rollup splits it: the script-tag bundle (what dist/ gets, minified by
 * Terser), or any entry as Vite users get it (minified by esbuild, Vite's default).
 */
async function measureRollup(entry, minifier) {
  const { chunks } = await buildBundle({ input: entry, minifier });
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (chunk) => {
    if (eager.has(chunk)) return;
    eager.add(chunk);
    for (const i of chunk.imports) visit(byName.get(i));
  };
  visit(chunks.find((c) => c.isEntry));
  let upFront = 0;
  let lazy = 0;
  let minified = 0;
  for (const chunk of chunks) {
    if (eager.has(chunk)) {
      upFront += gzip(chunk.code);
      minified += Buffer.byteLength(chunk.code);
    } else lazy += gzip(chunk.code);
  }
  const parts = new Map();
  const inputs = new Set();
  for (const chunk of eager) {
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      const input = relative(process.cwd(), id);
      inputs.add(input);
      const part = input.includes('node_modules/')
        ? input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : input.replace(/\/[^/]+$/, '/');
      parts.set(part, (parts.get(part) ?? 0) + renderedLength);
    }
  }
  const text = [...eager].map((c) => c.code).join('\n');
  return { upFront: kib(upFront), lazy: kib(lazy), minified: kib(minified), parts, inputs, text };
}

let over = false;
const rows = [];
const misses = [];
const leaks = [];
const why = process.argv.includes('--why');
const breakdowns = [];
for (const [name, entry] of Object.entries(entries)) {
  const bundled = name === 'bundle';
  const {
    upFront,
    lazy,
    minified,
    parts,
    inputs,
    text,
    policyFirst: checked = true,
    codeFiles = 1,
  } = await (bundled ? measureRollup(entry, 'terser') : measure(entry));
  const rollupUpFront = bundled ? upFront : name.startsWith('elements/') ? (await measureRollup(entry, 'esbuild')).upFront : undefined;
  if (name.startsWith('elements/') && text.includes(docsOnly)) {
    leaks.push(`${name}: carries the theme tokens' descriptions (THEME_TOKENS), which only the docs need`);
    over = true;
  }
  if (!checked) {
    leaks.push(`${name}: Lit runs before the Trusted Types policy check (policy-check.ts): see policyFirst()`);
    over = true;
  }
  // Each file is compressed alone: an element's page code split over several costs up to 2 KiB more.
  if (name.startsWith('elements/') && codeFiles > 1) {
    leaks.push(
      `${name}: its up-front code is ${codeFiles} files with esbuild: does an on-demand module not import the element? (see src/elements/hierarchy/on-demand-code.ts)`,
    );
    over = true;
  }
  for (const module of onDemand[name] ?? []) {
    if (inputs.has(module)) {
      leaks.push(`${name}: ${module} is loaded up front; it must stay a dynamic import`);
      over = true;
    }
  }
  if (why) {
    const top = [...parts].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 1024);
    breakdowns.push(`${name}: ${top.map(([part, bytes]) => `${part} ${round(kib(bytes))}`).join(', ')}`);
  }
  const budget = budgets[name];
  const ok = budget === undefined || upFront <= budget;
  over ||= !ok;
  const target = targets[name];
  const met = target === undefined || upFront <= target.kib;
  if (!met) {
    const rollup = rollupUpFront !== undefined && !bundled ? ` (as Rollup/Vite splits it: ${round(rollupUpFront)} KiB)` : '';
    misses.push(`${target.what}: ${round(upFront)} KiB${rollup}, target ${target.kib} KiB${target.fatal ? '' : ' (not fatal yet)'}`);
    over ||= target.fatal;
  }
  rows.push({
    entry: name,
    'min KiB': round(minified),
    'gzip KiB, up front': round(upFront),
    'gzip KiB, lazy chunks': round(lazy),
    'budget KiB': budget ?? '-',
    ok,
    'target KiB': target ? `${target.kib}${met ? ' met' : ' MISSED'}` : '-',
    'up front, Rollup/Vite': rollupUpFront === undefined ? '-' : round(rollupUpFront),
  });
}
console.log('Entries (each bundled alone, code splitting on; up front = what a page that brings its own data loads):');
console.table(rows);
if (misses.length > 0) console.log(`Targets missed:\n  ${misses.join('\n  ')}`);
if (leaks.length > 0) console.log(`Code loaded up front that must not be, or in the wrong order:\n  ${leaks.join('\n  ')}`);
if (why) console.log(`\nUp front, minified KiB by package or source folder (1 KiB and more):\n  ${breakdowns.join('\n  ')}`);

// What the peers' plain-HTML users load, for scale (their UMD builds, gzip).
const umd = (files) => round(kib(files.reduce((sum, f) => sum + gzip(readFileSync(`node_modules/${f}`)), 0)));
const d3 = 'd3/dist/d3.min.js';
console.log(
  `Peers' script-tag files: d3-org-chart + d3-flextree + d3 ${umd(['d3-org-chart/build/d3-org-chart.min.js', 'd3-flextree/build/d3-flextree.min.js', d3])} KiB; ` +
    `Observable Plot + d3 ${umd(['@observablehq/plot/dist/plot.umd.min.js', d3])} KiB`,
);

// The package as npm publishes it (`files` in package.json); the ESM modules and types come from the build.
if (!existsSync('dist/index.js') || !existsSync('dist/oob-charts.bundle.js')) {
  console.log('\ndist/ is missing: running npm run build for the package size');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const kinds = new Map();
for (const f of pack.files) {
  const kind = f.path.endsWith('.map')
    ? 'source maps'
    : f.path.endsWith('.d.ts')
      ? 'types (.d.ts)'
      : f.path.endsWith('.js')
        ? 'JavaScript'
        : /\.(png|jpe?g|gif|webp|svg)$/.test(f.path)
          ? 'images'
          : 'docs, schema, manifest';
  const k = kinds.get(kind) ?? { files: 0, bytes: 0 };
  k.files += 1;
  k.bytes += f.size;
  kinds.set(kind, k);
}
const packedOk = kib(pack.size) <= packedBudget;
over ||= !packedOk;
console.log(
  `\nPackage: ${round(kib(pack.size))} KiB packed (budget ${packedBudget}${packedOk ? '' : ', OVER'}), ${round(kib(pack.unpackedSize))} KiB unpacked, ${pack.entryCount} files`,
);
console.table([...kinds].map(([kind, k]) => ({ kind, files: k.files, 'unpacked KiB': round(kib(k.bytes)) })));
process.exit(over ? 1 : 0);
