// npm run size: gzip sizes of the bundle and of each element's entry (each bundled with its own Lit
// and D3, as a consumer without a shared chunk would get it), checked against the README's budgets.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in KiB gzip; the README lists the same numbers. */
// Measured sizes plus ~8% headroom; a third of every entry is the built-in dataset and its validator.
const budgets = { bundle: 125, 'oob-charts/data': 28, 'elements/hierarchy': 78, 'elements/strength-chart': 70, 'elements/rank-table': 51, 'elements/dataset': 33, 'elements/timeline': 53 };

const entries = { bundle: 'src/all.ts', 'oob-charts/data': 'src/data/index.ts' };
for (const dir of readdirSync('src/elements')) {
  if (existsSync(`src/elements/${dir}/define.ts`)) entries[`elements/${dir}`] = `src/elements/${dir}/define.ts`;
}
let over = false;
const rows = [];
for (const [name, entry] of Object.entries(entries)) {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', minify: true, write: false, conditions: ['production'], tsconfig: 'tsconfig.json', logLevel: 'error' });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length / 1024;
  const budget = budgets[name];
  const ok = budget === undefined || gzip <= budget;
  over ||= !ok;
  rows.push({ entry: name, 'min KiB': +(code.length / 1024).toFixed(1), 'gzip KiB': +gzip.toFixed(1), 'budget KiB': budget ?? '-', ok });
}
console.table(rows);
process.exit(over ? 1 : 0);
