/**
 * Compare mode's code (the diff, its marks, legend, change list and CSV), in one module that the
 * chart imports on demand (`load-compare-mode.ts`): a page that never sets `compare` never loads it.
 */
export { diffHierarchies } from '../../data/diff.js';
export { diffCsvRows } from '../../data/diff-describe.js';
export { changesOnly, oldLinkPath, oldParentLinks, unionUnits } from '../../layout/hierarchy/compare.js';
export { toCSV } from '../../layout/strength/csv.js';
export { changeLines, compareLabelWords, legendHeight, renderChangeList, renderLegend, renderMarks } from './render-compare.js';
