import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/hierarchy/define.js';
import type { OobHierarchy } from '../../src/elements/hierarchy/oob-hierarchy.js';
import { deepChain } from '../support/adversarial-shapes.js';
import { scaled } from '../support/stress.js';

/** Errors that reach the page (a stack overflow in a render would land here, not in the test). */
function pageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)),
  };
}

describe('<oob-hierarchy> on a very deep chain (issue 12, item 2)', function () {
  this.timeout(180_000);
  const levels = scaled(5_000, 200_000);

  async function mountChain(): Promise<OobHierarchy> {
    const el = await fixture<OobHierarchy>(
      html`<oob-hierarchy .data=${deepChain(levels)} style="width: 800px; height: 500px"></oob-hierarchy>`,
    );
    await aTimeout(100);
    await el.updateComplete;
    return el;
  }

  // Before the hierarchy's walks were iterative, the default view overflowed the stack between 3,000
  // and 5,000 levels (the badge count of a collapsed node).
  it(`draws the top levels of a ${levels.toLocaleString('en')}-level chain without a page error`, async () => {
    const watch = pageErrors();
    try {
      const el = await mountChain();
      expect(el.shadowRoot?.querySelector('[role="alert"]'), 'no error panel').to.equal(null);
      expect(el.shadowRoot?.querySelectorAll('.node').length ?? 0).to.be.greaterThan(0);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  // The expanded view overflowed in the layout's once-recursive visible-forest build.
  it(`expands all ${levels.toLocaleString('en')} levels and focuses the deepest without a page error`, async () => {
    const watch = pageErrors();
    try {
      const start = performance.now();
      const el = await mountChain();
      const mounted = performance.now();
      el.expandAll();
      await aTimeout(100);
      await el.updateComplete;
      const expanded = performance.now();
      expect(el.shadowRoot?.querySelector('[role="alert"]'), 'no error panel').to.equal(null);
      expect(await el.focusUnit(`u${levels - 1}`), 'the deepest unit is in the expanded tree').to.equal(true);
      await el.updateComplete;
      const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
      console.log(
        `${levels} levels: drawn in ${ms(start, mounted)}, expanded in ${ms(mounted, expanded)}, deepest focused in ${ms(expanded, performance.now())}`,
      );
      expect(el.shadowRoot?.activeElement?.getAttribute('data-id')).to.equal(`u${levels - 1}`);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  // Exported at a size an export can have: at 200,000 levels the SVG alone would be about a gigabyte.
  it('exports every level of an expanded 3,000-level chain', async () => {
    const watch = pageErrors();
    try {
      const el = await fixture<OobHierarchy>(
        html`<oob-hierarchy .data=${deepChain(3_000)} style="width: 800px; height: 500px"></oob-hierarchy>`,
      );
      el.expandAll();
      await aTimeout(100);
      await el.updateComplete;
      const exported = await el.toSVG();
      expect(exported).to.contain('>Unit 2999<');
      expect(exported.match(/role="treeitem"/g)?.length).to.equal(3_000);
      expect(exported, 'no Lit markers in the file').not.to.contain('<!--');
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
