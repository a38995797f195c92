/**
 * oob-charts/all: registers every element and re-exports the whole API. This is also the entry of
 * the self-contained `dist/oob-charts.bundle.js`.
 */
// First: it must listen before Lit loads (see the module).
import './elements/shared/policy-check.js';
import './elements/hierarchy/define.js';
import './elements/strength-chart/define.js';
import './elements/rank-table/define.js';
import './elements/dataset/define.js';
import './elements/timeline/define.js';

export * from './index.js';
