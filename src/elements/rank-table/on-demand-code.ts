import { OnDemand } from '../shared/on-demand.js';

/**
 * The rank table's code that a first paint does not draw, each part loaded the first time it is
 * needed (its own chunk for bundlers, a file beside the script-tag bundle). Both modules use Lit,
 * start with the policy check and then import the element, for the reasons in hierarchy/on-demand-code.ts
 * (with esbuild, the table's page code in one file: 38.2 -> 36.8 KiB gzip up front).
 */

/** The comparison of rank systems, as `compare-mode.ts` exports it. */
export type CompareMode = typeof import('./compare-mode.js');
/** Compare mode: loaded when `systems` is first set. */
export const compareModeCode = new OnDemand<CompareMode>(() => import('./compare-mode.js'));

/** The SVG export (export-svg.ts, with the grid layout it draws), as it exports it. */
export type RankExport = typeof import('./export-svg.js');
/** The SVG export: loaded by the first `toSVG()` or `insigniaSVG()`. */
export const exportCode = new OnDemand<RankExport>(() => import('./export-svg.js'));
