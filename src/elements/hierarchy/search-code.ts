/**
 * The find-a-unit search as the chart loads it on demand (`on-demand-code.ts`): the pure search of
 * `layout/hierarchy/search.ts`, imported through the element like the chart's other on-demand parts.
 */
// First, as in every entry point: see compare-mode.ts.
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see on-demand-code.ts).
import './oob-hierarchy.js';

export { searchIndex, searchUnits } from '../../layout/hierarchy/search.js';
