import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResizeController } from '../../../src/elements/shared/resize-controller.js';

class SizeProbe extends LitElement {
  renders = 0;
  readonly size = new ResizeController(this, undefined, { widthOnly: this.hasAttribute('width-only') });
  override render() {
    this.renders += 1;
    return html`<slot></slot>`;
  }
}
customElements.define('size-probe', SizeProbe);

/**
 * The observer reports at a rendering step, and the controller updates in a task after it: two frames
 * and a task, however long a frame takes on a busy machine (a fixed 40 ms wait was not always enough).
 */
const settle = async (el: SizeProbe) => {
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await aTimeout(0);
  await el.updateComplete;
};

describe('ResizeController', () => {
  it('re-renders when the width or the height changes', async () => {
    const el = await fixture<SizeProbe>(html`<size-probe style="display:block; width: 200px; height: 50px"></size-probe>`);
    await settle(el);
    expect([el.size.width, el.size.height]).to.deep.equal([200, 50]);
    const before = el.renders;
    el.style.height = '80px';
    await settle(el);
    expect(el.size.height).to.equal(80);
    expect(el.renders).to.equal(before + 1);
  });

  it('with { widthOnly: true } re-renders on a width change only', async () => {
    const el = await fixture<SizeProbe>(html`<size-probe width-only style="display:block; width: 200px; height: 50px"></size-probe>`);
    await settle(el);
    const before = el.renders;
    el.style.height = '80px';
    await settle(el);
    expect(el.renders).to.equal(before);
    el.style.width = '240px';
    await settle(el);
    expect(el.size.width).to.equal(240);
    expect(el.renders).to.equal(before + 1);
  });
});
