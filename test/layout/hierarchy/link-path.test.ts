import { expect } from '@open-wc/testing';
import { linkHorizontal, linkRadial, linkVertical } from 'd3-shape';
import { linkPath } from '../../../src/layout/hierarchy/link-path.js';

const box = { x0: -50, y0: -20, x1: 50, y1: 40 };

describe('linkPath', () => {
  it('linkPath("tidy") curves from the parent box bottom to the child box top', () => {
    expect(linkPath('tidy', { x: 0, y: 0 }, { x: 100, y: 100 }, box)).to.equal('M0,40C0,60,100,60,100,80');
  });

  it('linkPath("horizontal") curves from the right edge to the left edge', () => {
    expect(linkPath('horizontal', { x: 0, y: 0 }, { x: 200, y: 50 }, box)).to.equal('M50,0C100,0,100,50,150,50');
  });

  it('linkPath("radial") from a centred root is a straight radius', () => {
    const d = linkPath('radial', { x: 0, y: 0 }, { x: 100, y: 0 }, box);
    const numbers = (d.match(/-?[\d.e-]+/g) ?? []).map((n) => Math.round(Number(n) * 100) / 100 + 0);
    expect(numbers).to.deep.equal([0, 0, 50, 0, 50, 0, 100, 0]);
  });

  it('linkPath("indented") is an elbow down then across to the child', () => {
    expect(linkPath('indented', { x: 0, y: 0 }, { x: 24, y: 56 }, box)).to.equal('M0,0V56H24');
  });

  // link-path writes d3-shape's link generators out by hand (d3-shape cost every page 17 KiB): the same
  // strings, for any points, including fractions, negatives and a centred radial root.
  it('draws the same path data as d3-shape linkVertical, linkHorizontal and linkRadial', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2000 - 1000;
    const r2 = (n: number) => Math.round(n * 100) / 100 + 0;
    const vertical = linkVertical();
    const horizontal = linkHorizontal();
    const radial = linkRadial();
    const points = Array.from({ length: 200 }, () => ({ x: random() / 3, y: random() / 7 }));
    points.push({ x: 0, y: 0 }, { x: 0.0004, y: -0.0004 });
    for (const [s, t] of points.slice(1).map((t, i) => [points[i] ?? t, t] as const)) {
      expect(linkPath('tidy', s, t, box)).to.equal(vertical({ source: [r2(s.x), r2(s.y + box.y1)], target: [r2(t.x), r2(t.y + box.y0)] }));
      expect(linkPath('horizontal', s, t, box)).to.equal(
        horizontal({ source: [r2(s.x + box.x1), r2(s.y)], target: [r2(t.x + box.x0), r2(t.y)] }),
      );
      const ta = Math.atan2(t.x, -t.y);
      const sr = Math.hypot(s.x, s.y);
      const sa = sr < 1e-6 ? ta : Math.atan2(s.x, -s.y);
      expect(linkPath('radial', s, t, box)).to.equal(radial({ source: [sa, sr], target: [ta, Math.hypot(t.x, t.y)] }));
    }
  });
});
