/**
 * Compare mode's code (the diff, its marks, legend, change list and CSV), in one module that the
 * chart imports on demand (`on-demand-code.ts`): a page that never sets `compare` never loads it.
 */
// First, as in every entry point: this chunk shares Lit with the element, so a bundler moves Lit into a
// chunk they both import, and that chunk must run the policy check before Lit (see the module).
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see on-demand-code.ts).
import './oob-hierarchy.js';

export { diffHierarchies } from '../../data/diff.js';
export { diffCsvRows } from '../../data/diff-describe.js';
export { changesOnly, oldLinkPath, oldParentLinks, unionUnits } from '../../layout/hierarchy/compare.js';
export { toCSV } from '../../layout/strength/csv.js';
export { changeLines, compareLabelWords, legendHeight, renderChangeList, renderLegend, renderMarks } from './render-compare.js';
