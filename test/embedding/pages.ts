/** Helpers for tests that load whole pages (markup in the HTML, then scripts) in iframes. */

const frames: HTMLIFrameElement[] = [];

/** The linked-views markup of the README and examples/plain-html, with the provider's attributes. */
export function linkedMarkup(providerAttributes: string): string {
  return `<oob-dataset ${providerAttributes}>
    <oob-timeline></oob-timeline>
    <oob-hierarchy></oob-hierarchy>
    <oob-strength-chart measure="personnel"></oob-strength-chart>
    <oob-rank-table category="officers"></oob-rank-table>
  </oob-dataset>`;
}

/**
 * Opens a page in an iframe whose `srcdoc` is `head` and `body` (srcdoc documents take the test
 * page's URL as their base, so `/src/...` modules and `/test/...` files load from the test server).
 * Resolves once the page fired `load` (its module scripts have run).
 */
export async function openPage(head: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  frames.push(frame);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** What a chart shows, read from its shadow root. */
export interface ChartState {
  tag: string;
  loading: boolean;
  error: boolean;
  /** It drew the built-in Ili National Army dataset. */
  builtIn: boolean;
  text: string;
}

const CHARTS = 'oob-timeline, oob-hierarchy, oob-strength-chart, oob-rank-table';

/** The state of every chart in the page, in document order. */
export function chartsState(frame: HTMLIFrameElement): ChartState[] {
  const doc = frame.contentDocument;
  if (!doc) return [];
  return [...doc.querySelectorAll(CHARTS)].map((el) => {
    const root = el.shadowRoot;
    const text = root?.textContent?.replace(/\s+/g, ' ') ?? '';
    return {
      tag: el.localName,
      loading: !root || root.childElementCount === 0 || root.querySelector('[part~="loading"]') !== null,
      error: root?.querySelector('[part~="error"]') != null,
      builtIn: /Ili\b|Ghulja|Kulja/.test(text),
      text,
    };
  });
}

/** Polls `test` every 25 ms until it returns something truthy (or fails after `timeout` ms). */
export async function until<T>(test: () => T | undefined | false, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out: ${test.toString().slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Lets the page's elements finish their pending updates (a few frames). */
export async function settle(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow;
  for (let i = 0; i < 3; i += 1) await new Promise((r) => (win ?? window).requestAnimationFrame(() => r(undefined)));
}
