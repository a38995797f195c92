import { ContextRoot } from '@lit/context';

/**
 * Charts already in a page's HTML upgrade in the order their elements are defined, so a chart
 * often sends its `context-request` before the enclosing `<oob-dataset>` is upgraded and listening
 * (the bundle defines the charts first; entries can be imported in any order). Nothing would answer
 * or repeat that request, and the chart would silently draw the built-in dataset. A `ContextRoot`
 * on the document keeps unanswered requests and replays them when a provider connects.
 *
 * One root per document, shared across copies of oob-charts on one page (the context key is a
 * global symbol, so copies interoperate); created by the first element constructed, so importing
 * a module has no side effect.
 */
const ATTACHED = Symbol.for('oob-charts.context-root');

/** Attaches the one `ContextRoot` of this document, if none is attached yet. */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const doc = document as Document & { [ATTACHED]?: ContextRoot };
  if (doc[ATTACHED]) return;
  const root = new ContextRoot();
  // `attach` is typed for elements but only adds listeners; on the document it also survives
  // `document.open()` replacing the root element, and sees every composed request of the page.
  root.attach(doc as unknown as HTMLElement);
  doc[ATTACHED] = root;
}

/**
 * Whether an `<oob-dataset>` encloses `element` but is not upgraded yet (its definition has not
 * loaded): the chart then waits for it instead of drawing the built-in dataset for a moment.
 * Walks out of shadow roots, as context requests do.
 */
export function awaitsProvider(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'oob-dataset') return !node.matches(':defined');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}
