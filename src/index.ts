/**
 * oob-charts: element classes (not registered: import `oob-charts/all` or
 * `oob-charts/elements/<name>` for that), events, and the data API.
 */
// The data API of oob-charts/data, except the built-in dataset itself: the elements load it on
// demand (its own chunk; a second file beside the script-tag bundle), so pages with their own data
// never download it. Import it from 'oob-charts/data'. test/embedding/entries.test.ts keeps this
// list equal to oob-charts/data minus `iliNationalArmy`.
export * from './data/types.js';
// From the modules, not from data/index.js: importing that module would load the dataset too.
export { parseOrderOfBattle, MAX_ARRAY_ITEMS, MAX_DEPTH, MAX_JSON_LENGTH, MAX_PROBLEMS, MAX_STRING_LENGTH, MAX_UNITS, MAX_VALUES } from './data/parse.js';
export { parseDate, mustParseDate, toInstant } from './data/dates.js';
export { formatDate, formatInstant, precisionOf } from './data/format-date.js';
export type { DateLike, Precision } from './data/format-date.js';
export { buildDataset } from './data/build-dataset.js';
export { hierarchyAt, unitAt, latestInstant, earliestInstant, roleActiveAt } from './data/hierarchy-at.js';
export type { HierarchyAt, HierarchyNodeAt, HierarchyOptions, UnitAt, UnitStatus } from './data/hierarchy-at.js';
export { strengthSeries, strengthPoint, measuresOf } from './data/strength-series.js';
export type { StrengthFilter, StrengthPoint, ValueKind } from './data/strength-series.js';
export { rankTable } from './data/rank-table.js';
export type { RankGroupRows, RankHolder, RankRow, RankTable, RankTableOptions } from './data/rank-table.js';
export { unitPath, descendants, sourcesFor, citationLabel, localizedName } from './data/lookups.js';
export type { ResolvedCitation } from './data/lookups.js';
export { loadBuiltInDataset } from './elements/shared/resolve-dataset.js';
export * from './events/index.js';
export { OobElement } from './elements/shared/oob-element.js';
export { OobDataElement } from './elements/shared/oob-data-element.js';
export { THEME_TOKENS } from './elements/shared/tokens.js';
export type { ThemeToken } from './elements/shared/tokens.js';
export { BUILTIN_STRINGS } from './elements/shared/strings.js';
export { oobDatasetContext } from './elements/shared/dataset-context.js';
export type { OobDatasetContextValue } from './elements/shared/dataset-context.js';
export { OobHierarchy } from './elements/hierarchy/oob-hierarchy.js';
export { OobStrengthChart } from './elements/strength-chart/oob-strength-chart.js';
export { OobRankTable } from './elements/rank-table/oob-rank-table.js';
export { OobDataset } from './elements/dataset/oob-dataset.js';
export { OobTimeline } from './elements/timeline/oob-timeline.js';
