import { OnDemand } from '../shared/on-demand.js';

/**
 * The chart's code that a first paint does not draw, each part loaded the first time it is needed
 * (its own chunk for bundlers, a file beside the script-tag bundle). Each module imported here starts
 * with the policy check, as every entry point does (see compare-mode.ts), and then imports the element
 * module. That import is for the bundler: esbuild puts each set of modules that the page's code
 * shares with a different set of on-demand chunks in a file of its own (six files, compressed one by
 * one, cost 2.2 KiB gzip more than one file: 56.5 KiB up front instead of 54.4). Reaching the whole
 * element from every on-demand module, they all share one set of importers, so the page's code is one
 * file (`npm run size` measures it; Rollup, and so Vite, kept it in one file already).
 */

/** Compare mode's code, as `compare-mode.ts` exports it. */
export type CompareMode = typeof import('./compare-mode.js');
/** Compare mode: loaded when `compare` is first set (or inherited from a provider). */
export const compareModeCode = new OnDemand<CompareMode>(() => import('./compare-mode.js'));

/** The tooltip, the overview inset and the zoomed-out drawing (extras.ts): loaded when the first of them is drawn, or by `toPNG()`. */
export const extrasCode = new OnDemand(() => import('./extras.js'));

/** The SVG export (export-svg.ts): loaded by the first `toSVG()` or `toPNG()`. */
export const exportCode = new OnDemand(() => import('./export-svg.js'));

/** The find-a-unit search (search-code.ts): loaded when the field gets focus, or by the first `search()`. */
export type SearchCode = typeof import('./search-code.js');
export const searchCode = new OnDemand<SearchCode>(() => import('./search-code.js'));
