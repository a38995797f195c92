import { expect } from '@open-wc/testing';
import {
  fitTransform,
  fitsAt,
  invert,
  panIntoView,
  pinchTransform,
  readableTransform,
  wheelFactor,
  zoomAbout,
  zoomTo,
} from '../../../src/layout/hierarchy/fit-transform.js';

describe('fitTransform', () => {
  it('fitTransform(bounds, viewport) scales down to fit and centres', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 2000, y1: 500 }, { width: 1000, height: 600 }, { padding: 0 })).to.deep.equal({
      x: 0,
      y: 175,
      k: 0.5,
    });
  });

  it('fitTransform never zooms in beyond maxScale', () => {
    expect(fitTransform({ x0: -10, y0: -10, x1: 10, y1: 10 }, { width: 400, height: 400 }, { padding: 0, maxScale: 1 })).to.deep.equal({
      x: 200,
      y: 200,
      k: 1,
    });
  });

  it('fitTransform never zooms out beyond minScale', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 1e6, y1: 10 }, { width: 100, height: 100 }, { padding: 0, minScale: 0.05 }).k).to.equal(0.05);
  });

  it('fitTransform(…, { align: "top-left" }) fits the width only and starts at the top', () => {
    expect(
      fitTransform({ x0: -20, y0: -10, x1: 380, y1: 5000 }, { width: 432, height: 300 }, { padding: 16, align: 'top-left' }),
    ).to.deep.equal({ x: 36, y: 26, k: 1 });
  });

  it('fitTransform of an empty bounds box uses maxScale', () => {
    expect(fitTransform({ x0: 5, y0: 5, x1: 5, y1: 5 }, { width: 100, height: 100 }, { maxScale: 1.5 })).to.deep.equal({
      x: 42.5,
      y: 42.5,
      k: 1.5,
    });
  });
});

const viewport = { width: 400, height: 300 };

describe('panIntoView', () => {
  it('panIntoView leaves a visible box alone', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 50, y0: 50, x1: 100, y1: 100 }, viewport, 10)).to.deep.equal({ x: 0, y: 0, k: 1 });
  });

  it('panIntoView pans the least needed to bring an off-screen box in with the margin', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 500, y0: -80, x1: 550, y1: -40 }, viewport, 10)).to.deep.equal({ x: -160, y: 90, k: 1 });
  });

  it('panIntoView works in zoomed space and keeps the scale', () => {
    expect(panIntoView({ x: 0, y: 0, k: 2 }, { x0: 250, y0: 0, x1: 260, y1: 10 }, viewport, 0)).to.deep.equal({ x: -120, y: 0, k: 2 });
  });

  it('panIntoView aligns a box larger than the viewport on its top-left corner', () => {
    expect(panIntoView({ x: 0, y: 0, k: 1 }, { x0: 100, y0: 100, x1: 1100, y1: 200 }, viewport, 10)).to.deep.equal({ x: -90, y: 0, k: 1 });
  });
});

