/**
 * Strict Content-Security-Policy pages: the markup and a `<meta http-equiv="Content-Security-Policy">`
 * in the HTML, then the entry modules (all 'self'). Violations are counted by a 'self' script that
 * runs first (test/embedding/pages/csp-counter.js).
 */
import { expect } from '@open-wc/testing';
import { chartsState, openPage, removeFrames, settle, until } from './pages.js';

const DATA = '/test/embedding/pages/northmarch.json';
/** The policy the README documents for rendering and export. */
const DOCUMENTED =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html oob-charts";
/** The same without `blob:` images: export must not depend on them. */
const NO_BLOB = DOCUMENTED.replace(' blob:', '');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

function head(policy: string, ...entries: string[]): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">
    <script src="/test/embedding/pages/csp-counter.js"></script>
    <link rel="stylesheet" href="/test/embedding/pages/csp-page.css">
    ${entries.map((e) => `<script type="module" src="/src/elements/${e}/define.ts"></script>`).join('')}`;
}

const violations = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { __violations: Violation[] }).__violations;

async function drawn(frame: HTMLIFrameElement, count: number): Promise<void> {
  await until(() => {
    const s = chartsState(frame);
    return (s.length === count && s.every((c) => !c.loading && !c.error && !c.builtIn)) || undefined;
  });
  await settle(frame);
}

describe('strict CSP pages', () => {
  afterEach(removeFrames);

  it('<oob-timeline> and <oob-dataset>: the thumb sits at its date, with 0 violations', async () => {
    const frame = await openPage(
      head(DOCUMENTED, 'dataset', 'timeline'),
      `<oob-dataset src="${DATA}" date="1815-06-18"><oob-timeline></oob-timeline></oob-dataset>`,
    );
    await drawn(frame, 1);
    const timeline = frame.contentDocument?.querySelector('oob-timeline') as HTMLElement;
    const thumb = timeline.shadowRoot?.querySelector('[part~="thumb"]') as HTMLElement;
    const track = timeline.shadowRoot?.querySelector('[part~="track"]') as HTMLElement;
    // The last of two events: the thumb is far from the left edge where a blocked style leaves it.
    const offset = thumb.getBoundingClientRect().left - track.getBoundingClientRect().left;
    expect(offset).to.be.greaterThan(track.getBoundingClientRect().width / 2);
    expect(thumb.hasAttribute('style') && thumb.getAttribute('style')?.includes('left')).to.equal(true);
    expect(JSON.stringify(violations(frame))).to.equal('[]');
  });

  it("a page whose policy forbids Lit's Trusted Types policy still loads, and gets a console error and a message in each element that name the policy to allow", async () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    const frame = await openPage(
      `<meta http-equiv="Content-Security-Policy" content="${policy}">
      <script src="/test/embedding/pages/csp-counter.js"></script><script type="module" src="/src/all.ts"></script>`,
      '<oob-timeline></oob-timeline>',
    );
    const win = frame.contentWindow as Window & { __errors: string[] };
    const message = await until(() => win.__errors.find((e) => e.startsWith('oob-charts:')));
    expect(message).to.contain('"lit-html"');
    expect(message).to.contain('trusted-types lit-html oob-charts');
    // The bundle still loaded: the element is defined and says the same thing where the chart would be.
    expect(frame.contentWindow?.customElements.get('oob-timeline'), 'oob-timeline defined').to.not.equal(undefined);
    const shown = await until(
      () => frame.contentDocument?.querySelector('oob-timeline')?.shadowRoot?.querySelector('[part="error"]')?.textContent ?? undefined,
    );
    expect(shown).to.contain('trusted-types lit-html oob-charts');
  });

  for (const [name, policy] of [
    ['the documented policy', DOCUMENTED],
    ['a policy without blob: images', NO_BLOB],
  ] as const) {
    it(`toPNG() of the hierarchy and the strength chart works under ${name}, with no image or Trusted Types violation`, async () => {
      const frame = await openPage(
        head(policy, 'hierarchy', 'strength-chart'),
        `<oob-hierarchy src="${DATA}"></oob-hierarchy>
         <oob-strength-chart src="${DATA}" measure="personnel"></oob-strength-chart>`,
      );
      await drawn(frame, 2);
      const doc = frame.contentDocument as Document;
      for (const tag of ['oob-hierarchy', 'oob-strength-chart']) {
        const chart = doc.querySelector(tag) as HTMLElement & { toPNG(): Promise<Blob> };
        const blob = await chart.toPNG();
        expect(blob.type, tag).to.equal('image/png');
        // A PNG of a drawn chart, not of an empty (unstyled or unloaded) image.
        expect(blob.size, tag).to.be.greaterThan(2000);
      }
      const relevant = violations(frame).filter((v) => v.directive !== 'style-src-attr' && v.directive !== 'style-src');
      expect(relevant).to.deep.equal([]);
    });
  }
});
