// Median time of parseOrderOfBattle in Node over 20 runs, for generated datasets of 100, 1,000
// and 10,000 units and of 5,000 observations (the strength chart's biggest case), as objects and as
// JSON text, and, when present, the built-in dataset; then of strengthSeries on the parsed dataset.
// Usage: node bench/parse.mjs
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const withIli = existsSync(fileURLToPath(new URL('../src/data/ili-national-army.ts', import.meta.url)));
const { parseOrderOfBattle, generateOrderOfBattle, strengthSeries, iliNationalArmy } = await importTypeScript([
  "export { parseOrderOfBattle } from './src/data/parse.ts';",
  "export { strengthSeries } from './src/data/strength-series.ts';",
  "export { generateOrderOfBattle } from './src/data/generate.ts';",
  withIli ? "export { iliNationalArmy } from './src/data/ili-national-army.ts';" : 'export const iliNationalArmy = undefined;',
]);

const RUNS = 20;
/** Median time of `run(prepare())`; `prepare` is not timed. */
function median(run, prepare = () => undefined) {
  for (let i = 0; i < 3; i += 1) run(prepare()); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const input = prepare();
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
}

function parsed(input) {
  const result = parseOrderOfBattle(input);
  if (!result.ok) throw new Error(`parse failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

const rows = [];
const cases = [100, 1_000, 10_000].map((units) => [
  `generated, ${units.toLocaleString('en')} units`,
  generateOrderOfBattle({ units, seed: 1 }),
]);
cases.push(['generated, 1,667 units, 5,000 observations', generateOrderOfBattle({ units: 1_667, observations: 5_000, seed: 7 })]);
if (iliNationalArmy) cases.push(['Ili National Army (built-in)', iliNationalArmy]);
for (const [label, oob] of cases) {
  const json = JSON.stringify(oob);
  const dataset = parsed(oob);
  rows.push({
    dataset: label,
    // A fresh copy per run, as a page's data is: parsing the same object again would find it warm.
    'object (ms)': median(parsed, () => structuredClone(oob)).toFixed(2),
    'JSON text (ms)': median(() => parsed(json)).toFixed(2),
    'JSON size (kB)': Math.round(json.length / 1024),
    observations: dataset.source.strength?.length ?? 0,
    // On a freshly parsed dataset each run, as at a chart's first paint (nothing memoised yet).
    'strengthSeries (ms)': median(strengthSeries, () => parsed(oob)).toFixed(2),
  });
}
console.log(`parseOrderOfBattle and strengthSeries, median of ${RUNS} runs, Node ${process.version}`);
console.table(rows);
