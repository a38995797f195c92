/**
 * oob-charts: element classes (not registered: import `oob-charts/all` or
 * `oob-charts/elements/<name>` for that), events, and the data API.
 */
// The data API of oob-charts/data, except the built-in dataset itself: the elements load it on
// demand (its own chunk; a second file beside the script-tag bundle), so pages with their own data
// never download it. Import it from 'oob-charts/data'.
export * from './data/api.js';
export { loadBuiltInDataset } from './elements/shared/resolve-dataset.js';
export * from './events/index.js';
export { OobElement } from './elements/shared/oob-element.js';
export { OobDataElement } from './elements/shared/oob-data-element.js';
export { THEME_TOKENS } from './elements/shared/tokens.js';
export type { ThemeToken } from './elements/shared/tokens.js';
export { BUILTIN_STRINGS } from './elements/shared/builtin-strings.js';
export { loadBuiltInStrings } from './elements/shared/strings.js';
export { oobDatasetContext } from './elements/shared/dataset-context.js';
export type { OobDatasetContextValue } from './elements/shared/dataset-context.js';
export { OobHierarchy } from './elements/hierarchy/oob-hierarchy.js';
export { OobStrengthChart } from './elements/strength-chart/oob-strength-chart.js';
export { OobRankTable } from './elements/rank-table/oob-rank-table.js';
export { OobDataset } from './elements/dataset/oob-dataset.js';
export { OobTimeline } from './elements/timeline/oob-timeline.js';
