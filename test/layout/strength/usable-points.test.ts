import { expect } from '@open-wc/testing';
import { usablePoints } from '../../../src/layout/strength/index.js';

const p = (id: string, min: number, max = min) => ({ id, min, max, value: (min + max) / 2 });

describe('usablePoints', () => {
  it('usablePoints(points) keeps valid figures and rejects non-finite, negative and inverted ones', () => {
    const out = usablePoints([p('a', 5), p('b', Number.NaN), p('c', -1), p('d', 10, 5), p('e', 1, Infinity), p('f', 0)]);
    expect(out.drawn.map((x) => x.point.id)).to.deep.equal(['a', 'f']);
    expect(out.invalid).to.deep.equal(['b', 'c', 'd', 'e']);
    expect(out.zeroOnLog).to.deep.equal([]);
  });
  it('usablePoints(points, log) omits zeros and clamps ranges starting at zero', () => {
    const out = usablePoints([p('zero', 0), p('from-zero', 0, 300), p('ok', 5, 9)], 'log');
    expect(out.zeroOnLog).to.deep.equal(['zero']);
    expect(out.drawn.map((x) => [x.point.id, x.low, x.high, x.clamped])).to.deep.equal([
      ['from-zero', 0, 300, true],
      ['ok', 5, 9, false],
    ]);
  });
});
