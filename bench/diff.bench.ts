/**
 * `diffHierarchies` cost for 1,000, 10,000 and 100,000 synthetic units (seeded): mid-1940 against
 * late 1945, when most units are formed in between (the worst case: a change record per unit), and
 * for 10,000 units mid-1941 against late 1945, when most are unchanged. Measured: the pure diff of
 * two trees already built, the same from two dates (building both trees), the two `hierarchyAt`
 * calls alone for scale, and the words and CSV rows of every change.
 */
import { bench, medianMs, record } from './harness.js';
import { describeChange, diffCsvRows } from '../src/data/diff-describe.js';
import { diffHierarchies } from '../src/data/diff.js';
import type { HierarchyDiff } from '../src/data/diff.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import { hierarchyAt } from '../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../src/data/parse.js';

const CASES = [
  { units: 1_000, from: '1940-06', to: '1945-12' },
  { units: 10_000, from: '1940-06', to: '1945-12' },
  { units: 10_000, from: '1941-06', to: '1945-12' },
  { units: 100_000, from: '1940-06', to: '1945-12' },
];

bench(async () => {
  // Everything below is synchronous work: yield once so the page's load event (the runner's navigation) is not held up.
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const { units, from: FROM, to: TO } of CASES) {
    const parsed = parseOrderOfBattle(generateOrderOfBattle({ units, seed: 1 }));
    if (!parsed.ok) throw new Error(`generated data did not parse: ${parsed.problems[0]?.message ?? ''}`);
    const dataset = parsed.dataset;
    const runs = units >= 100_000 ? 5 : units >= 10_000 ? 11 : 21;
    const a = hierarchyAt(dataset, FROM);
    const b = hierarchyAt(dataset, TO);
    let diff: HierarchyDiff | undefined;

    const treesMs = await medianMs(runs, () => [hierarchyAt(dataset, FROM), hierarchyAt(dataset, TO)]);
    const diffMs = await medianMs(runs, () => (diff = diffHierarchies(dataset, a, b)));
    const fromDatesMs = await medianMs(runs, () => diffHierarchies(dataset, FROM, TO));
    const result = diff as HierarchyDiff;
    const wordsMs = await medianMs(runs, () => result.changes.map((c) => describeChange(c)));
    const csvMs = await medianMs(runs, () => diffCsvRows(result));

    record({
      bench: 'diff',
      case: `${units.toLocaleString('en')} units, ${FROM} to ${TO}`,
      'changes listed': result.changes.length,
      'changed units': result.outline.length - result.counts.unchanged,
      'diff of two trees ms': diffMs,
      'diff from dates ms': fromDatesMs,
      'two hierarchyAt ms': treesMs,
      'words ms': wordsMs,
      'CSV rows ms': csvMs,
    });
  }
});
