/**
 * The elements' image export: the standalone SVG copy of a drawing (export-tree.ts) and its PNG
 * (export-png.ts). Code a first paint never runs, so the elements load it on demand (`exportImageCode`,
 * the first `toSVG()` or `toPNG()`): its own chunk for bundlers, a file beside the script-tag bundle.
 */
// No policy check first (see hierarchy/compare-mode.ts): this chunk has no Lit, and a chunk that ran
// the check without Lit would split it from Lit's, which esbuild then loads after Lit.
export { exportTree, standaloneSVG } from './export-tree.js';
export { svgToPNG } from './export-png.js';
