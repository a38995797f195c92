/**
 * The drawing's parts that a first paint of a tree that fits its box does not draw: the tooltip of a
 * hovered or focused unit, the overview inset (minimap) of a tree beyond the box, and the zoomed-out
 * drawing of big trees, with their styles; and the PNG export's rasteriser. One module that the chart
 * imports on demand (`on-demand-code.ts`), loaded when the first of them is needed; one chunk rather
 * than one each, as they share most of what they import.
 */
// First, as in every entry point: see compare-mode.ts.
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see on-demand-code.ts).
import './oob-hierarchy.js';
import { supportsAdoptingStyleSheets } from 'lit';
import { extrasStyles } from './extras-styles.js';

export { renderTooltip, tooltipPlace } from './render-tooltip.js';
export { renderMinimap } from './render-minimap.js';
export { overviewLinks, renderOverview } from './render-overview.js';
export { svgToPNG } from '../shared/export-png.js';

/** Adds the extras' styles to a chart's shadow root, after its own (which Lit adopted when it was created). */
export function styleExtras(root: ShadowRoot): void {
  const sheet = extrasStyles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Where shadow roots cannot adopt sheets, Lit writes <style> elements first in the root; so does this
  // one, before the marker after which Lit renders (which would remove anything between it and the end).
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = extrasStyles.cssText;
  root.prepend(style);
}
