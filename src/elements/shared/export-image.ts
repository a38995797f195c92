/**
 * The elements' image export: the standalone SVG copy of a drawing (export-tree.ts) and its PNG
 * (export-png.ts). Code a first paint never runs, so the elements load it on demand (`exportImageCode`,
 * the first `toSVG()` or `toPNG()`): its own chunk for bundlers, a file beside the script-tag bundle.
 */
// First, as in every entry point: see hierarchy/compare-mode.ts.
import './policy-check.js';

export { exportTree, standaloneSVG } from './export-tree.js';
export { svgToPNG } from './export-png.js';
