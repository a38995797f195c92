// Median time of parseOrderOfBattle in Node over 20 runs, for generated datasets of 100, 1,000
// and 10,000 units (as objects and as JSON text) and, when present, the built-in dataset.
// Usage: node bench/parse.mjs
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const withIli = existsSync(fileURLToPath(new URL('../src/data/ili-national-army.ts', import.meta.url)));
const { parseOrderOfBattle, generateOrderOfBattle, iliNationalArmy } = await importTypeScript([
  "export { parseOrderOfBattle } from './src/data/parse.ts';",
  "export { generateOrderOfBattle } from './src/data/generate.ts';",
  withIli ? "export { iliNationalArmy } from './src/data/ili-national-army.ts';" : 'export const iliNationalArmy = undefined;',
]);

const RUNS = 20;
function median(input) {
  for (let i = 0; i < 3; i += 1) parseOrderOfBattle(input); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = parseOrderOfBattle(input);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`parse failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
}

const rows = [];
const cases = [100, 1_000, 10_000].map((units) => [
  `generated, ${units.toLocaleString('en')} units`,
  generateOrderOfBattle({ units, seed: 1 }),
]);
if (iliNationalArmy) cases.push(['Ili National Army (built-in)', iliNationalArmy]);
for (const [label, oob] of cases) {
  const json = JSON.stringify(oob);
  rows.push({
    dataset: label,
    'object (ms)': median(oob).toFixed(2),
    'JSON text (ms)': median(json).toFixed(2),
    'JSON size (kB)': Math.round(json.length / 1024),
  });
}
console.log(`parseOrderOfBattle, median of ${RUNS} runs, Node ${process.version}`);
console.table(rows);
