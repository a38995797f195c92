/**
 * The drawing's parts that a first paint of a tree that fits its box does not draw: the tooltip of a
 * hovered or focused unit, the overview inset (minimap) of a tree beyond the box, and the zoomed-out
 * drawing of big trees; and the PNG export's rasteriser. One module that the chart imports on demand (`on-demand-code.ts`), loaded
 * when the first of them is needed; one chunk rather than one each, as they share most of what they import.
 */
// First, as in every entry point: see compare-mode.ts.
import '../shared/policy-check.js';

export { renderTooltip, tooltipPlace } from './render-tooltip.js';
export { renderMinimap } from './render-minimap.js';
export { overviewLinks, renderOverview } from './render-overview.js';
export { svgToPNG } from '../shared/export-png.js';
