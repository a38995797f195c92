/**
 * The rank table's comparison of rank systems (`systems="a b"`: a column per system, a row per NATO
 * code), in one module that the table imports on demand: a page that never sets `systems` never
 * loads it. Servers call `OobRankTable.loadCompareMode()` before rendering a comparison.
 */
// First, as in every entry point: see hierarchy/compare-mode.ts.
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see hierarchy/on-demand-code.ts).
import './oob-rank-table.js';

export { buildComparisonView } from '../../layout/rank-table/compare.js';
export { renderCompareColumns, renderCompareRows } from './render-compare.js';
