import { expect } from '@open-wc/testing';
import { descendants, unitPath } from '../../src/data/lookups.js';
import { hierarchyAt, type HierarchyNodeAt } from '../../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { strengthSeries } from '../../src/data/strength-series.js';
import type { Dataset, ParseResult } from '../../src/data/types.js';
import { scaled } from '../support/stress.js';
import { chainWithClosingMove, chainWithMoves, deepChain, longCycle, wideFan } from '../support/adversarial-shapes.js';

const LEVELS = 200_000;

function ok(result: ParseResult): Dataset {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

/** Depth of the deepest node and the number of nodes, walked without recursion. */
function measure(roots: readonly HierarchyNodeAt[]): { depth: number; nodes: number; last: string } {
  let depth = 0;
  let nodes = 0;
  let last = '';
  const stack = roots.map((node) => ({ node, level: 1 }));
  while (stack.length > 0) {
    const { node, level } = stack.pop() as { node: HierarchyNodeAt; level: number };
    nodes += 1;
    if (level > depth) [depth, last] = [level, node.unit.id];
    for (const child of node.children) stack.push({ node: child, level: level + 1 });
  }
  return { depth, nodes, last };
}

describe('deep and hostile hierarchies (issue 12, items 2-4)', function () {
  this.timeout(120_000);

  it(`a chain of ${LEVELS.toLocaleString('en')} levels parses, and hierarchyAt builds all of it (3,000 used to overflow the stack)`, () => {
    const dataset = ok(parseOrderOfBattle(deepChain(LEVELS)));
    const tree = hierarchyAt(dataset);
    expect(tree.roots).to.have.length(1);
    expect(measure(tree.roots)).to.deep.equal({ depth: LEVELS, nodes: LEVELS, last: `u${LEVELS - 1}` });
    // Sides are inherited all the way down.
    expect(tree.units.get(`u${LEVELS - 1}`)?.side).to.equal('blue');
  });

  it('unitPath and descendants walk a deep chain and a wide fan', () => {
    const LEVELS = scaled(50_000, 200_000);
    const chain = ok(parseOrderOfBattle(deepChain(LEVELS)));
    const path = unitPath(chain, `u${LEVELS - 1}`);
    expect(path).to.have.length(LEVELS);
    expect([path[0]?.id, path[LEVELS - 1]?.id]).to.deep.equal(['u0', `u${LEVELS - 1}`]);
    expect(descendants(chain, 'u0')).to.have.length(LEVELS - 1);
    const fan = ok(parseOrderOfBattle(wideFan(LEVELS)));
    const below = descendants(fan, 'u0');
    expect(below).to.have.length(LEVELS - 1);
    expect([below[0]?.id, below[LEVELS - 2]?.id]).to.deep.equal(['u1', `u${LEVELS - 1}`]);
    expect(hierarchyAt(fan).roots[0]?.children).to.have.length(LEVELS - 1);
  });

  it('strength figures of the deepest unit of a long chain get the side of the top unit', () => {
    const oob = deepChain(50_000);
    oob.strength = [{ id: 'o', measure: 'personnel', subject: 'u49999', date: '1946', value: 10 }];
    const series = strengthSeries(ok(parseOrderOfBattle(oob)), { measure: 'personnel' });
    expect(series.map((p) => p.side)).to.deep.equal(['blue']);
  });

  it('a chain where every unit is reassigned to its grandparent is valid, and the moves apply', () => {
    const dataset = ok(parseOrderOfBattle(chainWithMoves(scaled(20_000, 200_000))));
    const after = hierarchyAt(dataset, '1950');
    const last = dataset.source.units.length - 1;
    expect(after.units.get(`u${last}`)?.parent).to.equal(`u${last - 2}`);
  });

  it('a cycle through 199,999 units: code "cycle" at /units/0/parent, a bounded message with the first ids and the count', () => {
    const result = parseOrderOfBattle(longCycle(199_999));
    if (result.ok) expect.fail('a cycle was accepted');
    // Every unit names a parent, so there is no top unit either.
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['/units/0/parent', 'cycle'],
      ['/units', 'no-root'],
    ]);
    const message = result.problems[0]?.message ?? '';
    expect(message.length).to.be.below(400);
    expect(message).to.match(/^units form a cycle in the hierarchy: "u0" -> "u199998" -> "u199997" -> /);
    expect(message).to.contain('199,999 units in all');
    expect(message).to.match(/-> "u0" \(each names the next as its parent\)$/);
  });

  it('a change that closes a cycle through 200,000 units is reported at its own path, bounded and counted', () => {
    const result = parseOrderOfBattle(chainWithClosingMove(LEVELS));
    if (result.ok) expect.fail('a cycle was accepted');
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([['/units/1/changes/0/to/parent', 'cycle']]);
    const message = result.problems[0]?.message ?? '';
    expect(message.length).to.be.below(400);
    expect(message).to.match(
      /^unit "u1" moves under "u199999" on 1946, but "u199999" is then itself under it: "u1" -> "u199999" -> "u199998" -> /,
    );
    expect(message).to.contain(`${(LEVELS - 1).toLocaleString('en')} units in all`);
  });

  it('short cycles are still written out in full', () => {
    const result = parseOrderOfBattle(longCycle(3));
    if (result.ok) expect.fail('a cycle was accepted');
    expect(result.problems[0]?.message).to.equal(
      'units form a cycle in the hierarchy: "u0" -> "u2" -> "u1" -> "u0" (each names the next as its parent)',
    );
  });
});
