import { aTimeout, expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import { $, $$, mini, mount, node, nodeIds, position, settle, text, transformOf } from './helpers.js';

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment' },
  { id: 'b1', parent: 'b', name: 'Bravo One Battalion', echelon: 'battalion' },
  { id: 'c', parent: 'a', name: '<img src=x onerror=alert(1)> & Co' },
]);

describe('<oob-hierarchy> methods and scale', () => {
  it('fit() brings back the whole tree after zooming', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:400px"></oob-hierarchy>`);
    el.fit();
    await settle(el);
    const fitted = transformOf(el);
    ($(el, '.toolbar .zoom-in') as HTMLButtonElement).click();
    await settle(el);
    expect(transformOf(el)).not.to.deep.equal(fitted);
    el.fit();
    await settle(el);
    expect(transformOf(el)).to.deep.equal(fitted);
  });

  it('expandAll() and collapseAll() show every unit or only the top', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} depth="1" style="width:800px;height:400px"></oob-hierarchy>`);
    expect(nodeIds(el)).to.deep.equal(['a', 'b', 'c']);
    el.expandAll();
    await settle(el);
    expect(nodeIds(el).sort()).to.deep.equal(['a', 'b', 'b1', 'c']);
    el.collapseAll();
    await settle(el);
    expect(nodeIds(el)).to.deep.equal(['a']);
    expect(text($(node(el, 'a'), '.badge'))).to.equal('+2');
  });

  it('focusUnit(id) expands its superiors and focuses it; an unknown id gives false', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} depth="0" style="width:800px;height:400px"></oob-hierarchy>`);
    expect(await el.focusUnit('b1')).to.equal(true);
    await settle(el);
    expect(el.shadowRoot?.activeElement).to.equal(node(el, 'b1'));
    expect(node(el, 'b1').getAttribute('tabindex')).to.equal('0');
    expect(await el.focusUnit('nope')).to.equal(false);
  });

  it('toSVG() is a standalone SVG document of the whole tree, names as text', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} depth="9" style="width:800px;height:700px"></oob-hierarchy>`);
    const source = await el.toSVG();
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).to.match(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
    expect(root.querySelectorAll('g[data-id]')).to.have.length(4);
    expect(root.querySelectorAll('.focus-ring, [class]')).to.have.length(0);
    expect(root.querySelector('g[data-id="c"] text')?.textContent).to.contain('<img src=x onerror=alert(1)> & Co');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('title')?.textContent).to.match(/^Order of battle as of/);
    // Styles are inlined, so the file keeps its colours outside the page.
    expect(root.querySelector('g[data-id="a"] path')?.getAttribute('style')).to.match(/fill: ?rgb\(128, 224, 255\)/);
    // The temporary export drawing is gone.
    expect($$(el, 'svg.export')).to.have.length(0);
    expect($$(el, 'svg.chart')).to.have.length(1);
  });

  it('toPNG() renders a PNG image', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:400px"></oob-hierarchy>`);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('toPNG({ scale }) sizes the image by scale (default 2)', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:400px"></oob-hierarchy>`);
    const width = Number(/width="([\d.]+)"/.exec(await el.toSVG())?.[1]);
    const twice = await createImageBitmap(await el.toPNG());
    const once = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect(once.width).to.equal(Math.round(width));
    expect(twice.width).to.equal(Math.round(width * 2));
  });

  it('the chart <svg> is part "chart" inside part "base"', async () => {
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:400px"></oob-hierarchy>`);
    expect($(el, '[part~="base"] svg[part~="chart"]')).to.exist;
  });

  it('a resize re-fits the tree', async function () {
    // ResizeObserver reports at the next frame, which a page in a background tab never draws.
    if (document.visibilityState === 'hidden') this.skip();
    const el = await mount(html`<oob-hierarchy .data=${data} style="width:800px;height:400px"></oob-hierarchy>`);
    const before = transformOf(el);
    el.style.width = '400px';
    // The observer reports at the next rendering step, however long that takes on a busy machine.
    for (let i = 0; i < 200 && transformOf(el).x === before.x; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await aTimeout(0);
    }
    await settle(el);
    const after = transformOf(el);
    expect(after.x).to.be.lessThan(before.x);
    expect(after).not.to.deep.equal(before);
  });

  describe('a date change', () => {
    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('animates nodes to their new place', async () => {
      // Drive the animation frames by hand, so the test does not depend on the page being drawn.
      const frames: FrameRequestCallback[] = [];
      const original = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => frames.push(cb);
      const flush = (time: number) => frames.splice(0).forEach((cb) => cb(time));
      const moving = mini([
        { id: 'a' },
        { id: 'b', parent: 'a' },
        { id: 'c', parent: 'a', changes: [{ date: '1946', type: 'reassigned', to: { parent: 'b' } }] },
      ]);
      const el = await mount(
        html`<oob-hierarchy .data=${moving} date="1945" depth="9" layout="tidy" style="width:800px;height:700px"></oob-hierarchy>`,
      );
      try {
        const start = position(el, 'c');
        el.date = '1947';
        await el.updateComplete;
        expect(position(el, 'c'), 'before the first frame').to.deep.equal(start);
        flush(performance.now() + 225);
        await el.updateComplete;
        const middle = position(el, 'c');
        flush(performance.now() + 1000);
        await el.updateComplete;
        const end = position(el, 'c');
        expect(end).to.deep.equal([0, 268]);
        expect(middle[1]).to.be.greaterThan(start[1]);
        expect(middle[1]).to.be.lessThan(end[1]);
      } finally {
        window.requestAnimationFrame = original;
      }
    });

    it('jumps without animation under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const moving = mini([
        { id: 'a' },
        { id: 'b', parent: 'a' },
        { id: 'c', parent: 'a', changes: [{ date: '1946', type: 'reassigned', to: { parent: 'b' } }] },
      ]);
      const el = await mount(
        html`<oob-hierarchy .data=${moving} date="1945" depth="9" layout="tidy" style="width:800px;height:700px"></oob-hierarchy>`,
      );
      el.date = '1947';
      await el.updateComplete;
      expect(position(el, 'c')).to.deep.equal([0, 268]);
    });
  });

  describe('with thousands of units', () => {
    const big = generateOrderOfBattle({ units: 2000, seed: 7 });

    it('draws only the nodes in view, and an overview path when zoomed out over many', async () => {
      const el = await mount(html`<oob-hierarchy .data=${big} depth="9" layout="tidy" style="width:900px;height:500px"></oob-hierarchy>`);
      el.expandAll();
      await settle(el);
      el.fit();
      await settle(el);
      // Fitted to 2000 nodes: too many to draw one by one. Only the tab stop is a real treeitem.
      expect($(el, '.overview')).to.exist;
      expect($$(el, '.overview-frames, .overview-dots')).to.have.length.greaterThan(0);
      expect(nodeIds(el)).to.deep.equal(['u1']);
      // Zoomed in: the nodes in view are drawn, far fewer than all.
      for (let i = 0; i < 14; i += 1) ($(el, '.toolbar .zoom-in') as HTMLButtonElement).click();
      // Focusing a unit zooms to a readable scale around it: its neighbours are drawn, not the whole tree.
      await el.focusUnit('u2');
      await settle(el);
      const drawn = $$(el, '.node').length;
      expect($(el, '.overview')).to.equal(null);
      expect(drawn).to.be.greaterThan(1);
      expect(drawn).to.be.lessThan(300);
    });

    it('should pass accessibility tests when zoomed out to the overview', async () => {
      const el = await mount(html`<oob-hierarchy .data=${big} depth="9" style="width:900px;height:500px"></oob-hierarchy>`);
      await expect(el).to.be.accessible();
    });
  });
});
