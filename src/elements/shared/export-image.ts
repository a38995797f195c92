/**
 * The elements' image export: the standalone SVG copy of a drawing (export-tree.ts) and its PNG
 * (export-png.ts), two modules so that an element can load the PNG's code on demand (`toPNG` is async).
 */
export { exportTree, standaloneSVG } from './export-tree.js';
export { svgToPNG } from './export-png.js';
