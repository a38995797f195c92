// parseOrderOfBattle (and hierarchyAt on what it accepts) on the shapes that used to be slow or
// crash: deep chains, wide fans, a change on every unit of a chain, cycles through many units.
// For each shape it times n and 2n units and prints the ratio (about 2 when linear, 4 when quadratic).
// Usage: node bench/adversarial.mjs [max units, default 200000]
import { importTypeScript } from './import-ts.mjs';

const shapes = await importTypeScript([
  "export { parseOrderOfBattle } from './src/data/parse.ts';",
  "export { hierarchyAt } from './src/data/hierarchy-at.ts';",
  "export * from './test/support/adversarial-shapes.ts';",
]);
const { parseOrderOfBattle, hierarchyAt } = shapes;

const max = Number(process.argv[2] ?? 200_000);
const sizes = [max / 8, max / 4, max / 2, max].map(Math.round);

/** The best of three runs (one above 100,000 units): the machine is shared, the minimum is the signal. */
function time(fn, n) {
  let best;
  for (let run = 0; run < (n > 100_000 ? 1 : 3); run += 1) {
    const start = performance.now();
    const value = fn();
    const ms = performance.now() - start;
    if (!best || ms < best.ms) best = { ms, value };
  }
  return best;
}

const rows = [];
for (const shape of ['deepChain', 'wideFan', 'chainWithMoves', 'longCycle', 'chainWithClosingMove']) {
  let previous;
  for (const n of sizes) {
    const oob = shapes[shape](n);
    const parsed = time(() => parseOrderOfBattle(oob), n);
    const result = parsed.value;
    const tree = result.ok ? time(() => hierarchyAt(result.dataset), n) : undefined;
    const total = parsed.ms + (tree?.ms ?? 0);
    rows.push({
      shape,
      units: n.toLocaleString('en'),
      'parse (ms)': parsed.ms.toFixed(0),
      'hierarchyAt (ms)': tree ? tree.ms.toFixed(0) : '—',
      result: result.ok ? 'ok' : `${result.problems[0].code} ${result.problems[0].path} (${result.problems[0].message.length} chars)`,
      'x vs half': previous ? (total / previous).toFixed(2) : '',
    });
    previous = total;
  }
}
console.log(`Adversarial shapes, one run each, Node ${process.version}`);
console.table(rows);
