import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LinkCutForest } from '../../src/data/validate/link-cut.js';

/** The root of x by walking a plain parent array: the slow reference the link-cut forest must agree with. */
function naiveRoot(parent: number[], x: number): number {
  while ((parent[x] as number) >= 0) x = parent[x] as number;
  return x;
}
function naiveDepth(parent: number[], x: number): number {
  let n = 1;
  while ((parent[x] as number) >= 0) [x, n] = [parent[x] as number, n + 1];
  return n;
}

describe('LinkCutForest', () => {
  it('agrees with a plain parent array on random moves (root, path length), never linking a cycle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 1_000 }), fc.nat()), { maxLength: 120 }),
        (n, ops) => {
          // Start from a random-looking forest: node i under some j < i (or a root).
          const parent = Array.from({ length: n }, (_, i) => (i === 0 ? -1 : (i * 7919) % i) - (i % 5 === 0 ? i + 1 : 0)).map((p) =>
            p < 0 ? -1 : p,
          );
          const forest = new LinkCutForest(parent);
          for (const [a, b, q] of ops) {
            const x = a % n;
            const to = b < 0 ? -1 : b % n;
            forest.cut(x);
            parent[x] = -1;
            if (to >= 0 && naiveRoot(parent, to) !== x) {
              forest.link(x, to);
              parent[x] = to;
            }
            const y = q % n;
            expect(forest.root(y)).to.equal(naiveRoot(parent, y));
            expect(forest.pathLength(y)).to.equal(naiveDepth(parent, y));
          }
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });

  it('handles a 200,000-node chain without recursion', () => {
    const n = 200_000;
    const forest = new LinkCutForest(Array.from({ length: n }, (_, i) => i - 1));
    expect(forest.root(n - 1)).to.equal(0);
    expect(forest.pathLength(n - 1)).to.equal(n);
    forest.cut(n / 2);
    expect(forest.root(n - 1)).to.equal(n / 2);
    expect(forest.pathLength(n / 2 - 1)).to.equal(n / 2);
  });
});