describe('readableTransform', () => {
  const box = { x0: -50, y0: -20, x1: 50, y1: 40 };
  const layout = (kind: 'tidy' | 'indented', nodes: { x: number; y: number }[]) => {
    const laid = nodes.map((n, i) => ({ id: `n${i}`, node: {} as never, ...n }));
    const x0 = Math.min(...nodes.map((n) => n.x)) + box.x0;
    const x1 = Math.max(...nodes.map((n) => n.x)) + box.x1;
    const y0 = Math.min(...nodes.map((n) => n.y)) + box.y0;
    const y1 = Math.max(...nodes.map((n) => n.y)) + box.y1;
    return { kind, nodes: laid, links: [], byId: new Map(), box, bounds: { x0, y0, x1, y1 } };
  };

  it('centres a tree that fits at the readable scale, zoomed up to maxScale', () => {
    const t = readableTransform(layout('tidy', [{ x: 0, y: 0 }]), { width: 400, height: 300 }, 1, 1.25);
    expect(t.k).to.equal(1.25);
    expect(t.x).to.equal(200);
  });

  it('never goes below minScale: a wide tree starts at its top, centred on its first root, its edges clamped', () => {
    const wide = layout('tidy', [
      { x: 0, y: 0 },
      { x: -1000, y: 100 },
      { x: 1000, y: 100 },
    ]);
    const t = readableTransform(wide, { width: 400, height: 300 }, 1);
    expect(t.k).to.equal(1);
    expect(t.x).to.equal(200);
    expect(t.y).to.equal(12 + 20);
    const lopsided = layout('tidy', [
      { x: 0, y: 0 },
      { x: 1000, y: 100 },
    ]);
    // The first root centred would leave empty space left of the tree: the tree's left edge goes to the padding.
    expect(readableTransform(lopsided, { width: 400, height: 300 }, 1).x).to.equal(12 + 50);
  });

  it('starts outlines at the top left', () => {
    const list = layout(
      'indented',
      Array.from({ length: 30 }, (_, i) => ({ x: 0, y: i * 60 })),
    );
    expect(readableTransform(list, { width: 400, height: 300 }, 1)).to.deep.equal({ x: 62, y: 32, k: 1 });
  });

  it('fitsAt tells whether bounds fit a viewport at a scale', () => {
    expect(fitsAt({ x0: 0, y0: 0, x1: 376, y1: 100 }, { width: 400, height: 300 }, 1)).to.equal(true);
    expect(fitsAt({ x0: 0, y0: 0, x1: 377, y1: 100 }, { width: 400, height: 300 }, 1)).to.equal(false);
  });
});

describe('zoom gestures', () => {
  const extent = [0.5, 4] as const;
  const t = { x: 30, y: -20, k: 1.5 };
  const screen = (tr: { x: number; y: number; k: number }, p: { x: number; y: number }) => ({ x: p.x * tr.k + tr.x, y: p.y * tr.k + tr.y });

  it('invert(t, p) is the layout point drawn at screen point p', () => {
    expect(screen(t, invert(t, { x: 90, y: 40 }))).to.deep.equal({ x: 90, y: 40 });
  });

  it('zoomAbout keeps the layout point under the pointer where it was', () => {
    const p = { x: 200, y: 120 };
    const at = invert(t, p);
    const next = zoomAbout(t, 2, p, extent);
    expect(next.k).to.equal(3);
    const drawn = screen(next, at);
    expect([drawn.x, drawn.y].map((n) => Math.round(n * 1e9) / 1e9)).to.deep.equal([200, 120]);
  });

  it('zoomAbout and zoomTo clamp the scale to the extent, still about the pointer', () => {
    expect(zoomAbout(t, 100, { x: 0, y: 0 }, extent).k).to.equal(4);
    expect(zoomAbout(t, 0.01, { x: 0, y: 0 }, extent).k).to.equal(0.5);
    expect(zoomTo(9, { x: 10, y: 10 }, { x: 1, y: 2 }, extent)).to.deep.equal({ x: 6, y: 2, k: 4 });
  });

  it("wheelFactor has d3-zoom's default rates: pixels, lines, pages and trackpad pinches", () => {
    expect(wheelFactor({ deltaY: -500, deltaMode: 0, ctrlKey: false })).to.equal(2);
    expect(wheelFactor({ deltaY: 20, deltaMode: 1, ctrlKey: false })).to.equal(0.5);
    expect(wheelFactor({ deltaY: -1, deltaMode: 2, ctrlKey: false })).to.equal(2);
    expect(wheelFactor({ deltaY: -50, deltaMode: 0, ctrlKey: true })).to.equal(2);
  });

  it('pinchTransform keeps both touched layout points under the fingers', () => {
    const a = { x: 10, y: 10 };
    const b = { x: 30, y: 10 };
    const next = pinchTransform({ x: 100, y: 50 }, a, { x: 160, y: 50 }, b, extent);
    expect(next).to.deep.equal({ x: 70, y: 20, k: 3 });
    expect(pinchTransform({ x: 0, y: 0 }, a, { x: 9, y: 9 }, a, extent)).to.equal(undefined);
  });
});
