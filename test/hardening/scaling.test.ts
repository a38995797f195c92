import { expect } from '@open-wc/testing';
import { hierarchyAt } from '../../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import { chainWithMoves, deepChain, wideFan } from '../support/adversarial-shapes.js';

/**
 * Parse (and hierarchyAt) time must grow near-linearly: 20,000 units may take about twice as long as
 * 10,000, a quadratic path takes four times as long. Only a ratio within one run is asserted (never an
 * absolute time), from the best of several interleaved runs after a warm-up, so a busy machine slows
 * both sides alike. bench/adversarial.mjs prints the same shapes up to the 200,000-unit limit.
 */
const MAX_RATIO = 3;

function run(oob: OrderOfBattle): number {
  const start = performance.now();
  const result = parseOrderOfBattle(oob);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  hierarchyAt(result.dataset, '1950');
  return performance.now() - start;
}

function measureRatio(small: OrderOfBattle, large: OrderOfBattle): { small: number; large: number } {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 5; i += 1) {
    bestSmall = Math.min(bestSmall, run(small));
    bestLarge = Math.min(bestLarge, run(large));
  }
  return { small: bestSmall, large: bestLarge };
}

/**
 * The smallest ratio of up to three measurements: a loaded machine can inflate one measurement, but a
 * quadratic path is 4x every time, so the minimum still catches it.
 */
function ratio(shape: (n: number) => OrderOfBattle): number {
  const small = shape(10_000);
  const large = shape(20_000);
  for (let i = 0; i < 3; i += 1) run(shape(2_000)); // warm-up: the first runs include compilation
  let best = Infinity;
  for (let attempt = 1; attempt <= 3 && best >= MAX_RATIO; attempt += 1) {
    const t = measureRatio(small, large);
    best = Math.min(best, t.large / t.small);
    console.log(
      `scaling ${shape.name} (attempt ${attempt}): 10,000 units ${t.small.toFixed(0)} ms, 20,000 units ${t.large.toFixed(0)} ms, ratio ${(t.large / t.small).toFixed(2)}`,
    );
  }
  return best;
}

describe('parse scaling (issue 12, item 4)', function () {
  this.timeout(120_000);
  for (const shape of [chainWithMoves, deepChain, wideFan]) {
    it(`${shape.name}: 20,000 units take less than ${MAX_RATIO}x the time of 10,000 (quadratic would be 4x)`, () => {
      expect(ratio(shape)).to.be.below(MAX_RATIO);
    });
  }
});
