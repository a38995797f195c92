import { OnDemand } from '../shared/on-demand.js';

/**
 * The chart's code that a first paint does not draw, each part loaded the first time it is needed
 * (its own chunk for bundlers, a file beside the script-tag bundle). Each module imported here that
 * uses Lit starts with the policy check, as every entry point does (see compare-mode.ts); one without
 * Lit (the search) must not, or the check and Lit end up in two files, which esbuild may load in the
 * wrong order (`npm run size` checks esbuild's split; Rollup keeps the order of an entry's imports).
 */

/** Compare mode's code, as `compare-mode.ts` exports it. */
export type CompareMode = typeof import('./compare-mode.js');
/** Compare mode: loaded when `compare` is first set (or inherited from a provider). */
export const compareModeCode = new OnDemand<CompareMode>(() => import('./compare-mode.js'));

/** The tooltip, the overview inset and the zoomed-out drawing (extras.ts): loaded when the first of them is drawn, or by `toPNG()`. */
export const extrasCode = new OnDemand(() => import('./extras.js'));

/** The SVG export (export-svg.ts): loaded by the first `toSVG()` or `toPNG()`. */
export const exportCode = new OnDemand(() => import('./export-svg.js'));

/** The find-a-unit search (a pure module, without Lit): loaded when the field gets focus, or by the first `search()`. */
export type SearchCode = typeof import('../../layout/hierarchy/search.js');
export const searchCode = new OnDemand<SearchCode>(() => import('../../layout/hierarchy/search.js'));
