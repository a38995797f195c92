import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { OobSelectDetail, OobToggleDetail } from '../../../src/events/index.js';
import { $, mini, mount, node, nodeIds, record, settle, text, transformOf } from './helpers.js';

const data = mini([
  { id: 'a', name: 'Alpha Army', echelon: 'army' },
  { id: 'b', parent: 'a', name: 'Bravo Regiment', arm: 'cavalry' },
  { id: 'b1', parent: 'b', name: 'Bravo One Battalion', echelon: 'battalion' },
  {
    id: 'c',
    parent: 'a',
    name: 'Charlie Regiment',
    changes: [{ date: '1947', type: 'defected', to: { parent: 'e' }, description: 'Went over.', citations: [{ source: 'src1' }] }],
  },
  { id: 'e', name: 'Echo Irregulars', side: 'south', echelon: 'unknown' },
]);

const centre = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const mountChart = (date = '1946') =>
  mount(html`<oob-hierarchy .data=${data} date=${date} depth="1" style="width:800px;height:450px"></oob-hierarchy>`);

describe('<oob-hierarchy> mouse and pointer', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a click on a node selects it and fires oob-select', async () => {
    const el = await mountChart();
    const events = record<OobSelectDetail>(el, 'oob-select');
    // Act
    await sendMouse({ type: 'click', position: centre($(node(el, 'b'), '.symbol') as Element) });
    await settle(el);
    // Assert
    expect(events.map((e) => [e.detail.kind, e.detail.id])).to.deep.equal([['unit', 'b']]);
    expect(node(el, 'b').getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot?.activeElement).to.equal(node(el, 'b'));
  });

  it('a click on the badge expands and collapses, showing the count of hidden children', async () => {
    const el = await mountChart();
    const events = record<OobToggleDetail>(el, 'oob-toggle');
    expect(text($(node(el, 'b'), '.badge'))).to.equal('+1');
    await sendMouse({ type: 'click', position: centre($(node(el, 'b'), '.badge') as Element) });
    await settle(el, 600);
    expect(nodeIds(el)).to.include('b1');
    expect(text($(node(el, 'b'), '.badge'))).to.equal('−');
    await sendMouse({ type: 'click', position: centre($(node(el, 'b'), '.badge') as Element) });
    await settle(el, 600);
    expect(nodeIds(el)).not.to.include('b1');
    expect(events.map((e) => e.detail)).to.deep.equal([
      { id: 'b', expanded: true },
      { id: 'b', expanded: false },
    ]);
  });

  it('hovering a changed node shows a tooltip with the change, its date and source', async () => {
    const el = await mountChart('1948');
    await sendMouse({ type: 'move', position: centre($(node(el, 'c'), '.symbol') as Element) });
    await settle(el);
    const tip = $(el, '[role="tooltip"]');
    expect(text(tip)).to.contain('Charlie Regiment');
    expect(text(tip)).to.contain('defected, 1947 · Went over. · [1]');
    await sendMouse({ type: 'move', position: [5, 440] });
    await settle(el);
    expect($(el, '[role="tooltip"]')).to.equal(null);
  });

  it('should pass accessibility tests with a tooltip open', async () => {
    const el = await mountChart('1948');
    await sendMouse({ type: 'move', position: centre($(node(el, 'c'), '.symbol') as Element) });
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('dragging the background pans', async () => {
    const el = await mountChart();
    const before = transformOf(el);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 40), Math.round(box.bottom - 40)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 140), Math.round(box.bottom - 90)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const after = transformOf(el);
    expect([Math.round(after.x - before.x), Math.round(after.y - before.y), after.k]).to.deep.equal([100, -50, before.k]);
  });

  it('the wheel zooms about the pointer', async () => {
    const el = await mountChart();
    const before = transformOf(el);
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -200, clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true }),
    );
    await settle(el);
    expect(transformOf(el).k).to.be.greaterThan(before.k);
  });

  it('a drag that starts and ends on a node pans without selecting it', async () => {
    const el = await mountChart();
    const events = record(el, 'oob-select', 'oob-toggle');
    const before = transformOf(el);
    const [x, y] = centre($(node(el, 'b'), '.symbol') as Element);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 30, y + 20] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const after = transformOf(el);
    expect([Math.round(after.x - before.x), Math.round(after.y - before.y)]).to.deep.equal([30, 20]);
    // The node followed the pointer, so the button came up over it: that is the end of a drag, not a click.
    expect(events).to.deep.equal([]);
    expect(node(el, 'b').getAttribute('aria-selected')).not.to.equal('true');
  });

  it('a double-click on the background zooms in about the pointer; with Shift it zooms out', async () => {
    const el = await mountChart();
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const [px, py] = [40, box.height - 30];
    const dblclick = (shiftKey: boolean) =>
      svg.dispatchEvent(
        new MouseEvent('dblclick', {
          clientX: box.left + px,
          clientY: box.top + py,
          shiftKey,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    const before = transformOf(el);
    const under = (t: { x: number; y: number; k: number }) => [Math.round((px - t.x) / t.k), Math.round((py - t.y) / t.k)];
    dblclick(false);
    // The zoom glides for 250 ms (in one step under prefers-reduced-motion).
    await settle(el, 450);
    const zoomed = transformOf(el);
    expect(zoomed.k).to.be.closeTo(before.k * 2, 1e-6);
    expect(under(zoomed)).to.deep.equal(under(before));
    dblclick(true);
    await settle(el, 450);
    expect(transformOf(el).k).to.be.closeTo(before.k, 1e-6);
  });

  it('two fingers pinch: spreading them to twice the distance doubles the scale', async () => {
    const el = await mountChart();
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const finger = (identifier: number, dx: number) => new Touch({ identifier, target: svg, clientX: cx + dx, clientY: cy });
    const send = (type: string, touches: Touch[]) =>
      svg.dispatchEvent(new TouchEvent(type, { touches, changedTouches: touches, bubbles: true, cancelable: true, composed: true }));
    const before = transformOf(el);
    send('touchstart', [finger(1, -40), finger(2, 40)]);
    const move = new TouchEvent('touchmove', {
      touches: [finger(1, -80), finger(2, 80)],
      changedTouches: [finger(1, -80), finger(2, 80)],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    svg.dispatchEvent(move);
    send('touchend', [finger(1, -80), finger(2, 80)]);
    await settle(el);
    const after = transformOf(el);
    expect(after.k).to.be.closeTo(before.k * 2, 1e-6);
    // The point between the fingers stayed between them, and the page did not scroll.
    const mid = (t: { x: number; y: number; k: number }) => [
      Math.round((box.width / 2 - t.x) / t.k),
      Math.round((box.height / 2 - t.y) / t.k),
    ];
    expect(mid(after)).to.deep.equal(mid(before));
    expect(move.defaultPrevented).to.equal(true);
  });

  it('at the largest scale a new wheel gesture is left to scroll the page', async () => {
    const el = await mountChart();
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const wheel = (deltaY: number) => {
      const event = new WheelEvent('wheel', { deltaY, clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true });
      svg.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(wheel(-5000)).to.equal(true);
    await settle(el, 200);
    expect(transformOf(el).k).to.equal(4);
    expect(wheel(-100)).to.equal(false);
    expect(wheel(100)).to.equal(true);
  });

  it('the toolbar zooms, fits, expands and collapses everything', async () => {
    const el = await mountChart();
    const click = async (selector: string) => {
      await sendMouse({ type: 'click', position: centre($(el, selector) as Element) });
      await settle(el);
    };
    await click('.toolbar .fit');
    const fitted = transformOf(el);
    await click('.toolbar .zoom-in');
    expect(transformOf(el).k).to.be.closeTo(fitted.k * 1.25, 1e-6);
    await click('.toolbar .zoom-out');
    await click('.toolbar .zoom-out');
    expect(transformOf(el).k).to.be.closeTo(fitted.k * 0.8, 1e-6);
    await click('.toolbar .fit');
    expect(transformOf(el)).to.deep.equal(fitted);
    await click('.toolbar .expand-all');
    expect(nodeIds(el).sort()).to.deep.equal(['a', 'b', 'b1', 'c', 'e']);
    await click('.toolbar .collapse-all');
    expect(nodeIds(el).sort()).to.deep.equal(['a', 'e']);
  });
});
